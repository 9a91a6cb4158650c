"""A paragraph that goes on with the speaker of the one before goes on with its time (issue 8, dates11).

Web news gives each sentence a paragraph of its own: "A White House spokesperson responded Sunday by expressing
disappointment ...\n\nWashington will consult the other permanent members on the best way forward, the spokesperson
said." The second paragraph has no time of its own; its speaker is named only by a pronoun or a definite common noun
("the spokesperson", "he", "the ministry"), so it is the same telling, on Sunday. The paragraph's running date
(`extractor._read_sentence`) started afresh there and the act fell to the publication's month; news-dev's README
dates such acts by the time the text gives them.

`continues_speaker`: the paragraph's first sentence has a saying verb (say, add, tell, note) whose subject is a
personal pronoun or a definite common noun phrase with no name in it, and the sentence tells no date or source note
of its own. The extractor then lends it the running date of the paragraph before, if that paragraph has one.
"""

from __future__ import annotations
from ..doc_tokens import span_tokens

SAYING = frozenset({"say", "add", "tell", "note", "state", "explain", "insist", "stress"})
PRONOUNS = frozenset({"he", "she", "they", "it"})


def continues_speaker(sent, dater, index) -> bool:
    """``sent`` (a paragraph's first sentence) is told by the speaker of the paragraph before, named again only by a
    pronoun or a definite common noun, with no date of its own."""
    s_start, s_end = index.original(sent.start, sent.end - 1)
    if dater.dates_in(s_start, s_end) or any(s_start <= n.start < s_end for n in dater.notes):
        return False
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SAYING or tok.tag_ not in ("VBD", "VBZ"):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in PRONOUNS:
            return True
        words = list(subject.subtree)
        if subject.pos_ == "NOUN" and words[0].lower_ == "the" and not any(w.pos_ == "PROPN" for w in words):
            return True
    return False
