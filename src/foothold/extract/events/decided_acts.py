"""Acts told as another party's decision (issue 8, evargs5): "X regrets the decision of China to recall its
ambassador and to demand that Y withdraw its own", "Germany welcomes the decision taken by the European Council to
close its airspace", "condemned the move by Z to expel two diplomats". The reacting verb is the speaker's act; the
infinitive is the decider's own act, taken (a decision reported, not an intention): not the speaker's words, not a
purpose or a description of the noun, and done by the decider -- the noun's "of"-object, possessor or by-agent
(`decisions.py` reads the verb "decided to"; this reads the noun). A decision with no named decider is left as it
was."""

from __future__ import annotations

from .arguments import phrase_actors
from .index import DocIndex

DECISION_NOUNS = frozenset({"decision", "move"})
DECIDING_PARTICIPLES = frozenset({"take", "announce", "make", "adopt", "reach"})   # "the decision taken by X to ..."


def _infinitive(verb) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def decision_noun(verb):
    """(decision noun, its participle or None) whose infinitive the verb is (or a conjunct of it), else None."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head                       # "to recall X and to demand Y": the second act too
    if not _infinitive(v) or v.dep_ not in ("acl", "xcomp", "advcl"):
        return None
    head, participle = v.head, None
    if head.lemma_.lower() in DECIDING_PARTICIPLES and head.tag_ in ("VBN", "VBD"):
        # "regrets the decision of X, announced today, to recall ...": the parser hangs the infinitive on the
        # participle, and the participle on the reacting verb (or the reacting clause on the participle)
        hosts = [head.head] if head.dep_ in ("advcl", "acl") and head.head.pos_ == "VERB" else []
        hosts += [c for c in head.children if c.dep_ in ("ccomp", "advcl") and c.i < head.i]
        noun = next((c for host in hosts for c in host.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.lemma_.lower() in DECISION_NOUNS and 0 < head.i - c.right_edge.i <= 2), None)
        if noun is not None:
            return noun, head
    if head.pos_ in ("VERB", "AUX") and v.dep_ in ("advcl", "xcomp"):
        # "regrets the decision of X to recall ...": the parser may hang the infinitive on the reacting verb; it
        # is the noun's when it follows the noun's phrase right away
        start = min(t.i for t in v.subtree)
        noun = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.right_edge.i + 1 == start
                     and c.lemma_.lower() in DECISION_NOUNS), None)
        if noun is None:
            return None
        head = noun
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in DECIDING_PARTICIPLES:
        head, participle = head.head, head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in DECISION_NOUNS:
        return None
    return head, participle


def deciders(verb) -> list:
    """The tokens naming who took the decision: the noun's "of"-object or possessor, or a "by" on the noun or on
    its participle ("taken by X")."""
    found = decision_noun(verb)
    if found is None:
        return []
    noun, participle = found
    out = [c for c in noun.children if c.dep_ == "poss"]
    # the participle may hold the infinitive or stand beside it ("the decision taken by X to close ...")
    participles = {participle.i: participle} if participle is not None else {}
    participles.update({c.i: c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and c.lemma_.lower() in DECIDING_PARTICIPLES})
    for holder in (noun, *participles.values()):
        for p in holder.children:
            if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in ("by", "of"):
                out += [o for o in p.children if o.dep_ == "pobj"]
    return out


def decided_doer(verb, index: DocIndex) -> list:
    """The actors who decided the act the verb tells, or [] when it is no decided act or names no decider."""
    return [(h, i) for t in deciders(verb) for h, i in phrase_actors(t, index) if h.type != "place"]


def decided_tokens(found, index: DocIndex) -> set[int]:
    """The tokens of acts a named decider decided: each such verb and its own words (kept out of a reacting
    speaker's content)."""
    out: set[int] = set()
    for f in found:
        if f.kind == "verb" and decided_doer(f.token, index):
            out.add(f.token.i)
    return out
