"""The one place watch rules meet analyses other modules provide (issue 9 parts 1-3).

``proxies(engine, actor_id, in_country)`` asks ``foothold.analyze.proxies.proxies_of``;
``channel_column()`` finds the events' ``channel`` column. When this
installation lacks them, a rule that uses them raises RuleCapabilityError
(E250) naming the rule and the field; every other rule works.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from ..errors import RuleCapabilityError
from ..store import schema as t


def _missing(rule, field: str, what: str) -> RuleCapabilityError:
    return RuleCapabilityError(f"rule '{rule.name}': field '{field}' needs {what}, which this installation "
                               "does not have", path=rule.path,
                               fix="Upgrade foothold, or remove the field from the rule.")


def has_proxies() -> bool:
    try:
        import foothold.analyze.proxies  # noqa: F401
    except ImportError:
        return False
    return True


def channel_column():
    """The events' channel column, or None when the store has no channels (issue 9 part 1)."""
    return t.events.c.get("channel")


def require(rule) -> None:
    """Raise E250 if ``rule`` needs an analysis that is missing."""
    needs = rule.needs()
    if "channels" in needs and channel_column() is None:
        raise _missing(rule, "when.channel", "event channels (foothold.analyze.channels)")
    if "proxies" in needs and not has_proxies():
        raise _missing(rule, "proxies_of", "the proxies analysis (foothold.analyze.proxies)")


def _ids(found) -> set[str]:
    """Actor ids from whatever ``proxies_of`` returns (ids, rows, mappings or objects with an id)."""
    ids = set()
    for item in found or ():
        if isinstance(item, str):
            ids.add(item)
        elif isinstance(item, dict):
            ids.add(item.get("actor_id") or item.get("id"))
        else:
            ids.add(getattr(item, "actor_id", None) or getattr(item, "id", None))
    ids.discard(None)
    return ids


def proxies(engine: Engine, actor_id: str, in_country: str | None = None) -> set[str]:
    """Ids of ``actor_id``'s proxies (optionally those in a country)."""
    from foothold.analyze.proxies import proxies_of
    return _ids(proxies_of(engine, actor_id, in_country=in_country))
