"""A bare title owned by a place that is no state (issue 8, spurious8): "Alberta Premier X", "Ontario Premier X",
"Bavaria's interior minister, X", "Abkhazia's foreign minister, X" — the title is held in that province's, region's
or breakaway territory's government, so the story's state (the dateline's, the document title's, the state acting
before ...) is no guess for it (`TitleRelations.dictionary_scope`, beside `owned_titles.owned_by_thing`). The owner
is a place actor before the title that stands for no state (`TokenIndex.state_of_place`: a capital or a city of a
named state does: "Moscow's foreign minister"), or a word in the title's modifiers, or right before them, that the
tagger reads as a place (GPE, LOC) and no actor covers. A state, a demonym or a capital scopes the title as before."""

from __future__ import annotations

from ..dictionary import load_lexicon

PLACE_ENTITIES = ("GPE", "LOC")
# words of a state's own government written before a title ("Government Minister X" is Bolivia's interior minister,
# "Federal Minister X", "State Minister X"): no place owns the title
STATE_WORDS = frozenset({"government", "state", "federal", "national", "union", "central", "cabinet"})


def owned_by_place(reader, t) -> bool:
    """The title's phrase names a place that is no state as its owner, else False."""
    p = t.premodifier
    if t.country is not None or t.obj is not None:
        return False
    if p is not None and p.type == "place" \
            and reader.idx.state_of_place(reader.doc[p.start:p.end].text) is None:
        return True
    first = title_word_start(reader, t)
    for j in range(max(reader.lo, t.start - 1), first):
        tok = reader.doc[j]
        if not (tok.pos_ == "PROPN" and tok.text[:1].isupper() and reader.idx.ref(j) is None
                and tok.lower_ not in reader.lex.rank_words):
            continue
        if tok.ent_type_ in PLACE_ENTITIES:
            return True                         # "Alberta Premier X": the tagger's place
        if j == t.start - 1 and not tok.ent_type_ and tok.dep_ == "compound" and not government_word(tok) \
                and tok.head.i >= first and tok.head.pos_ == "PROPN":   # its head the title or the holder's name
            return True                         # "Ontario Premier X": a name the title phrase left out
    return False


def government_word(tok) -> bool:
    """A state's own government word ("Government", "Federal") or an organisation's head word ("Council")."""
    return tok.lower_ in STATE_WORDS or tok.text in load_lexicon().head_words


def title_word_start(reader, t) -> int:
    """The first of the title's own words ("premier" in "Alberta Premier"), else the title's start."""
    n = len(t.words)
    return next((j for j in range(t.start, t.end) if tuple(reader.w(k) for k in range(j, j + n)) == t.words),
                t.title_start)
