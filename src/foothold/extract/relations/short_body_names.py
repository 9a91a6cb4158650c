"""A body named short in a title's of-phrase (issue 8, relties11): "said Under Secretary of the Treasury for Terrorism
and Financial Intelligence X" after "the U.S. Department of the Treasury", "Under Secretary of the Treasury X said":
"the Treasury" is the organisation named before whose name closes with that word, as "the Organization" stood for
the body last named with that head word (relties10, `title_phrases.recent_named`). Read for a capitalised proper
noun right after "the" that closes the of-phrase (or runs into the holder's name), only when an organisation of two
or more words ending in it was named in the 400 tokens before; the tuning golds and the makers (news-dev 23) tie
the under secretary to the department. A state's style is no body's short name: "the President of the Republic, X"
serves the state, not a "Presidency of the Republic" named before (`STATE_STYLES`). Read by
`title_phrases.parse_object`."""

from __future__ import annotations

STATE_STYLES = {"republic", "kingdom", "state", "states", "federation", "union", "emirate", "emirates", "sultanate",
                "principality", "commonwealth", "confederation", "nation", "country", "government"}


def short_named_body(reader, i: int, j: int):
    """The organisation "the <Word>" at tokens i, j stands for, else None."""
    tok = reader.doc[j]
    if j != i + 1 or reader.w(i) != "the" or tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha \
            or tok.lower_ in STATE_STYLES:
        return None
    after = reader.idx.ref_starting(j + 1)
    if not (reader.np_ends_at(j + 1) or (after is not None and after.type == "person")):
        return None
    return reader.recent_named(tok.lower_, i)


STYLE_HEADS = {"republic", "kingdom", "sultanate", "emirate", "principality", "confederation", "federation"}


def short_named_state(reader, i: int, j: int):
    """(country, end) for "the <Style>" at tokens i, j ("the Minister of Energy of the Islamic Republic, X") when the
    text names exactly one country in the full style "<Style> of X" and the NER left the short style untagged, else
    None. `actors/bare_styles.py` reads a style the NER took as a name; this one stands in a title's of-phrase."""
    if reader.w(i) != "the" or j != i + 1:
        return None
    k = j
    while k < min(reader.hi, j + 4) and reader.doc[k].is_title and reader.doc[k].is_alpha \
            and reader.idx.ref(k) is None and reader.w(k) not in STYLE_HEADS:
        k += 1
    if k == j or k >= reader.hi or reader.w(k) not in STYLE_HEADS or not reader.doc[k].is_title \
            or reader.idx.ref(k) is not None or reader.w(k + 1) in ("of", "'s", "’s"):
        return None                # a bare "the Republic" is the issuer's own in a state's statement, left
    style = " ".join(reader.w(x) for x in range(j, k + 1)) + " of "
    found = set()
    for a in reader.ctx.actors:
        if a.type == "country" and any(f.lower().removeprefix("the ").startswith(style) for f in a.surface_forms()):
            found.add(a.id)
    if len(found) != 1:
        return None
    from .index import Ref
    return Ref(found.pop(), "country", j, k + 1), k + 1
