"""'The army's spokesman, Colonel X' (issue 8, relrecall3): a definite "the army's" / "the military's" before a title
stands for the one armed force the document names ("the Malian Armed Forces (FAMa)", "the Nigerian Army"), whose
title the holder then holds (a spokesman or commander leads it, as "Kremlin spokesman X" leads the Kremlin). A
document naming no such force, or two, gives none: the title is left to the other readings."""

from __future__ import annotations

import re

from .index import Ref
from .lexicon import POSSESSIVE

FORCE_ANAPHORS = {"army", "military"}
FORCE_NAME = re.compile(r"\b(army|armed forces|military|defen[cs]e forces?)\b", re.IGNORECASE)


def named_force(reader) -> Ref | None:
    """The one organisation of the document whose name or a surface form names an armed force."""
    forces = {a.id for a in reader.ctx.actors if a.type == "organization"
              and any(FORCE_NAME.search(m.text) for m in a.mentions)}
    if len(forces) != 1:
        return None
    actor = forces.pop()
    return Ref(actor, "organization", -1, -1)


def the_force_before(reader, t, j: int, i: int):
    """A title modifier step: "the army's <title>" → the title's premodifier is the document's one named force."""
    if reader.w(j) not in POSSESSIVE or reader.w(j - 1) not in FORCE_ANAPHORS or reader.w(j - 2) != "the" \
            or reader.idx.ref(j - 1) or t.premodifier is not None or t.country is not None:
        return None
    force = named_force(reader)
    if force is None:
        return None
    t.premodifier = Ref(force.actor, "organization", j - 1, j)
    return j - 3, False
