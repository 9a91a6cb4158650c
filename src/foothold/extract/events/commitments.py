"""A named party's own commitment to help or work with another, told with no speech verb (issue 8, evcand7;
data/commitments.yaml).

A government's release states its commitments in its own voice: "Bolivia will continue to work with all its
partners, including the Andean Community", "Under the treaty, Bolivia commits to assist Peru", "Chile is determined
to develop mutually beneficial ties with Peru", "Bolivia will continue to honour its commitments on gas to Brazil".
No trigger word names the act (help, work with, develop ties are no plover.yaml entries), and no speech verb makes it
a statement; PLOVER codes a stated intention to cooperate AGREE (as a said future is, `intentions.helping_intention`,
and a first-person "we will ..." is, `candidates.first_person_futures`).

Read on a main clause (the sentence's root or its conjunct, never inside a said, relative or adverbial clause) whose
subject is a named country or organisation: the act verb is a helping verb with an object or a partner verb with a
partner (data/intentions.yaml), or a bond verb with a bond noun ("honour its commitments", "deepen ties"), carried by
"will"/"shall" or by a committing word ("commits to", "intends to", "is determined to"), through "continue to" /
"keep". A negation, a modal of possibility or a person's subject ("Lopez will help X": an analyst's forecast as
often as a pledge) is not read; the act must name another party (an actor in its object or partner phrase).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .intentions import intention_words
from ..doc_tokens import span_tokens

COMMITMENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "commitments.yaml"
FUTURES = frozenset({"will", "shall", "'ll"})
HEDGES = frozenset({"may", "might", "could", "would", "should", "can", "likely", "probably", "possibly", "perhaps"})
MAIN_DEPS = frozenset({"ROOT", "conj"})
PARTY_TYPES = frozenset({"country", "organization"})


@dataclass(frozen=True)
class CommitmentWords:
    committing: frozenset[str]
    carrying: frozenset[str]
    bond_verbs: frozenset[str]
    bond_nouns: frozenset[str]
    keeping_verbs: frozenset[str]
    kept_accords: frozenset[str]


@lru_cache(maxsize=2)
def commitment_words(path: str | None = None) -> CommitmentWords:
    """data/commitments.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or COMMITMENTS_PATH, CommitmentWords, "commitments")


def _act(verb, words: CommitmentWords) -> bool:
    """The verb helps (with an object), works with a partner, or keeps or grows a tie."""
    helping = intention_words()
    lemma = verb.lemma_.lower()
    if lemma in helping.helping_verbs and any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return True
    if lemma in helping.partner_verbs and any(c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                                              for c in verb.children):
        return True
    return lemma in words.bond_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in words.bond_nouns
                                             for c in verb.children)


def _chain(act, words: CommitmentWords):
    """The words carrying the act up to its clause's head ("will continue to work": [work, continue]; "is determined
    to develop": [develop, determined, is]), or None when something other than a carrying or committing word does."""
    chain = [act]
    t = act
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.lower_ == "to" \
            and _committing(t.head.head, words):
        t = t.head.head                # evcand10: "remains committed to deepening ties with X"
        chain.append(t)
    while t.dep_ == "xcomp":
        t = t.head
        lemma = t.lemma_.lower()
        if lemma not in words.carrying and not _committing(t, words):
            return None
        chain.append(t)
    if t.dep_ == "acomp" and _committing(t, words):
        chain.append(t.head)           # "is determined to", "remains committed to", "stands ready to"
    return chain


def _committing(t, words: CommitmentWords) -> bool:
    return t.lower_ in words.committing or t.lemma_.lower() in words.committing


def _committed(chain, words: CommitmentWords) -> bool:
    """A future or a committing word carries the act, and nothing negates or hedges it."""
    aux = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "neg", "advmod")}
    if aux & HEDGES or any(c.dep_ == "neg" for t in chain for c in t.children):
        return False
    return bool(aux & FUTURES) or any(t.lower_ in words.committing or t.lemma_.lower() in words.committing
                                      for t in chain[1:])


def said_second_act(head, taken: set[int]) -> bool:
    """evcand10: "a spokesman said China welcomed the vote and was ready to deepen cooperation with X": the said
    clause's first verb is a trigger of its own (its act is told by it), so its conjunct's commitment is a second act
    of the same speech (the seed's "one entry per speech act"), read here as the main clause's would be."""
    from .arguments import SAY_VERBS
    first = head.head
    return first.i in taken and first.dep_ == "ccomp" and first.head.lemma_.lower() in SAY_VERBS


def committed_acts(sent, index, taken: set[int]) -> list:
    """(head token, trigger token) of each own commitment in the sentence (the trigger is the act, or the carrying
    verb a committing word takes); ``taken`` are tokens already triggers."""
    from .arguments import subject_of
    words = commitment_words()
    out = []
    for act in span_tokens(sent):
        if act.pos_ != "VERB" or act.i in taken or not _act(act, words):
            continue
        chain = _chain(act, words)
        if chain is None or len(chain) < 2 and not any(c.dep_ == "aux" and c.lower_ in FUTURES
                                                       for c in act.children):
            continue
        head = chain[-1]
        if head.dep_ not in MAIN_DEPS or head.dep_ == "conj" and head.head.dep_ != "ROOT" \
                and not said_second_act(head, taken):
            continue
        if any(t.i in taken for t in chain) or not _committed(chain, words):
            continue
        subj, _ = subject_of(head)
        hit = index.actor_at(subj.i) if subj is not None else None
        if hit is None or hit.type not in PARTY_TYPES:
            continue
        others = {h.actor for t in act.subtree if t.i > act.i and (h := index.actor_at(t.i)) is not None}
        if not others - {hit.actor}:
            continue
        # "intends to continue to work with X": the carrying verb is what the committing word takes (the act under
        # "continue" alone reads as a standing course)
        told = chain[1] if len(chain) > 2 and chain[1].lemma_.lower() in words.carrying \
            and (chain[2].lower_ in words.committing or chain[2].lemma_.lower() in words.committing) else act
        out.append((head, told))
    return out


def kept_accord(content) -> bool:
    """A said future (already found to be the speaker's own side's, naming no listed act) keeping an accord: "said
    its forces would respect the truce", "would abide by the agreement", "would respect it"."""
    if content is None or content.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in content.children):
        return False
    words = commitment_words()
    if content.lemma_.lower() not in words.keeping_verbs:
        return False
    kept = [c for c in content.children if c.dep_ == "dobj"]
    kept += [o for p in content.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
             if o.dep_ == "pobj"]
    return any(k.lemma_.lower() in words.kept_accords or k.lower_ in words.kept_accords for k in kept)
