"""A party named with a state's name after a stance (issue 8, actors21): "the opposition Democratic Moldova", "the
ruling Democratic Albania". After "the" and a stance adjective (lexicon.yaml `stance_adjectives`: opposition, ruling,
separatist ...), one or two capitalised words the NER left untagged, then a state or place it found, closing the
phrase, are one organisation's name: the state is part of the party's name, not mentioned on its own."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon

PLACE_LABELS = frozenset({"GPE", "LOC", "country", "place"})


def stance_led_parties(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """The entities with each such state replaced by the party's whole name (a word the NER tagged as a people's
    name that is no demonym, "the opposition Democratic" + "Moldova", goes into it)."""
    taken = {t.i for e in ents if not _loose_word(e, dictionary) for t in e}
    out: list[Span] = []
    for ent in ents:
        party = _party(doc, ent, taken, lexicon, dictionary)
        if party is not ent:
            out = [e for e in out if e.end <= party.start]
        out.append(party)
    return out


def _loose_word(ent: Span, dictionary: ActorDictionary) -> bool:
    """One word the NER tagged as a people's name that no dictionary knows as a demonym ("Democratic")."""
    return ent.label_ == "NORP" and len(ent) == 1 and not dictionary.is_demonym(ent.text)


def _party(doc: Doc, ent: Span, taken: set[int], lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    if ent.label_ not in PLACE_LABELS or len(ent) > 2 or "\n" in ent[-1].whitespace_:
        return ent
    if ent.end < len(doc) and (doc[ent.end].text[:1].isupper() or doc[ent.end].text in ("'s", "\u2019s", "-")):
        return ent
    i = ent.start
    while i > ent.start - 2 and i > 2 and (i - 1) not in taken and doc[i - 1].is_alpha \
            and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start and "\n" not in doc[i - 1].whitespace_ \
            and not lexicon.is_title_token(doc[i - 1]) and not dictionary.is_demonym(doc[i - 1].text):
        i -= 1
    if i == ent.start or i < 2 or doc[i - 1].text not in lexicon.stance_adjectives or doc[i - 2].lower_ != "the":
        return ent
    return Span(doc, i, ent.end, label="ORG")
