"""A quoted judgement the parser hangs on the object of a characterizing verb (issue 8, evskip4).

'Morales called the appointments "a purge of the resistance"', 'the junta called the opponents of the deal
"provocateurs"': "call" with a direct object and, right after the object's phrase, a quoted noun phrase that the
parser made an apposition of the object or the object of its of-phrase. What the object is called is the quoted
phrase, so the verb characterizes (read by `triggers.characterizes`; typed by `called_names` or the statement
cues), not a telephone call with no one called. The quote must open right after a noun of the object's phrase or
open on a determiner ('"a purge"'): "called the families of the "martyrs"" (the quote inside the of-phrase, after
its determiner) is no judgement, and neither is a quote inside a clause on the object ("called the envoy, who
said ..."): no verb may stand between the object and the quote.
"""

from __future__ import annotations

from .index import QUOTE_MARKS

_HEAD_DEPS = ("appos", "pobj", "npadvmod", "attr", "nmod", "compound", "amod")


def _quoted_spans(tokens) -> list[tuple]:
    """(opening mark, closing mark) pairs among ``tokens``, paired in order."""
    marks = [t for t in tokens if t.text in QUOTE_MARKS]
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]


def quoted_judgement(verb):
    """The head of the quoted judgement after ``verb``'s direct object, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    doc = verb.doc
    sent = verb.sent
    inside = {t.i for t in obj.subtree}
    for opening, closing in _quoted_spans(doc[sent.start:sent.end]):
        if opening.i <= obj.i or opening.i not in inside or closing.i - opening.i < 2:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "pcomp" for t in doc[obj.i + 1:opening.i]):
            return None         # a clause on the object: its quote is that clause's (a gerund of its of-phrase
            #                     is no clause: 'the idea of selling X "an absurd discussion"')
        first, before = doc[opening.i + 1], doc[opening.i - 1]
        if not (first.pos_ == "DET" or before.pos_ in ("NOUN", "PROPN")):
            return None         # "the families of the "martyrs"": a quoted word inside the object's phrase
        span = range(opening.i + 1, closing.i)
        heads = [t for t in doc[opening.i + 1:closing.i] if t.head.i not in span or t.head.i == t.i]
        if len(heads) != 1:
            return None
        head = heads[0]
        misread = head.dep_ == "dobj" and head.head.dep_ == "pcomp"    # the gerund's object, by the parser
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and (head.dep_ in _HEAD_DEPS or misread) and head.head.i in inside:
            return head
        return None
    return None
