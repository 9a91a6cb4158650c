"""Acts told with no one to receive them (issue 8, evtype), typed by PLOVER's definitions; vocabulary in
data/recipients.yaml.
- PLOVER SANCTION ("reductions in existing, routine, or cooperative relations") requires a recipient: a border
  closure aimed at no one ("the junta closed the country's borders", no other party named in the sentence) restricts
  movement, COERCE restrict. With another party in the sentence ("cut ties with X and closed its border") the
  closure is aimed at it, though its phrase does not name it.
- Combatants sent to a town or nowhere named deploy (MOBILIZE troops); sent to a state they aid it (AID requires a
  recipient).
- A weapon fired into open water or launched unarmed hits no one: a show of force, MOBILIZE weapons (PLOVER: "military
  posturing falls short of actual use of force"), not an ASSAULT."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from ..doc_tokens import span_tokens

RECIPIENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "recipients.yaml"
AIMING = {"into", "toward", "towards", "over"}     # where a weapon went ("killed three at sea" tells where they died)


@dataclass(frozen=True)
class RecipientWords:
    movement_closures: frozenset[str]
    open_waters: frozenset[str]
    harmless_weapons: frozenset[str]
    sent_combatants: frozenset[str]
    sent_materiel: frozenset[str]
    sending_verbs: frozenset[str]


@lru_cache(maxsize=2)
def recipient_words(path: str | None = None) -> RecipientWords:
    """data/recipients.yaml: lists of words, validated when loaded."""
    p = path or RECIPIENTS_PATH
    return read_word_sets(p, RecipientWords, "recipients")


def recipientless_type(etype: str, mode: str | None, targets: list[str], others_named: bool,
                       state_doer: bool = False) -> tuple[str, str | None]:
    """The type and mode of an act once its recipients are known."""
    if etype == "SANCTION" and mode in recipient_words().movement_closures and not targets and not others_named \
            and not state_doer:
        return "COERCE", "restrict"
    return etype, mode


def combatants_deployed(verb, etype: str, mode: str | None, index) -> tuple[str, str | None]:
    """ "sent fighters to Aleppo": combatants sent where no state or body receives them deploy (MOBILIZE troops);
    "sent patrol aircraft and minehunters to the Baltic Sea": warcraft so sent deploy (MOBILIZE weapons)."""
    words = recipient_words()
    if etype != "AID" or mode != "military" or verb.lemma_.lower() not in words.sending_verbs:
        return etype, mode
    sent = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    combatants = any(o.lemma_.lower() in words.sent_combatants for o in span_tokens(sent))
    if not combatants and not any(o.lemma_.lower() in words.sent_materiel for o in span_tokens(sent)):
        return etype, mode
    received = [index.actor_at(o.i) for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into")
                for o in p.children if o.dep_ == "pobj"]
    if any(h is not None and h.type in ("country", "organization") for h in received):
        return etype, mode             # "sent fighters to Syria": military aid to the state
    return ("MOBILIZE", "troops") if combatants else ("MOBILIZE", "weapons")


def others_in_sentence(sent, index, doers: list[str]) -> bool:
    """A party other than the doers is named in the sentence."""
    hits = (index.actor_at(t.i) for t in span_tokens(sent))
    return any(h is not None and h.actor not in doers and h.type in ("country", "organization", "person") for h in hits)


def show_of_force(verb, etype: str, mode: str | None) -> tuple[str, str | None]:
    """ "fired missiles into the sea near the island", "launched three unarmed drones toward the rig": no one hit."""
    if etype != "ASSAULT" or verb.pos_ != "VERB":
        return etype, mode
    words = recipient_words()
    weapons = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(a.dep_ == "amod" and a.lower_ in words.harmless_weapons for w in weapons for a in w.children):
        return "MOBILIZE", "weapons"
    if any(p.dep_ == "prep" and p.lower_ in AIMING and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in words.open_waters for o in p.children)
           for p in verb.children):
        # whoever the waters lie near, the weapon hit no one; a named sea ("test-fired a missile into the Sea of
        # Japan") is a place the act is told at, as an ASSAULT's scene (bench/newswire_sentences.txt)
        return "MOBILIZE", "weapons"
    return etype, mode
