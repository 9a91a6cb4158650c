"""Phrasal verbs told with their object between the verb and its particle (issue 8, evcand8).

plover.yaml writes a phrasal verb as its two words ("turned down", "blew up", "rounded up", "sealed off", "ruled
out"), matched where the particle follows the verb. English puts a short object between them: "the office turned
him down", "the minister turned the idea down", "militants blew the bridge up", "police rounded the activists up",
"troops sealed the district off". The small parser labels the particle after the object `prt`, or as an adverb
(`advmod`) or a bare preposition with no object of its own.

``split_phrase(verb, phrases)`` gives the plover.yaml phrase of two words (a verb form and a particle of ``PARTICLES``)
and the particle token when the verb's direct object stands right after the verb and the particle right after the
object's last word (a withdrawal read without an object, "turned back", also when the object is the subject's own
force: "turned his fighters back", `own_force`); the phrase's own gates (``needs_object``, ``no_object``, ``only_objects`` ...) then read the verb
as they read the joined phrase. A particle starting a phrase of its own ("turned the car in the square", "cut the
supply off from X" read by the verbs) or a prepositional "in" with an object is no particle. Read in
``triggers.find_triggers`` after the shape triggers (``oaths.py`` keeps "swore X in").
"""

from __future__ import annotations

from dataclasses import replace

PARTICLES = frozenset({"down", "up", "back", "in", "off", "out", "over", "away", "together", "forward"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
FORCE_WORDS = frozenset({"troop", "force", "soldier", "fighter", "man", "column", "convoy", "army", "militia", "mercenary",
                         "unit", "contingent", "battalion", "brigade", "division", "warship", "ship", "vessel"})
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _particle(verb, after: int):
    """The verb's particle child standing at position ``after`` (a bare particle: no object of its own)."""
    for c in verb.children:
        if c.i == after and c.lower_ in PARTICLES and c.dep_ in PARTICLE_DEPS \
                and not any(o.dep_ == "pobj" for o in c.children):
            return c
    return None


def split_phrase(verb, listed):
    """(phrase, particle token) for "turned him down", "blew the bridge up", else None; ``listed`` are
    plover.yaml's phrases starting with the verb's word (``triggers._phrases_from``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    phrases = [ph for ph in listed if len(ph.words) == 2 and ph.head == 0 and ph.words[1] in PARTICLES]
    if not phrases:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    span = list(obj.subtree)
    if span[0].i != verb.i + 1 or len(span) > 6:
        return None             # the object right after the verb, short ("the idea", "him", "the two bridges")
    particle = _particle(verb, span[-1].i + 1)
    if particle is None:
        return None
    ph = next((p for p in phrases if p.words[1] == particle.lower_), None)
    if ph is not None and ph.trigger.no_object and own_force(obj, verb):
        ph = replace(ph, trigger=replace(ph.trigger, no_object=False))   # "turned his fighters back"
    return (ph, particle) if ph is not None else None


def own_force(noun, verb) -> bool:
    """The subject's own fighters ("his fighters", "its troops", "their columns"): a force noun held by a possessive
    pronoun that agrees with the subject in number. A withdrawal phrase read without an object ("the column turned back") is the same act when the leader
    turns his own force back; "turned the migrants back" (another's people) stays unread."""
    if noun.lemma_.lower() not in FORCE_WORDS:
        return False
    poss = next((c.lower_ for c in noun.children if c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if poss is None or subj is None:
        return False
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") \
        or any(c.dep_ == "conj" for c in subj.children)
    return plural == (poss == "their")      # "he turned his fighters back"; "Arce turned their columns back" is another's
