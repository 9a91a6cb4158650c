"""A state's ministry named whole with its state (issue 8, relties10): "the Ministry of External Affairs" + "of
India", "the Department of Home Affairs" + "of Australia". The NER closes some ministries' names before "of (the)
<state>" (it kept "the Ministry of Foreign Affairs of India" whole, but not "External" nor "Home Affairs"); the
makers name "the Foreign Ministry of Iraq" whole (actors26, `extending._extend_cut_before_state`), so a name opened
by Ministry or Department, its portfolio after "of"/"for", runs on over the state's name right after it. The state
stays mentioned (`extending.closing_state`), and the resolver keeps the ministry's own name as an alias
(`state_forms.body_without_state`). Read by `extractor._entity_mentions` with the other extensions."""

from __future__ import annotations

from spacy.tokens import Span

from .extending import _state_of_force_end, formal_body_name

MINISTRY_HEADS = frozenset({"Ministry", "Department"})


def ministry_of_state(span: Span, lexicon, dictionary) -> Span:
    """The span run on over "of (the) <state>" when it is a ministry's formal name closed before it, else span."""
    doc = span.doc
    first = span.start + (span[0].lower_ == "the")
    if span.label_ not in ("ORG", "organization") or span.end - first < 3 or doc[first].text not in MINISTRY_HEADS \
            or doc[first + 1].lower_ not in ("of", "for") or not formal_body_name(doc[first:span.end], lexicon):
        return span
    if span.end >= len(doc) or doc[span.end].lower_ != "of" or "\n" in doc[span.end - 1].whitespace_:
        return span
    end = _state_of_force_end(doc, span.end)
    if end <= span.end or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
        return span
    state = doc[span.end + 1 + (doc[span.end + 1].lower_ == "the"):end]
    entry = dictionary.lookup(state.text)
    if entry is None or entry.type != "country":
        return span                                  # "of the Sydney office": a city, no state
    return Span(doc, span.start, end, label=span.label_)
