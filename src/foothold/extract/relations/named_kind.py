"""A name followed by the common noun of its kind (issue 8, relties3): "Israel's Mossad intelligence agency",
"Lebanon's State Security agency". The name carries no body word of its own ("Mossad", "State Security"), so
part_of.body_named cannot tell a state's body from anything else the state's possessive opens ("Iran's Hezbollah
ally"); the lower-case nouns right after it say what it is. Only the state-body phrases of roles.yaml
`state_bodies` count, as the last of at most MAX_NOUNS common nouns."""

from __future__ import annotations

from .index import Ref

MAX_NOUNS = 3


def kind_after_name(sentence, r: Ref) -> bool:
    """The common nouns right after r end in a state body's noun ("... intelligence agency")."""
    words: list[str] = []
    j = r.end
    while j < sentence.hi and len(words) < MAX_NOUNS and sentence.doc[j].is_lower \
            and sentence.doc[j].pos_ in ("NOUN", "ADJ") and sentence.idx.ref(j) is None:
        words.append(sentence.w(j))
        j += 1
    if not words or sentence.doc[j - 1].pos_ != "NOUN":
        return False
    return any(tuple(words[k:]) in sentence.lex.state_bodies for k in range(len(words)))
