"""What the learned event-type corrector (typer.py) reads of an event the rules made: a bag of feature strings of
its trigger and arguments. Training (bench/train_event_typer.py) and extraction read them through this same
function, so the model sees at run time exactly what it was trained on.

The marks: the rules' type and mode, the reading's kind (verb, noun, speech, light verb), the trigger lemma (alone
and with the rules' type), its dependency label and head lemma, the lemmas of its object and of each preposition's
object with the actor types they name, the noun of a light verb, the source and target actor types, the CAMEO
(PETRARCH2) reading of a verb trigger, its negation / modality marks and the verb it hangs on as a complement."""

from __future__ import annotations

from .cameo import lookup as cameo_lookup
from .learned_features import MODALS, _actor_in

OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "ccomp", "xcomp")


def _content_marks(verb) -> list[str]:
    """Marks of a said clause's verb: its modal or perfect auxiliary, a negation, its object and complement."""
    out = []
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            out.append(f"content_aux={c.lower_ if c.lower_ in MODALS else c.lemma_.lower()}")
        elif c.dep_ == "neg":
            out.append("content_neg")
        elif c.dep_ in ("dobj", "acomp", "attr", "xcomp"):
            out.append(f"content_{c.dep_}={c.lemma_.lower()}")
    return out


def event_marks(ev, tok, kind: str, noun, index) -> list[str]:
    """The bag of feature strings of one event: ``tok`` its trigger token, ``noun`` a light verb's noun (or None)."""
    lemma = tok.lemma_.lower()
    rule = ev.type
    out = ["bias", f"rule={rule}", f"rule_mode={rule}/{ev.mode}", f"kind={kind}", f"rule_kind={rule}|{kind}",
           f"lemma={lemma}", f"lemma_rule={lemma}|{rule}", f"dep={tok.dep_}", f"head={tok.head.lemma_.lower()}",
           f"pos={tok.pos_}"]
    if noun is not None and noun.i != tok.i:
        out += [f"noun={noun.lemma_.lower()}", f"noun_rule={noun.lemma_.lower()}|{rule}"]
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            out.append(f"obj={c.lemma_.lower()}")
            if c.dep_ == "ccomp":       # what a speaker said: its modality, negation and its own object
                out += _content_marks(c)
            if c.dep_ in ("dobj", "attr", "dative") and (kind_ := _actor_in(c, index)) is not None:
                out.append(f"obj_actor={kind_}")
        elif c.dep_ in ("prep", "agent"):
            prep = c.lower_
            out.append(f"prep={prep}")
            for o in c.children:
                if o.dep_ == "pobj":
                    out.append(f"pobj={prep}:{o.lemma_.lower()}")
                    if (kind_ := _actor_in(o, index)) is not None:
                        out.append(f"pobj_actor={prep}:{kind_}")
        elif c.dep_ in ("amod", "compound") and tok.pos_ in ("NOUN", "PROPN"):
            out.append(f"mod={c.lemma_.lower()}")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            out.append("modal")
        elif c.dep_ == "neg":
            out.append("negated")
    if tok.dep_ == "xcomp":
        out.append(f"governor={tok.head.lemma_.lower()}")
    for role, ids in (("src", ev.source), ("tgt", ev.target)):
        types = sorted({index.actor_type.get(a) or "other" for a in ids})
        out += [f"{role}={t}" for t in types] or [f"{role}=none"]
    out += [f"rule_src={rule}|{t}" for t in sorted({index.actor_type.get(a) or "other" for a in ev.source})]
    if ev.negated:
        out.append("ev_negated")
    if ev.hypothetical:
        out.append("ev_hypothetical")
    if ev.sphere:
        out.append(f"sphere={ev.sphere}")
    if tok.pos_ == "VERB" and (reading := cameo_lookup(tok)) is not None:
        out += [f"cameo={reading.type}", f"cameo_code={reading.code[:2]}", f"cameo_rule={reading.type}|{rule}"]
    return out


def event_features(ev, tok, kind: str, noun, index) -> dict[str, float]:
    """The features of one event: its bag of marks, each of value 1."""
    return dict.fromkeys(event_marks(ev, tok, kind, noun, index), 1.0)
