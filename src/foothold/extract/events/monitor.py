"""Monitor reports (issue 8): incident summaries by a monitoring mission, a rights group or a conflict-data project.

Such reports tell many short incidents, often with no named doer, in the passive, one sentence after another. Small
mechanisms, each a function here, called from the extractor:

- ``place_parties_only``: a town or a square is where an act happens, never who acts or is acted on ("residents
  of X protested", "marched to X Square"): an event whose only parties are places (after capitals have become
  their states) names no one and is dropped (counted as ``place_only_parties``). PLOVER's actor and recipient are
  entities; the gold conventions code capitals as their state and every other place as the location.
- ``told_attack_of_toll``: "X attacked a base in Y. Four soldiers were killed and seven wounded.": a casualty
  clause in the passive with no doer and no date of its own, after an attack told in the same paragraph, is that
  attack's toll, not another act (counted as ``toll_of_told_attack``; its parties join the attack). The gold
  conventions code one event per paragraph for one happening; PLOVER codes the attack, its victims its target.
- ``report_state``: "Mali: killings in the centre" -- a report whose title names one state is about that state, so
  an unnamed state body ("the army sent reinforcements", "a military helicopter fired", "the military's spokesman
  denied") acts for it when the sentences around name no state or place at all (``arguments.story_state``'s
  ``otherwise``; the gold conventions code lower-case state bodies as their country).
- ``doerless_passive``: "the government denied that civilians had been killed": a deed with no doer in what a
  denial disputes is the denial's topic, not a happening the report tells (the extractor's deny suppression).
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import Event
from .arguments import is_passive
from .keep import CASUALTY_VERBS

PLACE_TYPES = frozenset({"place"})


def place_parties_only(events: list[Event], actor_type: dict[str, str], skipped: Counter) -> list[Event]:
    """The events that name a party other than a place; each one dropped is counted."""
    kept = []
    for ev in events:
        parties = [*ev.source, *ev.target]
        if parties and all(actor_type.get(a) in PLACE_TYPES for a in parties):
            ev.location = ev.location or parties[0]
            skipped["place_only_parties"] += 1
            continue
        kept.append(ev)
    return kept


def told_attack_of_toll(tok, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> Event | None:
    """The attack told earlier in the paragraph whose toll the candidate ``ev`` (trigger ``tok``) tells, or None."""
    if ev.type != "ASSAULT" or ev.source or info["kind"] != "verb" or info["explicit"]:
        return None
    if tok.lemma_.lower() not in CASUALTY_VERBS or not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    # the attack is told as an act ("attacked", "struck"); "shocked by the attacks on X. Today, two were killed":
    # an attack named only in a reaction leaves the toll sentence as the one telling of the happening
    if not events or meta[-1]["para"] != info["para"] or meta[-1]["kind"] not in ("verb", "light") \
            or events[-1].type != "ASSAULT":
        return None
    return events[-1]


def report_state(index) -> str | None:
    """The one state a document's title names ("Mali: ...", "Malian army ..."), among the states its text names."""
    cached = getattr(index, "_report_state", False)
    if cached is not False:
        return cached
    title = index.ctx.document.title or ""
    states = {a.id for a in index.ctx.actors if a.type == "country"
              and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title) for form in a.surface_forms())}
    index._report_state = states.pop() if len(states) == 1 else None
    return index._report_state


def doerless_passive(clause) -> bool:
    """A passive clause naming no doer ("that civilians had been deliberately killed")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) \
        and not any(c.dep_ == "agent" for c in clause.children)
