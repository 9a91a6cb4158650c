"""A base opened abroad (issue 8, evrecall2; vocabulary in data/landings.yaml): "Turkey opened its largest foreign
military base in Mogadishu", "the French army established a garrison at Gao". Stationing forces abroad is a military
deployment: PLOVER MOBILIZE troops. Only a reported act told actively with a base noun as object, opened by a state,
a fighting body, or with a military mark on the base ("opened a naval base"); "would open talks" or "opened a new
office" are no deployment (plover.yaml has no `open` entry: a listed-object gate there read futures as threats)."""

from __future__ import annotations

from .arguments import is_passive, subject_of
from .cameo import reported
from .landings import armed_subject, landing_words
from .lexicon import Trigger

DEPLOYMENT = Trigger(type="MOBILIZE", mode="troops", sphere="military")
STATE_ENTITIES = {"GPE", "NORP", "country"}


def opened_base(verb, words):
    """The base noun the verb opens ("opened its largest foreign military base"), or None."""
    return next((o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in words.base_nouns), None)


def military_base(verb, base, lex, words) -> bool:
    """The base is a military one: marked so ("naval base") or opened by a state or a fighting body."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.military_marks for c in base.children):
        return True
    subj, _ = subject_of(verb)
    return subj is not None and (subj.ent_type_ in STATE_ENTITIES or armed_subject(verb, lex, words))


def base_trigger(verb, lex) -> Trigger | None:
    """MOBILIZE troops for a reported opening of a military base, else None."""
    words = landing_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.base_verbs or is_passive(verb) \
            or not reported(verb):
        return None
    base = opened_base(verb, words)
    if base is None or not military_base(verb, base, lex, words):
        return None
    return DEPLOYMENT
