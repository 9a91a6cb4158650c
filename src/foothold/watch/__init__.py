"""Watch rules (issue 9 part 4): YAML patterns over events, evaluated on every ingest and on demand.

``rules`` (the language, validated), ``evaluate`` (matching, windows, alerts
stored once), ``manage`` (rules and alerts in the store), ``notify`` (the
webhook), ``adapters`` (channels and proxies from other analyses).
"""
