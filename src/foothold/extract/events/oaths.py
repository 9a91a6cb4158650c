"""Oaths of office (issue 8, evcand5): "the king swore Solberg in at the palace", "President X administered the oath
of office to Y". Swearing a person in, or administering the oath to them, installs them in office (PLOVER SUPPORT
appointment, as plover.yaml's phrases "swore in" / "sworn in", which match only with the particle next to the verb).
Read here: the verb "swear" with its particle "in" after the sworn person, and an administering verb whose object is
an oath ("administered the oath", "administered the oath of office to X"); the one sworn in is the target. Taking the
oath oneself ("X took the oath of office") is the anchor of a term, not read here."""

from __future__ import annotations

from .lexicon import Trigger

SWEARING = frozenset({"swear"})
ADMINISTERING = frozenset({"administer"})
OATH_NOUNS = frozenset({"oath"})
SWORN_IN = Trigger(type="SUPPORT", mode="appointment", sphere="political", target_types=("person",))


def oath_of_office(verb) -> Trigger | None:
    """SUPPORT appointment for "swore X in" and "administered the oath (to X)", else None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in SWEARING:
        sworn = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        particle = [c for c in verb.children if c.lower_ == "in" and c.dep_ in ("prt", "prep")
                    and not any(o.dep_ == "pobj" for o in c.children)]      # "swore X in", not "swore in court"
        return SWORN_IN if sworn and particle and sworn[0].i < particle[0].i else None
    if lemma in ADMINISTERING:
        return SWORN_IN if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OATH_NOUNS
                               for c in verb.children) else None
    return None
