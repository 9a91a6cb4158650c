"""A bare regional head in a story set in one region leads that region (issue 8, reltitle10): "Briefing: ethnic
violence in Manipur ... Governor X authorised ...", "Chief Minister Y rejected the demand" — X and Y lead Manipur, as
"Marib's governor, X" leads Marib (monitor.py) and "regional Governor X" the region its sentence names
(`title_relations.named_region`).

The region is the one place the document's title names (its credit aside) that is no city in the gazetteer
(`city_spellings.city_options`: a city's governor may be its province's or its state's, "Lagos") and no state. Read
for a regional head's title (roles.yaml `regional_heads`: governor, chief minister) that names no body, place or state
of its own, is held now (no former or incoming holder), when its sentence names no other place before the title
(what follows may be where the holder acted: "Governor X sent police to Y") and the text names no other place of the
title's kind — a region — in the title."""

from __future__ import annotations

import re

from .city_spellings import city_options
from .index import Ref, without_credit
from ...resolve.names import normalise_name


def story_region(reader, t, holder) -> Ref | None:
    """The region the document's title sets the story in, for a bare regional head's title, else None."""
    if t.words not in reader.lex.regional_heads or t.obj is not None or t.premodifier is not None \
            or t.country is not None or holder is None or not reader.sitting(t):
        return None
    region = title_region(reader.idx)
    if region is None:
        return None
    for j in range(reader.lo, t.start):
        r = reader.idx.ref(j)
        if r is not None and r.type == "place" and r.actor != region:
            return None                       # "In Kano, Governor X ...": another place's head
    return Ref(region, "place", t.title_start, t.title_end)


def title_region(idx) -> str | None:
    """The one place actor the document's title names that is no gazetteer city and no state, else None."""
    cached = getattr(idx, "_title_region", False)
    if cached is not False:
        return cached
    title = without_credit(idx.ctx.document.title or "")
    found = set()
    for actor in idx.ctx.actors:
        if actor.type != "place":
            continue
        forms = [f for f in actor.surface_forms() if len(f) > 2]
        if not any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", title) for f in forms):
            continue
        if any(city_options(normalise_name(f)) for f in forms):
            continue                          # a city ("Protests in Lagos"): its governor may be another's
        found.add(actor.id)
    region = found.pop() if len(found) == 1 else None
    idx._title_region = region
    return region
