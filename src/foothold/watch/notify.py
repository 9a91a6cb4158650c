"""The optional webhook: each new alert POSTed as JSON (``--webhook URL`` or FOOTHOLD_WEBHOOK).

One POST per alert, body ``{"foothold": version, "alert": {...}}`` (the alert
with its events and evidence, as ``foothold watch alerts --format json``
shows them). The outcome is recorded on the alert (``alerts.delivered``); a
failure raises nothing here: it is returned as WebhookError (E260) lines.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import update
from sqlalchemy.engine import Engine

from ..errors import WebhookError
from ..settings import FETCH_TIMEOUT, number
from ..store import schema as t


def post_alerts(engine: Engine, url: str, alerts, names: dict[str, str] | None = None) -> list[WebhookError]:
    import urllib3
    from .. import __version__
    http = urllib3.PoolManager(timeout=urllib3.Timeout(total=number(FETCH_TIMEOUT)),
                               retries=urllib3.Retry(total=1, redirect=0, status=0))
    failures = []
    for alert in alerts:
        body = json.dumps({"foothold": __version__, "alert": alert.to_dict(names)}, default=str, ensure_ascii=False)
        try:
            response = http.request("POST", url, body=body.encode("utf-8"),
                                    headers={"Content-Type": "application/json",
                                             "User-Agent": f"foothold/{__version__}"})
            ok = 200 <= response.status < 300
            outcome = f"{response.status} {response.reason or ''}".strip()
        except (urllib3.exceptions.HTTPError, ValueError) as exc:
            ok, outcome = False, f"{exc.__class__.__name__}: {str(exc).split(': ')[-1]}"[:200]
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        alert.delivered = f"{'sent' if ok else 'failed'} {outcome} at {stamp}"
        with engine.begin() as conn:
            conn.execute(update(t.alerts).where(t.alerts.c.id == alert.id).values(delivered=alert.delivered))
        if not ok:
            failures.append(WebhookError(f"the webhook did not take alert {alert.id[:12]} ({outcome})", path=url,
                                         fix="Check the webhook URL and that its server is up; "
                                             "the alert is stored (`foothold watch alerts`)."))
    return failures
