"""A body's name opened by another actor's name, which the dictionary and the NER read apart.

Two shapes of ordinary English (issue 8, actors17):
- a state (or a body written as its acronym) named at the head of one of its bodies, the body's own name tagged as
  a name of its own: "the United States Department of Defense", "the Iraq Ministry of Oil", "the UN Office for the
  Coordination of Humanitarian Affairs" (`state_led_bodies`). The whole is the body, and a state stays mentioned
  through `StateMentions._prefixed_states`.
- an international body's name or acronym opening the name of its mission or office, with no organisation head word
  the lexicon knows before a formal head ("the UN Verification Mission", lexicon.yaml `formal_heads`), and a posted
  body's name going on with where it serves ("the U.N. Assistance Mission for Iraq", "the EU Delegation to Ukraine";
  `posted_heads`) (`posted_body`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import Lexicon

STATE_LABELS = frozenset({"GPE", "country"})
BODY_LABELS = frozenset({"ORG", "organization"})
PLACE_LABELS = frozenset({"GPE", "LOC", "country", "place"})
ARTICLES = frozenset({"the", "a", "an"})
POSTINGS = frozenset({"in", "for", "to"})
MAX_HEAD_WORDS = 3          # "Integrated Peacebuilding Mission"


def state_led_bodies(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """The entities with each state directly followed by its body's name ("United States" + "Department of
    Defense") joined into one organisation."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _state_before_body(doc, prev, ent, lexicon):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _state_before_body(doc: Doc, state: Span, body: Span, lexicon: Lexicon) -> bool:
    """A state opening its phrase, right before a body's name of two words or more that opens with an
    organisation's head word ("Department of Defense", "Ministry of Oil")."""
    return ((state.label_ in STATE_LABELS or _body_acronym(state)) and body.label_ in BODY_LABELS
            and body.start == state.end
            and len(body) >= 2 and lexicon.head_words.get(body[0].text) == "organization"
            and "\n" not in doc[state.end - 1].whitespace_ and _opens_phrase(doc, state))


def _body_acronym(ent: Span) -> bool:
    """An organisation written as its capitals ("UN", "U.N."): the body whose office follows ("the UN" + "Office for
    the Coordination of Humanitarian Affairs")."""
    letters = ent.text.replace(".", "")
    return ent.label_ in BODY_LABELS and len(ent) == 1 and letters.isupper() and letters.isalpha()


def _opens_phrase(doc: Doc, ent: Span) -> bool:
    """After an article or at a sentence's start: not inside a longer name or after a possessive."""
    return ent.start == 0 or ent[0].is_sent_start or doc[ent.start - 1].lower_ in ARTICLES


def posted_body(span: Span, places: dict[int, Span], lexicon: Lexicon) -> Span:
    """A body's entity extended over the formal head after it ("UN" + "Verification Mission") and over the
    posting of a mission or delegation ("... Mission" + "for Iraq"). `places` maps an entity's first token to the
    entity, for the state or place posted to."""
    if span.label_ not in BODY_LABELS:
        return span
    span = _over_formal_head(span, lexicon)
    if span[-1].text not in lexicon.posted_heads:
        return span
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].lower_ not in POSTINGS or "\n" in doc[k - 1].whitespace_:
        return span
    k += 1 + (doc[k + 1].lower_ == "the")
    posted = places.get(k)
    if posted is None or posted.label_ not in PLACE_LABELS:
        return span
    return Span(doc, span.start, posted.end, label=span.label_)


def _over_formal_head(span: Span, lexicon: Lexicon) -> Span:
    """Up to three untagged capitalised words after the body closed by a formal head: "UN" + "Assistance
    Mission"."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end < MAX_HEAD_WORDS and not doc[k].ent_type_ and doc[k].is_alpha \
            and doc[k].text[:1].isupper() and "\n" not in doc[k - 1].whitespace_:
        k += 1
        if doc[k - 1].text in lexicon.formal_heads:
            return Span(doc, span.start, k, label=span.label_)
    return span
