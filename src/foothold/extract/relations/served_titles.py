"""A title held under another's written with the other's holder ("Farhad X, foreign affairs adviser to Prime Minister
Y, said ...", "an aide to President Y"; issue 8, reltitle7): the name after the inner title is that title's holder, not
the adviser's. The inner title is bound to the name (so "Prime Minister Y" finds its state as any bare title does),
and the outer one to the person it is apposed to, serving the state the inner holder was just placed in (an adviser
to a head serves the head's state). `title_phrases.parse_object` reads the inner title as the outer's nested one."""

from __future__ import annotations

from dataclasses import replace

from .index import Ref


def served_head(reader, title, holder: Ref | None) -> bool:
    """Bind ``title`` and its nested title when ``holder`` is written right after the nested title ("adviser to
    Prime Minister Y"): Y holds the nested title, the person apposed before the outer title holds the outer one, in
    the state Y was placed in. Returns whether it bound them."""
    if holder is None or not title.nested or title.obj is not None:
        return False
    inner = title.nested[-1]
    if inner.end != title.end or holder.start != title.end or reader.w(inner.start - 1) not in ("to", "of", "for") \
            and reader.w(inner.start - 2) not in ("to", "of", "for"):
        return False
    before = reader.last_scope
    reader.emit_title(inner, holder)                 # "Prime Minister Y": its own title
    scope = reader.last_scope
    served = scope[1] if scope is not before and scope is not None and scope[0] == holder.end \
        and scope[1].type == "country" else None
    anchor = reader.holder_before(title.start)       # "X, foreign affairs adviser to ...": X
    if anchor is not None and anchor.actor != holder.actor:
        reader.emit_title(replace(title, end=inner.start, nested=[], country=title.country or served), anchor)
    return True
