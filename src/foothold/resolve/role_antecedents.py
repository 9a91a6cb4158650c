"""A bare title refers back (evargs8): "The President objected to X's practices and told President Xi that ...", in
a readout that named "President Biden" two paragraphs before. `within._attach_roles` gave "the President" to the
nearest person written with that title, before or after it -- here the one named later in its own sentence, the
other party of the call, who became the doer of his own telling. A definite title is anaphoric: the nearest such
person named before it; one named after it only when none is named before (a title opening the text)."""
from __future__ import annotations


def role_distance(role_start: int, mention_start: int) -> tuple[int, int]:
    """A sort key for the person a bare title at ``role_start`` stands for: mentions before it first, nearest first."""
    return (0, role_start - mention_start) if mention_start < role_start else (1, mention_start - role_start)
