"""A meeting retold by "the two leaders" is the meeting told before (issue 8, spurious15).

"President Ruiz received Prime Minister Soto at the palace, and the two leaders held talks on trade." "The two
ministers met in Quito on Monday. The two ministers discussed the border." A meeting whose doers are given only as
"the two <nouns>" or "both <nouns>" (a plural noun counted back to parties already named), two of whose doers are
parties of a CONSULT told earlier in the paragraph at a time that may be the same (one date the other's coarser
telling, or none), is that meeting again: PLOVER CONSULT codes one
event per meeting, and the golds code one (owndocs7 06, owndocs43 08; owndocs25 11 codes "the two leaders held
talks" where the greeting before it made no CONSULT, and it stays). A second meeting told as such ("the two leaders
met again", "also", a date of its own) is left to `merge`'s other rules. ``retold_joint_meeting(f, ev, events,
meta, info)``, read in `merge.joined` (skip ``meeting_told_again``).
"""

from __future__ import annotations

from .arguments import subject_of

COUNT_WORDS = frozenset({"two", "both", "three"})
AGAIN_WORDS = frozenset({"again", "also", "further", "later", "separately"})


def _counted_plural(subject) -> bool:
    """ "the two leaders", "both sides", "the three ministers": a plural noun counted back to named parties."""
    if subject is None or subject.tag_ != "NNS":
        return False
    return any(c.lower_ in COUNT_WORDS and c.dep_ in ("nummod", "det", "predet", "quantmod") for c in subject.children)


def retold_joint_meeting(f, ev, events: list, meta: list[dict], info: dict):
    """The earlier CONSULT of the paragraph that the counted-plural meeting retells, or None."""
    if ev.type != "CONSULT" or len(ev.source) < 2 or f.kind == "speech":
        return None
    head = f.token
    subject = subject_of(head)
    if not _counted_plural(subject[0] if subject else None):
        return None
    if any(c.lower_ in AGAIN_WORDS for c in head.children if c.dep_ == "advmod"):
        return None
    for other, m in zip(reversed(events), reversed(meta)):
        if m["para"] != info["para"]:
            break
        if other.type == "CONSULT" and len(set(ev.source) & (set(other.source) | set(other.target))) >= 2 \
                and _same_time(other.date, ev.date):
            return other
    return None


def _same_time(a, b) -> bool:
    """Two dates that may be one day: equal, one missing, or one the other told to a coarser precision."""
    if a is None or b is None:
        return True
    return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)
