"""Forces coming ashore (issue 8, evrecall2; vocabulary in data/landings.yaml): "Argentine forces landed near
Stanley", "marines landed on the beach north of the port". An invasion landing is an offensive move onto ground held
by another: PLOVER ASSAULT offensive (CAMEO 190 "use conventional military force"), as an armed body entering a town
is (events/entry.py). Only a fighting body told actively and reported; a landing at an airport or base is a flight's
arrival (a deployment, left to the other readings), and a munition landing is events/munitions.py's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .arguments import is_passive, subject_of
from .cameo import reported
from .entry import UNARMED_ROLES
from .lexicon import Trigger

LANDINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "landings.yaml"
LANDING = Trigger(type="ASSAULT", mode="offensive", sphere="military")
PLACE_ENTITIES = {"GPE", "LOC", "FAC", "place", "country"}


@dataclass(frozen=True)
class LandingWords:
    landing_verbs: frozenset[str]
    landing_bodies: frozenset[str]
    landing_preps: frozenset[str]
    air_arrivals: frozenset[str]
    base_verbs: frozenset[str]
    base_nouns: frozenset[str]
    military_marks: frozenset[str]


@lru_cache(maxsize=2)
def landing_words(path: str | None = None) -> LandingWords:
    """data/landings.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or LANDINGS_PATH, LandingWords, "landings")


def armed_subject(verb, lex, words: LandingWords) -> bool:
    """The verb's subject is a fighting body by its head noun ("Argentine forces", "the marines"), not a
    peacekeeping or relief unit."""
    subj, dep = subject_of(verb)
    if subj is None or dep != "nsubj":
        return False
    heads = [subj, *subj.conjuncts]
    if any(c.lower_ in UNARMED_ROLES for h in heads for c in h.children):
        return False
    bodies = (lex.fighting_bodies - {"group"}) | words.landing_bodies
    return any(h.lemma_.lower() in bodies for h in heads)


def _shore(noun, words: LandingWords) -> bool:
    """Where they came ashore: a named place or a common noun that is no airfield."""
    if noun.lemma_.lower() in words.air_arrivals or any(
            c.dep_ == "compound" and c.lemma_.lower() in words.air_arrivals for c in noun.children):
        return False
    return noun.pos_ in ("PROPN", "NOUN") and (noun.ent_type_ in PLACE_ENTITIES or noun.pos_ == "NOUN")


def came_ashore(verb, words: LandingWords) -> bool:
    """The verb names where the landing was: a landing preposition with a shore, and no object carried ("landed
    soldiers in X" is a transport)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in words.landing_preps and _shore(o, words)
               for c in verb.children for o in c.children if o.dep_ == "pobj")


def landing_trigger(verb, lex) -> Trigger | None:
    """ASSAULT offensive for a fighting body's reported landing somewhere on the ground, else None."""
    words = landing_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.landing_verbs or is_passive(verb) \
            or not reported(verb):
        return None
    if not armed_subject(verb, lex, words) or not came_ashore(verb, words):
        return None
    return LANDING
