"""An ordered outcome told as a bare participle (issue 8, evcand6): "the court ordered the party dissolved", "the
minister ordered the consulate closed", "the junta ordered the paper banned and its editors arrested". The parser
reads the participle as an active verb in a clausal complement with the acted-on noun as its subject, so the party
dissolves itself and the verb has no object. The repair (a parse repair, run with the extractor's others) reads the
participle as a passive: its subject becomes a passive subject (`nsubjpass`) and its tag a participle (VBN), so the
noun is what the act is done to and the orderer, the ordering verb's subject, is its doer
(`arguments.ordered_doer`). Read only after an ordering verb (`ORDERING_VERBS`) with the participle right after its
subject phrase, with no auxiliary, no object and no "to" ("ordered the army to withdraw" stays as read)."""

from __future__ import annotations
from ..doc_tokens import doc_tokens

ORDERING_VERBS = frozenset({"order", "direct", "command", "instruct"})


def _bare_participle(verb) -> bool:
    """A past form with no auxiliary, no object and no infinitive marker."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD") and verb.lower_.endswith(("ed", "ut", "wn")) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "nsubjpass", "neg") for c in verb.children)


def _subject_right_before(verb):
    """The verb's noun subject when the subject phrase ends right before it ("the party | dissolved")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i + 1 != verb.i:
        return None
    return subj


def ordered_participles(doc) -> list:
    """(participle, its subject) pairs read as ordered outcomes."""
    out = []
    for verb in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ORDERING_VERBS or verb.head.pos_ != "VERB":
            continue
        orderer = verb.head.head if verb.head.dep_ == "conj" else verb.head   # "blamed X and ordered ..."
        if not any(c.dep_ == "nsubj" for c in orderer.children) or not _bare_participle(verb):
            continue
        subj = _subject_right_before(verb)
        if subj is None:
            continue
        out.append((verb, subj))
        # "ordered the paper banned and its editors arrested": a conjoined participle with its own subject
        for conj in verb.children:
            if conj.dep_ == "conj" and _bare_participle(conj):
                csubj = _subject_right_before(conj)
                if csubj is not None:
                    out.append((conj, csubj))
    return out


def repair_ordered_participles(doc) -> int:
    """Re-reads each ordered participle as a passive; returns how many."""
    found = ordered_participles(doc)
    for verb, subj in found:
        subj.dep_ = "nsubjpass"
        verb.tag_ = "VBN"
    return len(found)


def ordered_participle(verb) -> bool:
    """A participle re-read as an ordered outcome (no auxiliary, its subject a passive one, under an ordering verb or
    conjoined to one that is): its doer is the orderer, as a passive's by-agent would be ("ordered the party
    dissolved" reads like "the party was dissolved by the court")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    top = verb.head if verb.dep_ == "conj" else verb
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in ORDERING_VERBS and top.head.pos_ == "VERB"
