"""A body named after a state or place, whatever the dictionary and the NER cut from it.

"The Ghana Ports and Harbours Authority", "Turkey Wealth Fund Holding Company", "Abu Dhabi Ports Holdings": the
dictionary tags the state or place at the head of the name, and the NER reads the rest as a body of its own
("Harbours Authority") or not at all. A state or place entity followed on its line by capitalised words that end in
an organisation's head word (lexicon.yaml `head_words`; with one "and" between two such words only a company's or
utility's head, `corporate_heads`), names one organisation; the pieces inside it give way (the state named at its head stays mentioned through
`StateMentions._prefixed_states`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon

PLACE_LABELS = frozenset({"GPE", "LOC", "country", "place"})
MAX_WORDS = 6            # words after the state or place: "Wealth Fund Holding Company"
AND_WORDS = frozenset({"and", "&"})
ARTICLES = frozenset({"the", "a", "an"})
# a state's departments are coordinated under one head noun ("the U.S. Treasury and State Department", "the Foreign
# and Defence Ministries"): two bodies, not one named with "and"
SHARED_HEADS = frozenset({"Department", "Departments", "Ministry", "Ministries"})


def place_led_bodies(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """The entities with each body named after a state or place joined whole."""
    by_start = {e.start: e for e in ents}
    extra: list[Span] = []
    for ent in ents:
        if ent.label_ not in PLACE_LABELS or not _opens_name(doc, ent):
            continue
        end = _body_end(doc, ent.end, by_start, lexicon)
        if end is not None and not _two_bodies(doc[ent.end:end], dictionary):
            extra.append(Span(doc, ent.start, end, label="ORG"))
    if not extra:
        return ents
    kept = [e for e in ents if not any(x.start <= e.start and e.end <= x.end for x in extra)]
    return sorted(kept + extra, key=lambda e: e.start)


def _opens_name(doc: Doc, ent: Span) -> bool:
    """The state or place starts the phrase: after an article, a line's or sentence's start, or a lower-case word or
    punctuation (not inside a longer capitalised name, not after a possessive: "Iran's Revolutionary Guard" is
    the state's body named apart)."""
    if ent.start == 0 or ent[0].is_sent_start:
        return True
    before = doc[ent.start - 1]
    if before.lower_ in ARTICLES:
        return True
    if before.text in ("'s", "\u2019s") or before.text[:1].isupper():
        return False
    return "\n" in before.whitespace_ or not before.is_alpha or before.text.islower()


def _body_end(doc: Doc, k: int, by_start: dict[int, Span], lexicon: Lexicon) -> int | None:
    """The end of the capitalised words after token k closed by an organisation's head word, or None. Only names the
    shorter repairs miss (`extending._extend_to_head` reads up to three untagged words): with "and", with a piece the
    NER read as a body, or of more than three words."""
    end, words, and_at = None, 0, None
    while k < len(doc) and words < MAX_WORDS and "\n" not in doc[k - 1].whitespace_:
        tok = doc[k]
        if tok.lower_ in AND_WORDS and and_at is None and end is None and words and k + 1 < len(doc) \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            and_at = k                     # "Ports and Harbours": one "and", between capitalised words
            k += 1
            continue
        inner = by_start.get(k)
        if inner is not None:              # a piece the NER read as a body of its own: "Harbours Authority"
            if inner.label_ == "ORG" and words and lexicon.head_words.get(inner[-1].text) == "organization" \
                    and (and_at is None or inner[-1].text in lexicon.corporate_heads):
                return inner.end
            return None
        if tok.ent_type_ or not (tok.text[:1].isupper() and tok.is_alpha) or tok.text in lexicon.title_words:
            break
        words += 1
        k += 1
        if lexicon.head_words.get(tok.text) == "organization":
            end = k                        # head words in a row ("Holding Company"): the last closes the name
    if end is None or and_at is not None and end < and_at:
        return None
    if and_at is not None and doc[end - 1].text not in lexicon.corporate_heads:
        return None                        # "Security and Defence Committee": a state's bodies are named apart
    return end if and_at is not None or words > 3 else None


def _two_bodies(words: Span, dictionary: ActorDictionary) -> bool:
    """Words after the state joined by "and" that name two bodies: a shared department head, or a conjunct that is a
    listed actor of its own ("Treasury and State Department")."""
    ands = [t.i for t in words if t.lower_ in AND_WORDS]
    if not ands:
        return False
    doc, k = words.doc, ands[0]
    before, after = doc[words.start:k].text, doc[k + 1:words.end].text
    return words[-1].text in SHARED_HEADS or any(dictionary.lookup(p) is not None for p in (before, after))
