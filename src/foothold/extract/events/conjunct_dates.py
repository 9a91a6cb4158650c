"""A date fronted inside a later conjunct times that conjunct, not the verb it is joined to.

"His coalition halted state aid to X and in February abolished the prosecutor's office": "in February" stands
between the "and" and "abolished", so it is the abolition's time; the halt, told before it with no time of its own,
takes the story's (the running date or a source note), not February. A date after the second verb ("halted aid and
abolished the office in February") may time both and is left to the nearest-date reading. Read by
`timing.explicit_date` (the dates it skips) for the first conjunct; the later conjunct takes the date through
`timing.own_clause_date`.
"""

from __future__ import annotations

from .index import DocIndex


def later_conjunct_dates(verb, dates, index: DocIndex) -> set[int]:
    """Starts of the date phrases hung on a later conjunct of ``verb`` before that conjunct's verb (after its
    "and"): "expelled X and in March suspended Y" gives "in March" for "expelled"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    if not conjuncts:
        return set()
    doc = verb.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        first = doc[toks[0]]
        for conj in conjuncts:
            cc = next((c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i), None)
            if cc is None or not cc.i < first.i < conj.i:
                continue
            if _governed_by(first, conj):
                out.add(d.start)
    return out


def _governed_by(token, verb) -> bool:
    """The token hangs on ``verb`` (directly or through its phrase), not on another verb."""
    t = token
    for _ in range(6):
        if t.i == verb.i:
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.i != token.i:
            return False
        t = t.head
    return False


# prepositions that anchor a happening to another one ("after the killing of X in January")
# ("before dawn on Thursday", "until midnight", "since April" tell the earlier verb's own time, which both may share)
ANCHORS = {"after", "following", "amid"}


def earlier_conjunct_inner_dates(verb, dates, index: DocIndex) -> set[int]:
    """Starts of the date phrases inside the phrase of the verb ``verb`` is a later conjunct of, that time something
    that phrase tells rather than that verb (dates11): "thanked X for standing with Y after the killing of Z in
    January, and called on X to ...": January is the killing's, reached from "thanked" through another verb
    ("standing") or an anchoring preposition ("after"), so it does not time the call. Only a date told after the
    earlier verb: a fronted "After X was overthrown on 26 July, A imposed sanctions and B closed its border" times
    both. A date hung on the first verb
    through prepositions and nouns alone ("met X in Lima on Monday and signed ...") may time both and is kept."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.head.i > verb.i:
        return set()
    first = verb.head
    mine = {t.i for t in verb.subtree}
    doc = verb.doc
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        # told after the earlier verb, in its phrase: a fronted "After X did Y on 26 July, A did B and C did D" or
        # "Since April, X have encircled ..., burned ... and attacked ..." sets the time of every conjunct
        if not toks or toks[0] in mine or not first.i < toks[0] < verb.i:
            continue
        t = doc[toks[0]]
        inner = False
        for _ in range(12):
            if t.i == first.i:
                break
            if t.i != toks[0] and (t.pos_ in ("VERB", "AUX") or t.lower_ in ANCHORS):
                inner = True
            if t.head.i == t.i:
                inner = False
                break
            t = t.head
        if inner and t.i == first.i:
            out.add(d.start)
    return out


def later_conjunct_content_dates(verb, dates, index: DocIndex) -> set[int]:
    """Starts of the date phrases inside the content clause of a later conjunct of ``verb`` (dates12): "The
    minister accused the opposition of lying and said the government had paid the contractors last year": last year
    is the payment's, told in what was said, so it does not time the accusation. Only a clausal complement of the
    later verb ("said X had done Y ..."): a date hung on the later verb itself, or on its object, may time both and is
    left to the nearest-date reading."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    if not conjuncts:
        return set()
    contents = {t.i for conj in conjuncts for c in conj.children if c.dep_ == "ccomp" for t in c.subtree}
    out = set()
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if toks and toks[0] in contents:
            out.add(d.start)
    return out
