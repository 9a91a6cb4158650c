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
