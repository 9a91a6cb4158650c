"""An announced act takes the sense its object gives, as the act told by itself does (issue 8, evtype2).

"announced that it had sent an additional battalion into X": the announcement is typed by the act it announces
(`speech.announced_act`); the verb's base sense (send: AID) is not the act when its object decides otherwise. The
objects' senses are plover.yaml's `by_object` entries, and forces sent are a deployment (PLOVER MOBILIZE), as
`material.object_sense` reads them for the verb itself."""

from __future__ import annotations

from dataclasses import replace

from .agents import TROOPS


def sense_by_object(trig, verb):
    """The trigger the verb's direct object selects (plover.yaml `by_object`, forces sent), else ``trig``."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemmas = {o.lemma_.lower() for o in objects}
    sense = next((t for objs, t in trig.by_object if lemmas & set(objs)), None)
    if sense is not None:
        return replace(trig, type=sense.type, mode=sense.mode, sphere=sense.sphere or trig.sphere)
    if trig.type == "AID" and lemmas & TROOPS:
        return replace(trig, type="MOBILIZE", mode="troops", sphere="military")
    return trig
