"""Event nouns derived from the trigger verbs: "the annexation of Crimea", "the release of 50 prisoners".

A noun the lexicon does not list is read as the nominalisation of a listed verb when a derivational
suffix taken off its lemma leaves that verb ("condemnation" -> condemn, "confiscation" -> confiscate,
"withdrawal" -> withdraw, "shipment" -> ship, "delivery" -> deliver, "shooting" -> shoot) and the noun
names what was acted on in an of-phrase ("the X of Y"), the mark of an event noun rather than a
name for a thing or a habit. The verb's sense checks carry over where they can: a verb listed only
for some objects ("closed the border") needs one of them as the of-object. The suffix rules, the
verbs that are their own noun ("the release of", "the capture of") and the verbs whose of-object is the doer
("the withdrawal of U.S. troops") are in data/plover.yaml `nominal`.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon, Trigger


def verb_bases(word: str, suffixes) -> list[str]:
    """Verb lemmas a noun may derive from by the suffix rules (strip, add), undoubling a final
    consonant ("stabbing" -> stab): 'condemnation' -> ['condemn', ...]."""
    out = []
    for strip, add in suffixes:
        if word.endswith(strip) and len(word) - len(strip) >= 3:
            stem = word[: len(word) - len(strip)]
            out.append(stem + add)
            if not add and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                out.append(stem[:-1])
    return out


def of_object(noun):
    """The object of the noun's of-phrase ("the release of [prisoners]"), or None."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


def derived_trigger(noun, lex: Lexicon) -> Trigger | None:
    """The trigger of the listed verb ``noun`` nominalises (see the module doc), or None."""
    nom = lex.nominal
    if nom is None or noun.pos_ != "NOUN":
        return None
    word = noun.lemma_.lower()
    if word in lex.nouns or noun.lower_ in lex.nouns or word in nom.exclude:
        return None
    obj = of_object(noun)
    if obj is None:
        return None
    verb = None
    for base in verb_bases(word, nom.suffixes):
        if base in lex.verbs and base != word:
            verb = base
            break
    if verb is None and word in lex.verbs and word in nom.zero:
        verb = word                                   # "the release of", "the capture of"
    if verb is None:
        return None
    trig = lex.verbs[verb]
    if trig.only_objects and not trig.actor_objects and not (
            obj.lemma_.lower() in trig.only_objects or obj.lower_ in trig.only_objects):
        return None
    return replace(trig, noun=True, of="source" if verb in nom.doer_of else "target", needs_actor=True,
                   needs_prep=(), needs_object=False, no_object=False, actor_subject=False, needs_agent=False,
                   only_objects=(), actor_objects=(), needs_nonactor_object=False)


def aimed_at(noun, lex: Lexicon) -> bool:
    """The noun names what a verb aims at, not an act reported: the object (or for-object) of a verb that
    does not tell it happening ("accelerate the withdrawal of U.S. forces", "provided for the withdrawal",
    "called for the withdrawal"; not "completed the withdrawal", "announced the withdrawal")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in lex.aspect_verbs | {"announce", "order"}
