"""A bare title refers back (evargs8): "The President objected to X's practices and told President Xi that ...", in
a readout that named "President Biden" two paragraphs before. `within._attach_roles` gave "the President" to the
nearest person written with that title, before or after it -- here the one named later in its own sentence, the
other party of the call, who became the doer of his own telling. A definite title is anaphoric: the nearest such
person named before it; one named after it only when none is named before (a title opening the text)."""
from __future__ import annotations


def role_distance(role_start: int, mention_start: int) -> tuple[int, int]:
    """A sort key for the person a bare title at ``role_start`` stands for: mentions before it first, nearest first."""
    return (0, role_start - mention_start) if mention_start < role_start else (1, mention_start - role_start)


# A word before a title that makes it another office: "Prime Minister X" is no "Minister", "Vice President Y" no
# "President" (evargs11: "the Minister has invited ..." went to the Prime Minister named before).
OTHER_RANK = frozenset({"prime", "vice", "deputy", "under", "assistant", "associate", "lieutenant", "sub"})


def title_names(title: str, text: str) -> bool:
    """``text`` (a person's mention) carries ``title`` as its own office: whole words, not a hyphen compound's half
    ("Vice-President"), not after a word making it another rank ("Prime Minister" for "Minister")."""
    start = text.find(title)
    while start >= 0:
        end = start + len(title)
        before = text[:start].rstrip()
        whole = (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] == " ")
        if whole and not (before and before.split()[-1].lower().rstrip(".") in OTHER_RANK):
            return True
        start = text.find(title, start + 1)
    return False


def nearest_holder(role_start: int, candidates) -> object | None:
    """The person a bare title at ``role_start`` stands for, from ``candidates``: (actor, start, form), the form as
    `extract.actors.complement_holders` reads it. One the text introduced before it as "the <title> [of X], NAME"
    ("definite") is the one "the <title>" repeats ("The President of the Republic, A, received the ambassador ...
    conveyed the greetings of President B ... which the President accepted": A); else the nearest before it whose
    office no possessor gave to another party ("Minister of Foreign Affairs A ... Israel's Minister of Foreign
    Affairs, B, ... the Minister has invited ...": A); else the nearest before it, else the nearest after
    (`role_distance`)."""
    before = [(role_start - s, form, a) for a, s, form in candidates if s < role_start]
    for wanted in (("definite",), ("definite", "plain")):
        pool = [(gap, a) for gap, form, a in before if form in wanted]
        if pool:
            return min(pool, key=lambda x: x[0])[1]
    best = min(candidates, key=lambda c: role_distance(role_start, c[1]), default=None)
    return best[0] if best is not None else None
