"""perf3's speed changes (issue 8, speed) answer exactly as the whole-document walks they replace: the tokens inside
quotation marks found from the marks alone (`relations/issuer.quoted_tokens`), the landmark nouns tested once per
distinct word (`actors/landmarks._lower_landmark_noun`), and the rules that now visit only their own words
(`formal_names`, `joining._opened_names`, `voting_body_tokens`, `issuer.issuing_state`, `salient_state.speaks_as_we`)
finding what they found before on a parsed paragraph.

Sentences written for these tests, on arenas away from the development texts."""

from __future__ import annotations

import spacy

from foothold.extract.actors.landmarks import _landmark_noun, _lower_landmark_noun
from foothold.extract.actors.voting_bodies import voting_body_tokens
from foothold.extract.dictionary import load_dictionary, load_lexicon
from foothold.extract.nlp import load_nlp
from foothold.extract.relations.issuer import QUOTES, quoted_tokens


def _walked_quotes(doc) -> set[int]:
    """The walk over every token that `quoted_tokens` replaced."""
    inside, out = False, set()
    for t in doc:
        if t.text in QUOTES:
            inside = not inside if t.text in ('"', "``", "''") else t.text == "\u201c"
            continue
        if inside:
            out.add(t.i)
    return out


def test_quoted_tokens_found_from_the_marks_alone_equal_the_walk():
    nlp = spacy.blank("en")
    texts = [
        'Tonga said "we will not sign" and Fiji agreed.',
        "Samoa said \u201cno deal\u201d, then \u201cperhaps\u201d and left.",
        'An unclosed "quotation runs to the end of the text',
        "A stray closing mark\u201d here, then \u201copen again",
        "No quotation marks at all.",
        "",
        '"" empty quotes "a" "b c"',
    ]
    for text in texts:
        doc = nlp(text)
        assert quoted_tokens(doc) == _walked_quotes(doc), text
    assert quoted_tokens(nlp('Tonga said "we will not sign" and left.')) == {3, 4, 5, 6}


def test_lower_landmark_noun_is_the_token_test_of_untagged_landmarks():
    for word in ("reservoir", "reservoirs", "Reservoir", "RIVER", "bridge", "Kiribati", "talks", ""):
        assert _lower_landmark_noun(word) == (word.islower() and _landmark_noun(word)), word
    assert _lower_landmark_noun("reservoirs") and not _lower_landmark_noun("Reservoir")


def test_voting_bodies_found_on_the_subjects_alone():
    nlp = load_nlp()
    doc = nlp("Last month the Fono approved the budget. The minister said the nets were banned.")
    found = voting_body_tokens(doc, load_lexicon(), load_dictionary())
    assert [doc[i].text for i in found] == ["Fono"]


def test_doc_tokens_kept_only_inside_the_block_and_made_afresh_after_a_retokenize():
    from foothold.extract.doc_tokens import KEY, doc_tokens, tokens_kept
    nlp = spacy.blank("en")
    doc = nlp("Tuvalu and Nauru signed the fisheries accord in Funafuti.")
    outside = doc_tokens(doc)
    assert [t.i for t in outside] == list(range(len(doc))) and outside is not doc_tokens(doc)
    assert KEY not in doc.user_data
    with tokens_kept(doc):
        first = doc_tokens(doc)
        assert first is doc_tokens(doc) and [t.text for t in first] == [t.text for t in doc]
        with doc.retokenize() as retokenizer:
            retokenizer.merge(doc[5:7])            # "fisheries accord"
        again = doc_tokens(doc)
        assert again is not first and [t.text for t in again] == [t.text for t in doc]
    assert KEY not in doc.user_data               # no Token list left on the Doc (no reference cycle)


def test_sentence_tokens_are_the_sentences_tokens_made_once():
    from foothold.extract.relations.sentence import Sentence
    nlp = load_nlp()
    doc = nlp("The Fijian envoy met the Tongan minister. They agreed on quotas.")
    sent = list(doc.sents)[1]
    reading = Sentence.__new__(Sentence)
    reading.sent = sent
    assert [t.i for t in reading.tokens] == list(range(sent.start, sent.end)) and reading.tokens is reading.tokens


def test_span_tokens_slice_the_kept_list_inside_the_block_and_list_the_span_outside():
    from foothold.extract.doc_tokens import doc_tokens, span_tokens, tokens_kept
    nlp = spacy.blank("en")
    doc = nlp("Palau recalled its envoy. Vanuatu protested at once.")
    span = doc[5:10]
    assert [t.i for t in span_tokens(span)] == list(range(5, 10))
    assert [t.i for t in span_tokens(doc)] == list(range(len(doc)))      # a Doc: its own tokens
    with tokens_kept(doc):
        kept = doc_tokens(doc)
        inside = span_tokens(span)
        assert [t.i for t in inside] == list(range(5, 10)) and all(a is b for a, b in zip(inside, kept[5:10]))
