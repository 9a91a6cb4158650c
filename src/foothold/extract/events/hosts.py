"""Attacks on a base whose hosts the report names (irq21): "rockets were fired at Ain al-Asad" after "attacks on bases
hosting U.S. troops" hit the United States, the base's host, not only the state the base lies in.

A monitor report or wire says once whose troops the bases house ("bases hosting U.S. troops", "Erbil airport, where
U.S. troops are based") and then lists attacks on named bases with no named target. The gold conventions (the seed's
Basmaya attack, "bases hosting Coalition troops") code the hosted force as the target. Only one hosted state in the
document gives a target (two leave the attack as it is), and an attack by that state is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

TROOPS = r"(?:troops|forces|soldiers|personnel|service members)"
BASE_WORD = re.compile(r"\s+(?:air\s+)?(?:base|airbase|garrison)\b", re.I)


# where a hosting phrase can begin: each form's patterns are tried only there, not searched through the whole text
HOSTING_STARTS = re.compile(r"\b(?=hosting|housing|that host|which host|where)")


@lru_cache(maxsize=4096)
def hosting_patterns(form: str) -> list[re.Pattern]:
    """The shapes that say a state's troops are housed somewhere, for one surface form of the state."""
    name = re.escape(form)
    return [re.compile(rf"\b(?:hosting|housing|that host|which host)\s+(?:the\s+)?{name}(?:-led)?\s+{TROOPS}"),
            re.compile(rf"\bwhere\s+(?:the\s+)?{name}(?:-led)?\s+{TROOPS}\s+(?:are|were)\s+(?:based|stationed|deployed)")]


def hosted_state(ctx) -> str | None:
    """The one state or force ("Coalition troops") whose troops the text says the bases host, else None."""
    text = ctx.document.text
    starts = [m.start() for m in HOSTING_STARTS.finditer(text)]
    if not starts:
        return None
    hosted = {a.id for a in ctx.actors if a.type in ("country", "organization")
              for form in a.surface_forms() for pat in hosting_patterns(form)
              if any(pat.match(text, start) for start in starts)}
    return next(iter(hosted)) if len(hosted) == 1 else None


def base_places(ctx) -> set[str]:
    """Places some mention of which the text writes as a base ("Ain al-Asad air base", "al-Tanf garrison")."""
    text = ctx.document.text
    return {a.id for a in ctx.actors if a.type == "place"
            and any(BASE_WORD.match(text, m.end) for m in a.mentions)}


def hosts_as_targets(events, ctx) -> None:
    """Attacks on a base of the text add the hosted state to their targets (in place)."""
    host = hosted_state(ctx)
    if host is None:
        return
    bases = base_places(ctx)
    for ev in events:
        if ev.type != "ASSAULT" or host in ev.source or host in ev.target:
            continue
        if bases & (set(ev.target) | {ev.location}):
            ev.target.append(host)
