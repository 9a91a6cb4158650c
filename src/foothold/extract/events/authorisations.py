"""Acts and parties authorised (issue 8, evcand12; data/authorised_acts.yaml): "Uruguay's government authorised the
Finnish company Botnia to build a pulp mill", "Vázquez authorised Botnia to start production", "the Security Council
authorised a multinational security mission led by Kenya". The PLOVER manual's SUPPORT covers approving "policy,
action, or actor"; CAMEO puts AUTHORISE in the ALLOW block with APPROVE, which plover.yaml codes SUPPORT. Read on an
authorising verb told as done (past, or a perfect), unnegated, in the active voice, with either a named party as its
object and a to-infinitive (the party authorised is the target), or an object that is a mission or a force (whoever
its phrase names, "led by Kenya", is the target). An authorised event noun ("authorised the deployment of troops") is
its own act (MOBILIZE there) and is not read here; nor is a party authorised with no act told ("authorised the
company"), nor an unnamed one ("authorised district magistrates to order ...")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .cameo import reported
from .lexicon import Trigger

AUTHORISED_PATH = Path(__file__).resolve().parents[2] / "data" / "authorised_acts.yaml"
APPROVED = Trigger(type="SUPPORT", mode="endorse", sphere="political", needs_target=True)


@dataclass(frozen=True)
class AuthorisedWords:
    authorising_verbs: frozenset[str]
    authorised_bodies: frozenset[str]
    expecting_verbs: frozenset[str]
    duty_verbs: frozenset[str]
    granted_passives: frozenset[str]


@lru_cache(maxsize=2)
def authorised_words(path: str | None = None) -> AuthorisedWords:
    """data/authorised_acts.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or AUTHORISED_PATH, AuthorisedWords, "authorised acts")


def to_infinitive(verb):
    """The to-infinitive complement of ``verb`` ("authorised X to build": build), or None."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > verb.i
                 and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
                None)


def authorised(verb) -> Trigger | None:
    """SUPPORT endorse for "authorised <named party> to V" and "authorised a mission led by X", else None."""
    words = authorised_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.authorising_verbs or not reported(verb):
        return None
    if any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in words.authorised_bodies:
        # "a mission led by Kenya", "a force of 2,000 Kenyan police": a party named in the phrase
        named = any(t.pos_ == "PROPN" for t in obj.subtree if t.i != obj.i)
        return APPROVED if named and obj.lemma_.lower() != "deployment" else None
    # a name as object, or set beside its common noun ("the company Botnia", parsed as an apposition or a second
    # object)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
    party = next((o for o in objs if o.pos_ == "PROPN" or o.text[:1].isupper() and o.i > 0
                  and not o.is_sent_start), None)
    if party is None or to_infinitive(verb) is None:
        return None
    return APPROVED
