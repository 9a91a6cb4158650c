"""A party expected to do its duty is asked to (issue 8, evcand12; data/authorised_acts.yaml `expecting_verbs`,
`duty_verbs`, `granted_passives`): "Iran respects the laws of Iraq, and expects the Kurdistan Regional Government to
prevent armed groups from using its soil", "We expect our Iraqi friends not to allow their soil to be used against
their neighbours", "the Czech Republic expects its diplomats to be allowed to return". The gold sets code these as
REQUEST (PLOVER: "ask ... or demand"). A forecast is no request: "we expect Iraq to keep importing gas", "the monitor
expects the fighting to widen", "few expected him to lose" name no duty. Read on an expecting verb in the active voice,
unnegated, whose complement has its own subject and is a to-infinitive that is negated, a duty verb, or a passive of a
granted act; the complement's subject names whom it asks (`targets.aimed_targets`)."""

from __future__ import annotations

from .authorisations import authorised_words
from .lexicon import Trigger

EXPECTED_DUTY = Trigger(type="REQUEST", mode="demand", sphere="political", actor_subject=True)


def expected_duty(verb) -> Trigger | None:
    """REQUEST demand for "X expects Y to <duty>", else None."""
    words = authorised_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.expecting_verbs:
        return None
    if verb.tag_ in ("VBN", "VBG") or any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return None         # "is expected to", "not expecting X to ..."
    for c in verb.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.i < verb.i:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        if not any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in c.children):
            continue        # "expects to sign": the subject's own plan
        lemma = c.lemma_.lower()
        passive = any(a.dep_ == "auxpass" for a in c.children)
        if any(a.dep_ == "neg" for a in c.children) or (lemma in words.granted_passives if passive
                                                          else lemma in words.duty_verbs):
            return EXPECTED_DUTY
    return None
