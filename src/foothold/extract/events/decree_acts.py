"""A decree, order or law that tells the act it orders (issue 8, fixes13): "signed a decree suspending flights to X".

PLOVER codes the act an instrument orders (flights suspended: SANCTION; imports banned: COERCE), not the signing of
it, which plover.yaml's `sign` reads as an accord concluded (SUPPORT). Two readings:

- `repair_decree_participles`: the parser often reads "a decree suspending flights" as the participle modifying
  "flights", with "decree" its compound ("signed ... flights"): the suspension then has no object and is skipped,
  and the signing takes "flights" as what was signed. The participle is hung back under the instrument as its
  clause (acl), the noun it seemed to modify its object; a participle the tagger took for a noun ("suspending"/NN)
  becomes the verb the lexicon knows.
- `ordering_instrument`: a signed instrument whose clause is a verb of the lexicon ("a decree banning", "an order
  that closed") concludes no accord (`material.object_sense` reads the signing as the verb's other sense).

A decree signed with no act told ("signed a decree on the budget") stays as it was.
"""

from __future__ import annotations

from spacy.attrs import LOWER

from ..token_positions import tokens_where
from .cameo import regular_stems

INSTRUMENTS = frozenset({"decree", "order", "edict", "directive", "ordinance", "proclamation", "law", "bill"})
ORDERED_CLAUSE = ("acl", "relcl")
ISSUING = frozenset({"sign", "issue", "enact", "adopt", "promulgate", "decree"})


def _participle(tok, verbs) -> str | None:
    """The lexicon lemma of an "-ing" word read as a modifier, or None."""
    if not tok.lower_.endswith("ing"):
        return None
    if tok.tag_ == "VBG" and tok.lemma_.lower() in verbs:
        return tok.lemma_.lower()
    return next((s for s in regular_stems(tok.lower_) if s in verbs), None)


def misread_decree_participle(tok, verbs):
    """(instrument, noun or None) when ``tok`` is an "-ing" verb of the lexicon the parser did not hang under the
    instrument it belongs to: read as the modifier of the noun after it, the instrument its compound ("a decree
    suspending flights": noun "flights"), or as an adverbial clause of the signing verb beside the instrument
    (noun None); else None."""
    if _participle(tok, verbs) is None or tok.dep_ == "acl":
        return None
    inst = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i == tok.i - 1
                 and c.lemma_.lower() in INSTRUMENTS), None)
    if inst is not None and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        return inst, tok.head            # "signed a decree suspending flights": "flights" the object signed
    if inst is not None and tok.dep_ == "advcl" and tok.head.lemma_.lower() in ISSUING \
            and not any(c.dep_ == "dobj" for c in tok.head.children):
        return inst, None                # "signed a decree suspending ...": the instrument read into the clause
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() in ISSUING:
        inst = next((c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in INSTRUMENTS
                     and c.right_edge.i == tok.i - 1), None)
        if inst is not None:
            return inst, None            # "signed a decree, suspending ...": the clause hung on the verb
    return None


def repair_decree_participles(doc, verbs) -> int:
    """Re-hangs each misread decree participle under its instrument as its clause; returns how many."""
    moved = 0
    for tok in list(tokens_where(doc, LOWER, lambda w: w.endswith("ing"))):   # only "-ing" words can be one
        found = misread_decree_participle(tok, verbs)
        if found is None:
            continue
        inst, noun = found
        lemma = _participle(tok, verbs)
        if noun is not None:
            before = [c for c in noun.children if c.i < inst.i]      # "a", "the new": the instrument's words
            if noun.head.i == noun.i:
                inst.head, inst.dep_ = inst, noun.dep_
            else:
                inst.head, inst.dep_ = noun.head, noun.dep_
            noun_dep = noun
        elif inst.head.i == tok.i:           # the instrument read into the clause: the signed object
            before = [c for c in tok.children if c.i < inst.i]
            inst.head, inst.dep_ = tok.head, "dobj"
            noun_dep = None
        else:
            before, noun_dep = [], None
        tok.head, tok.dep_ = inst, "acl"
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBG", lemma
        if noun_dep is not None:
            noun_dep.head, noun_dep.dep_ = tok, "dobj"
        for c in before:
            c.head = inst
        moved += 1
    return moved


def ordering_instrument(verb, objects, verbs) -> bool:
    """Whether ``verb`` (sign) signs an instrument whose clause is a verb of the lexicon ("signed a decree banning
    imports", "signed an order that closed the crossing")."""
    if verb.lemma_.lower() != "sign":
        return False
    held = list(objects) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(o.lemma_.lower() in INSTRUMENTS and any(
        c.dep_ in ORDERED_CLAUSE and c.pos_ == "VERB" and c.lemma_.lower() in verbs for c in o.children)
        for o in held)



def decree_issuer(verb):
    """The verb that signs or issues the instrument whose clause ``verb`` is ("signed a decree suspending ...",
    "a decree that banned ... was signed by X"), or None."""
    if verb.dep_ == "csubjpass" and verb.pos_ == "VERB":
        return passive_issuer(verb)
    if verb.dep_ not in ORDERED_CLAUSE or verb.pos_ != "VERB":
        return None
    inst = verb.head
    if inst.lemma_.lower() not in INSTRUMENTS or inst.pos_ != "NOUN":
        return None
    issuer = inst.head
    if issuer.lemma_.lower() not in ISSUING or issuer.pos_ != "VERB" or inst.dep_ not in ("dobj", "nsubjpass"):
        return None
    return issuer


def passive_issuer(verb):
    """ "The decree suspending all flights was signed by the minister" (evargs14): the parser makes the participle the
    passive's clausal subject and the instrument the participle's own subject; the signing verb is the issuer."""
    inst = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if inst is None or inst.lemma_.lower() not in INSTRUMENTS or inst.pos_ != "NOUN":
        return None
    issuer = verb.head
    return issuer if issuer.lemma_.lower() in ISSUING and issuer.pos_ == "VERB" else None


def decree_doer(verb, index) -> list:
    """Who signed or issued the instrument whose clause ``verb`` is: the act it orders is theirs."""
    from .arguments import phrase_actors, subject_of
    issuer = decree_issuer(verb)
    if issuer is None:
        return []
    subj, dep = subject_of(issuer)
    held = [subj] if subj is not None and dep == "nsubj" else [
        o for c in issuer.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [(h, i) for t in held for h, i in phrase_actors(t, index) if h.type != "place"]


def decree_tokens(found, index) -> set[int]:
    """The acts of signed or issued instruments (kept out of the signing's content)."""
    return {f.token.i for f in found if f.kind == "verb" and decree_doer(f.token, index)}


def decreed_from(doc, first: int) -> bool:
    """The date phrase starting at token ``first`` is a "from <date>" inside the act an instrument orders ("signed a
    decree suspending flights to X from July 8"): when the measure applies, not when it was ordered (read by
    `effect_dates.takes_effect`, so the signing's day times the act)."""
    if first < 1 or doc[first - 1].lower_ not in ("from", "starting"):
        return False
    t = doc[first - 1]
    for _ in range(4):
        if t.pos_ == "VERB" and decree_issuer(t) is not None:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
