"""A state's forces hit by unnamed attackers, in a report about one state (issue 8, evrecall2; vocabulary in
data/armed_targets.yaml): "gunmen ambushed a patrol near the village of X" under the title "Kosovo police officer
killed in ...", "militants ambushed a supply convoy near the town of Y, killing 11 soldiers" under "Burkina Faso's
Damiba agrees to step down". With no perpetrator named the source stays empty (news-dev README) and the forces hit
are the state's the report is about: the one state its title names (`monitor.report_state`). Two states in the title
("India says 20 soldiers killed in border clash with China") or none bind no one."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set
from . import monitor

ARMED_TARGETS_PATH = Path(__file__).resolve().parents[2] / "data" / "armed_targets.yaml"


@lru_cache(maxsize=2)
def force_nouns(path: str | None = None) -> frozenset[str]:
    """data/armed_targets.yaml's force nouns, validated when loaded."""
    return read_word_set(path or ARMED_TARGETS_PATH, "force_nouns", "armed targets")


def forces_hit(verb) -> bool:
    """The attack's object (or what was fired "on") is a state's force ("a patrol", "11 soldiers"), told actively: a
    passive toll ("ten soldiers and 19 gang members were killed") counts the dead of clashes told before."""
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    hit += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for o in c.children
            if o.dep_ == "pobj"]
    return any(h.lemma_.lower() in force_nouns() or h.lower_ in force_nouns() for h in hit)


def forces_state(verb, index) -> str | None:
    """The report's one state when the attack hits a state's force, else None."""
    return monitor.report_state(index) if forces_hit(verb) else None
