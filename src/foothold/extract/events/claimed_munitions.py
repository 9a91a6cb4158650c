"""A claim of the weapons of an attack, or of attacks just told, is the claimant's attack (issue 8, evcand7).

plover.yaml's light verb `claim` reads a claim of an event noun ("claimed the bombing", "claimed responsibility for
the raid": PLOVER ASSAULT by the claimant). Two shapes name no event noun:
- the munitions themselves ("the Mountain Front claimed the rockets that hit the airport", "the Free Brigade claimed
  bombs against army convoys"): a munition of data/munitions.yaml as the claim's object, its mode the attack's;
- a pronoun pointing back to attacks told just before ("Two rockets hit the base and a bomb struck a convoy. The
  Mountain Front claimed both."): "both", "them", "it", "all" as the object, when the sentence before (or the words
  before the claim in its own sentence) tells an attack (an ASSAULT verb or noun of plover.yaml, or a munition).
A claim with a clause ("claimed the rockets were Iranian", "claimed it had shot down drones") states something, and a
claim of land ("claimed the village") is none of these.
"""

from __future__ import annotations

from .lexicon import Lexicon, Trigger
from .munitions import load_munitions, munition_mode

CLAIM_LEMMAS = frozenset({"claim"})
POINTING_BACK = frozenset({"both", "them", "it", "all", "they"})
CLAUSES = frozenset({"ccomp", "xcomp"})


def _attack_word(tok, lex: Lexicon, table) -> bool:
    """The word tells an attack: an ASSAULT verb or noun of plover.yaml, or a munition."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        trig = lex.verbs.get(lemma)
        return trig is not None and trig.type == "ASSAULT"
    if tok.pos_ == "NOUN":
        trig = lex.nouns.get(tok.lower_) or lex.nouns.get(lemma)
        return trig is not None and trig.type == "ASSAULT" or munition_mode(tok, table) is not None
    return False


def _attacks_told_before(verb, lex: Lexicon, table) -> bool:
    """The sentence before the claim, or its own words before the claim, tell an attack."""
    sent = verb.sent
    start = sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    return any(_attack_word(t, lex, table) for t in verb.doc[start:verb.i])


def claimed_munition(verb, lex: Lexicon, table=None) -> Trigger | None:
    """ASSAULT for a claim of munitions or of attacks pointed back to, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_LEMMAS:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ in CLAUSES for c in verb.children):
        return None
    table = table or load_munitions()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        mode = munition_mode(obj, table)
        if mode is not None and not any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "be" for c in obj.children):
            return Trigger(type="ASSAULT", mode=mode, sphere="military")
        if obj.pos_ == "PRON" and obj.lower_ in POINTING_BACK and _attacks_told_before(verb, lex, table):
            return Trigger(type="ASSAULT", mode="attacks", sphere="military")
    return None
