"""What another party said, relayed inside a statement or a reaction: "takes note of the statements issued by X
and by Y, both of which condemned ...", "welcomed the statement by X calling for ...". A relative clause or a
participle describing an authored statement noun tells that author's own act: it is neither the relaying
speaker's words nor a description of an event noun."""

from __future__ import annotations

from .arguments import DOCUMENT_NOUNS, RELATIVE, phrase_actors
from .index import DocIndex

# nouns whose content is their author's act: documents, and appeals and calls made in them
RELAYING_NOUNS = DOCUMENT_NOUNS | {"appeal", "call"}
# "both of which", "each of which": a quantified relative pronoun
QUANTIFIERS = {"both", "each", "all", "some", "most", "many", "neither", "either", "none"}
AUTHOR_PREPS = {"by", "from", "of"}


def quantified_relative(subj) -> bool:
    """ "both of which", "all of whom": a quantifier whose of-object is a relative pronoun."""
    return subj is not None and subj.lower_ in QUANTIFIERS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in RELATIVE for o in p.children)
        for p in subj.children)


def _antecedent(verb):
    """The phrase a relative clause or participle describes; for "..., both of which rejected", which the
    parser hangs elsewhere, the word before the comma that opens it."""
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if quantified_relative(subj):
        k = subj.left_edge.i - 1
        while k >= verb.sent.start and verb.doc[k].is_punct:
            k -= 1
        return verb.doc[k] if k >= verb.sent.start else None
    return None


def relayed_statement(verb, index: DocIndex):
    """The authored statement noun whose content ``verb`` tells, or None. The clause hangs on the noun itself,
    or (a parser's choice) on its author: "the communique issued by X, which condemned"."""
    t = _antecedent(verb)
    for _ in range(4):
        if t is None:
            return None
        if t.lemma_.lower() in RELAYING_NOUNS:
            return t if statement_authors(t, index) else None
        if t.dep_ == "conj":                       # "by Chile and by Peru", "X and Y"
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ in AUTHOR_PREPS:
            prep = t.head
            while prep.dep_ == "conj":
                prep = prep.head
            t = prep.head
            if t.dep_ == "acl" and t.tag_ == "VBN":  # "issued by X"
                t = t.head
            continue
        return None
    return None


def statement_authors(noun, index: DocIndex):
    """Who a statement noun speaks for: its possessor, or its by / from / of party (directly or through a
    participle, "issued by X"), each conjoined preposition too ("by X and by Y")."""
    found = [(h, i) for c in noun.children if c.dep_ == "poss" for h, i in phrase_actors(c, index)]
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS]
    preps += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
              if a.dep_ == "agent"]
    for p in list(preps):
        preps += [c for c in p.conjuncts if c.dep_ in ("conj", "prep", "agent")]
    for p in preps:
        for o in p.children:
            if o.dep_ == "pobj":
                found += [(h, i) for h, i in phrase_actors(o, index, split="named") if h.type not in ("media", "place")]
    return found
