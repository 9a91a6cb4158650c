"""Two holders of one title joined by "and" serve two states (issue 8, reltitle3): "Foreign Minister A and Foreign
Minister B signed the memorandum" — a state has one foreign minister, so B is not carried into A's state as "Iraqi
President A and Prime Minister B" carries B into Iraq (`TitleRelations.country_scope`)."""

from __future__ import annotations


def same_title_paired(reader, t) -> bool:
    """The title just before "and" is the same title as ``t`` (deputies and vice-holders aside: "the Prime Minister
    and Deputy Prime Minister" may be one state's)."""
    recent = reader.recent_heads.get(t.words)
    return bool(recent and recent[0] == reader.n and recent[2:] and reader.last_scope is not None
                and recent[1] is reader.last_scope[1])
