"""A name modifying a common noun after "X-led" is not what X leads (issue 8, precision2): "Brazilian-led United
Nations peacekeepers", "the U.S.-led NATO mission": the peacekeepers or the mission are led, not the United Nations
or NATO. "the Saudi-led alliance" and "X, the Saudi-led coalition" still make the state lead the named body.
"""

from __future__ import annotations


def name_modifies_noun(reader, ref) -> bool:
    """The name's last token is a compound on a common noun right after it ("United Nations peacekeepers")."""
    last = reader.doc[ref.end - 1]
    if ref.end >= reader.hi:
        return False
    nxt = reader.doc[ref.end]
    return last.dep_ == "compound" and last.head.i >= ref.end and nxt.pos_ == "NOUN" and reader.idx.ref(nxt.i) is None
