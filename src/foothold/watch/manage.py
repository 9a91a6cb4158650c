"""Rules in the store (``watch_rules``) and the alerts they raised, for the CLI and the workbench.

Rules are written as YAML files and added to the store they watch: every
ingest into that store evaluates them, from any folder or machine (a team on
PostgreSQL shares them), and the store keeps each rule's YAML so ``watch list``
shows exactly what is evaluated. Adding a rule whose name is stored replaces it.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import InputError, UnknownRecordError
from ..store import schema as t
from .rules import Rule


def add_rules(engine: Engine, rules: list[Rule]) -> list[tuple[str, str]]:
    """Store rules; returns (name, "added" | "replaced" | "unchanged") for each."""
    out = []
    now = datetime.now(timezone.utc)
    w = t.watch_rules
    with engine.begin() as conn:
        for rule in rules:
            old = conn.execute(select(w.c.source).where(w.c.name == rule.name)).scalar()
            if old is None:
                conn.execute(insert(w).values(name=rule.name, source=rule.source_yaml, path=rule.path, added_at=now))
                out.append((rule.name, "added"))
            elif old != rule.source_yaml:
                conn.execute(update(w).where(w.c.name == rule.name)
                             .values(source=rule.source_yaml, path=rule.path, added_at=now))
                out.append((rule.name, "replaced"))
            else:
                out.append((rule.name, "unchanged"))
    return out


def remove_rule(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        if not conn.execute(delete(t.watch_rules).where(t.watch_rules.c.name == name)).rowcount:
            raise UnknownRecordError(f"no watch rule named '{name}'", fix="List rules with `foothold watch list`.")


def has_rules(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(t.watch_rules)).scalar())


def list_rules(conn: Connection) -> list[dict]:
    from .rules import parse_rules
    a = t.alerts
    fired = dict(conn.execute(select(a.c.rule, func.count()).group_by(a.c.rule)).all())
    last = dict(conn.execute(select(a.c.rule, func.max(a.c.fired_at)).group_by(a.c.rule)).all())
    out = []
    for r in conn.execute(select(t.watch_rules).order_by(t.watch_rules.c.name)):
        rule = parse_rules(r.source, r.path)[0]
        out.append({**rule.to_dict(), "needs": sorted(rule.needs()), "added_at": r.added_at,
                    "alerts": fired.get(r.name, 0), "last_alert": last.get(r.name), "yaml": r.source})
    return out


def list_alerts(conn: Connection, *, rule: str | None = None, since: str | None = None,
                limit: int | None = None, alert_id: str | None = None) -> list[dict]:
    """Alerts, newest first, each with its events and their evidence."""
    a = t.alerts
    q = select(a).order_by(a.c.fired_at.desc(), a.c.window_end.desc().nulls_last(), a.c.id)
    if rule:
        q = q.where(a.c.rule == rule)
    if since:
        from ..store.views import date_range
        first = date_range(since)
        if first is None:
            raise InputError(f"--since '{since}' is not an ISO date", fix="Use 2020, 2020-07 or 2020-07-14.")
        q = q.where(a.c.fired_at >= datetime.fromisoformat(first[0]).replace(tzinfo=timezone.utc))
    if alert_id:
        # ids are lower-case hex: the same prefix match on every backend (PostgreSQL's LIKE is case-sensitive)
        q = q.where(a.c.id.startswith(alert_id.strip().lower(), autoescape=True))
    if limit:
        q = q.limit(limit)
    rows = [dict(r._mapping) for r in conn.execute(q)]
    if alert_id and not rows:
        raise UnknownRecordError(f"no alert '{alert_id}'", fix="List alerts with `foothold watch alerts`.")
    ae = t.alert_events
    docs = dict(conn.execute(select(t.documents.c.id, t.documents.c.name)).all())
    for row in rows:
        row["events"] = [dict(e._mapping) | {"document": docs.get(e.document_id)}
                         for e in conn.execute(select(ae).where(ae.c.alert_id == row["id"])
                                               .order_by(ae.c.date.nulls_first(), ae.c.event_id))]
    return rows
