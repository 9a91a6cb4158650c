"""Warships docking at a port make a port call: a visit (PLOVER CONSULT), not a deployment (issue 8, evtype2).

A force arriving somewhere deploys (`agents.troops_arriving`: "troops arrived in X", PLOVER MOBILIZE); ships
docking at another's port are received there, as a delegation is ("two frigates docked at X for a three-day
visit"), and the visit stands."""

from __future__ import annotations

DOCKING = frozenset({"dock", "berth", "moor"})


def port_call(verb) -> bool:
    """The arrival is told by a docking verb ("docked at", "berthed in")."""
    return verb.lemma_.lower() in DOCKING
