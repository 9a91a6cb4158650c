"""A body's short name and its holder's name tagged as one organisation (issue 8, relties10): "the head of the
Organization, Jan Kova, said" gives the NER's ORG "the Organization, Jan Kova". When the run holds one comma,
the words before it close on a body's head word (actors lexicon `head_words` organization: Organization, Agency,
Ministry ...) and the two to four words after it are capitalised name words none of which is such a head word, the
words after the comma are a person and the words before it are no entity of their own: the title readers resolve
"the Organization" to the body named before it (title_phrases.recent_named), where a one-word actor would take
the tie. Read by `extractor._entity_mentions` with the other splits.

The same run after a region's or city's head title and "of" (data/jurisdiction_titles.yaml: governor, mayor,
premier ...), "the mayor of Eastport, Dana Whitlow, said", is the title's place and its holder: two entities, the
words before the comma (one to three capitalised words, no head word) a place (issue 8, actors29)."""

from __future__ import annotations

from spacy.tokens import Span

from .title_places import jurisdiction_titles


def split_apposed_holder(span: Span, lexicon) -> list[Span]:
    """[span], or [the person after the comma] for a "<body head>, <Name Name>" run tagged ORG."""
    if span.label_ != "ORG" or len(span) < 4:
        return [span]
    doc = span.doc
    commas = [t.i for t in span if t.text == ","]
    if len(commas) != 1:
        return [span]
    k = commas[0]
    before, after = doc[span.start:k], doc[k + 1:span.end]
    if (held := _jurisdiction_and_holder(span, before, after, lexicon)) is not None:
        return held
    if not before or lexicon.head_words.get(before[-1].text) != "organization" or not 2 <= len(after) <= 4:
        return [span]
    if any(not t.is_title or not t.is_alpha and "-" not in t.text or lexicon.head_words.get(t.text)
           for t in after):
        return [span]
    return [Span(doc, k + 1, span.end, label="PERSON")]


def _names_person(after: Span, lexicon) -> bool:
    """Two to four capitalised name words, none a body's head word."""
    return 2 <= len(after) <= 4 and not any(
        not t.is_title or not t.is_alpha and "-" not in t.text or lexicon.head_words.get(t.text) for t in after)


def _jurisdiction_and_holder(span: Span, before: Span, after: Span, lexicon) -> list[Span] | None:
    """[the place, the person] for "<jurisdiction title> of" + "<Place>, <Name Name>" tagged as one ORG, else None."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in jurisdiction_titles():
        return None
    if not 1 <= len(before) <= 3 or any(not t.is_title or lexicon.head_words.get(t.text) for t in before) \
            or not _names_person(after, lexicon):
        return None
    return [Span(doc, before.start, before.end, label="GPE"), Span(doc, after.start, after.end, label="PERSON")]
