"""A body whose name holds a region between its own name and its head word (issue 8, actors24): "the Stimson Middle
East Institute", "the Hudson Asia Program Office", "the Bolton Horn of Africa Center". The dictionary tags the
region, and the NER reads the words before it as a body or a person of their own and the region with its head word
as another ("Stimson" + "Middle East Institute"). After "the", one or two capitalised words, a region (a place, no
country) and one to three capitalised words closed by an organisation's head word are one body; the region stays
mentioned only inside it. `place_led_bodies` joins the names a place opens; this one, those it does not."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon

REGION_LABELS = frozenset({"LOC", "place"})
LEAD_LABELS = frozenset({"", "ORG", "PERSON", "FAC", "organization", "person"})   # the body's own first words
MAX_LEAD, MAX_HEAD = 2, 3


def region_named_bodies(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """The entities with each body named "the <Name> <Region> <... Head>" joined whole."""
    extra: list[Span] = []
    for ent in ents:
        if ent.label_ not in REGION_LABELS or ent.start == 0 or not _one_line(doc, ent.start - 1, ent.end):
            continue
        lead = _lead_start(doc, ent.start, lexicon, dictionary)
        end = _head_end(doc, ent.end, lexicon) if lead is not None else None
        if end is not None:
            extra.append(Span(doc, lead, end, label="ORG"))
    if not extra:
        return ents
    kept = [e for e in ents if not any(x.start <= e.start < x.end or x.start < e.end <= x.end for x in extra)]
    return sorted(kept + extra, key=lambda e: e.start)


def _one_line(doc: Doc, start: int, end: int) -> bool:
    return all("\n" not in t.whitespace_ for t in doc[start:end])


def _lead_start(doc: Doc, k: int, lexicon: Lexicon, dictionary: ActorDictionary) -> int | None:
    """The first of one or two capitalised words right before token k that "the" opens, or None. No title word, no
    demonym or state, none the dictionary lists as a place ("the Kurdish Middle East ..." is no such name)."""
    i = k
    while i > 0 and k - i < MAX_LEAD and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() \
            and doc[i - 1].ent_type_ in LEAD_LABELS and not lexicon.is_title_token(doc[i - 1]) \
            and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if i == k or i == 0 or doc[i - 1].lower_ != "the" or "\n" in doc[i - 1].whitespace_:
        return None
    lead = doc[i:k].text
    entry = dictionary.lookup(lead)
    if dictionary.is_demonym(lead) or entry is not None and entry.type in ("country", "place") \
            or any(lexicon.head_words.get(t.text) for t in doc[i:k]):
        return None
    return i


def _head_end(doc: Doc, k: int, lexicon: Lexicon) -> int | None:
    """The end of one to three capitalised words from token k, the last an organisation's head word, or None."""
    j = k
    while j < len(doc) and j - k < MAX_HEAD and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and "\n" not in doc[j - 1].whitespace_:
        j += 1
        if lexicon.head_words.get(doc[j - 1].text) == "organization":
            if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
                continue                     # the name goes on ("... Center Fund")
            return j
    return None
