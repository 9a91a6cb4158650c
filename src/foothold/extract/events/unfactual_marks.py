"""Words around a trigger that mark it unfactual: its own dependents ("not", "may", "if", "any", "possible")
and the heads its clause hangs on ("seeks to", "intends to", "Were X to", "will not allow X to").

Read by `unfactual.first_unfactual_reason`; each check returns a reason (as `modality.why_not_factual` names them)
or None, and the first in its table's order wins.
"""

from __future__ import annotations

from .past_plans import past_plan
from .modality import (FORECASTING, FUTURE, GENERALISING_ADVERBS, GENERIC_DETS, HABITUAL_ADJECTIVES,
                       HABITUAL_ADVERBS, INTENTION_GOVERNORS, IRREALIS_ADJECTIVES, IRREALIS_GOVERNORS, MADE_TO,
                       MODALS, refusing)


def is_verb(trigger) -> bool:
    """The trigger is a verb (or an auxiliary acting as one)."""
    return trigger.pos_ in ("VERB", "AUX")


def is_noun(trigger) -> bool:
    """The trigger is a common or proper noun."""
    return trigger.pos_ in ("NOUN", "PROPN")


def has_to_marker(verb) -> bool:
    """The verb is an infinitive: it has "to" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_modal(verb) -> bool:
    """The verb has a modal auxiliary ("may", "could", "will" ...)."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def is_negation(token) -> bool:
    """The token negates its head ("not", "n't", "never")."""
    return token.dep_ == "neg" or token.lower_ in ("never", "not", "n't")


def marked_by_a_dependent(trigger) -> str | None:
    """The first of the trigger's dependents that marks it negated, future, hypothetical, habitual or generic."""
    for c in trigger.children:
        for check in _DEPENDENT_CHECKS:
            reason = check(c, trigger)
            if reason is not None:
                return reason
    return None


def governed_by_unfactual(trigger) -> str | None:
    """Up to six heads up the trigger's clause, the first governor that makes it unfactual (an irrealis or
    intending verb, an inverted or "if" condition, a forecast, a refused permission)."""
    t = trigger
    for _ in range(6):
        for check in _GOVERNOR_CHECKS:
            reason = check(t, trigger)
            if reason is not None:
                return reason
        if t.dep_ in ("acomp",) or t.head.i == t.i:
            break
        t = t.head
    return None


# ---- shapes read on one dependent of the trigger (marked_by_a_dependent) ----

def _negating_dependent(c, trigger) -> str | None:
    """A negation: "did not meet"."""
    return "negated" if is_negation(c) else None


def _future_auxiliary(c, trigger) -> str | None:
    """A future auxiliary on an unnegated trigger: "we will consult", "Iran will retaliate": a stated intention."""
    if c.dep_ == "aux" and c.lower_ in FUTURE and not any(is_negation(n) for n in trigger.children):
        return "future"
    return None


def _modal_auxiliary(c, trigger) -> str | None:
    """A modal auxiliary: "may attack"."""
    return "hypothetical" if c.dep_ == "aux" and c.lower_ in MODALS else None


def _condition_marker(c, trigger) -> str | None:
    """A conditional marker: "if", "unless", "whether"."""
    return "hypothetical" if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") else None


def _habitual_adverb(c, trigger) -> str | None:
    """A habitual adverb ("often", "usually"), or on a verb a generalising one ("mainly", "mostly")."""
    if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
        return "habitual"
    if c.dep_ == "advmod" and c.lower_ in GENERALISING_ADVERBS and is_verb(trigger):
        return "habitual"
    return None


def _generic_determiner(c, trigger) -> str | None:
    """A noun under a generic determiner: "any attack", "all strikes"."""
    if c.dep_ in ("det", "predet") and (c.lower_ in GENERIC_DETS or c.lower_ == "all") and is_noun(trigger):
        return "generic"
    return None


def _irrealis_adjective(c, trigger) -> str | None:
    """A noun under an irrealis adjective: "a possible visit", "the planned meeting"."""
    return "hypothetical" if c.dep_ == "amod" and c.lower_ in IRREALIS_ADJECTIVES and is_noun(trigger) else None


def _habitual_adjective(c, trigger) -> str | None:
    """A noun under a habitual or superlative adjective: "the continued offensive", "ISIS's deadliest attacks": a
    course, a ranking."""
    if c.dep_ == "amod" and is_noun(trigger) and (c.lower_ in HABITUAL_ADJECTIVES or c.tag_ == "JJS"):
        return "habitual"
    return None


# ---- shapes read on a head t of the trigger's clause (governed_by_unfactual) ----

def _irrealis_governor(t, trigger) -> str | None:
    """The complement of an irrealis verb ("seek to", "continue to"); "will continue to sanction X" is a stated
    intention."""
    if t.dep_ == "xcomp" and t.head.lemma_ in IRREALIS_GOVERNORS:
        if t.head.lemma_ == "continue" and t.i == trigger.i and any(
                c.dep_ == "aux" and c.lower_ in FUTURE for c in t.head.children):
            return "future"
        return "habitual" if t.head.lemma_ == "continue" else "hypothetical"
    return None


def _inverted_condition(t, trigger) -> str | None:
    """An inverted condition: "Were Washington to lift the sanctions, ...", "Had Iraq paid the debt, ...", "Should
    the talks fail, ..."."""
    if t.i == t.sent.start and t.lower_ in ("were", "had", "should") and t.dep_ != "ROOT" \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return "hypothetical"
    if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.i == t.sent.start and c.lower_ in ("had", "should", "were")
                                 for c in t.children):
        return "hypothetical"
    return None


def _forecast_complement(t, trigger) -> str | None:
    """The infinitive a forecasting verb takes: "analysts expect Tehran to keep funding the group"."""
    if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_ in FORECASTING and has_to_marker(t):
        return "hypothetical"
    return None


def _withheld_permission(t, trigger) -> str | None:
    """ "will not allow the PKK to attack", "would never let Iran send weapons": what a refused or conditional
    permission or order would bring about has not happened."""
    if t.dep_ in ("xcomp", "ccomp") and t.i == trigger.i and t.head.lemma_ in MADE_TO | {"let"}:
        if any(is_negation(c) for c in t.head.children):
            return "negated"
        if has_modal(t.head):
            return "hypothetical"
    return None


def _intended_act(t, trigger) -> str | None:
    """The trigger is what an intending verb takes: "intends to provide a loan"."""
    if t.dep_ == "xcomp" and t.head.lemma_ in INTENTION_GOVERNORS and t.i == trigger.i:
        return "hypothetical" if past_plan(t.head) else "intention"     # "had planned to hold" (past_plans.py)
    return None


def _refused_gerund(t, trigger) -> str | None:
    """A gerund a refusing verb takes: "has ruled out sending its own troops", "denied carrying out the strike"."""
    if t.i == trigger.i and t.dep_ in ("advcl", "xcomp", "pcomp") and t.tag_ == "VBG" and refusing(t.head):
        return "negated"
    return None


def _intention_read_as_adverbial(t, trigger) -> str | None:
    """ "offered in July to send troops": the parser's advcl after a date is the intended act."""
    if t.dep_ == "advcl" and t.head.lemma_ in INTENTION_GOVERNORS and t.i == trigger.i and has_to_marker(t) \
            and not any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children):
        return "intention"
    return None


def _noun_inside_an_intention(t, trigger) -> str | None:
    """ "agreed to meet again at the summit": the summit is the intended act's."""
    if t.dep_ == "xcomp" and t.head.lemma_ in INTENTION_GOVERNORS and is_noun(trigger):
        return "hypothetical"
    return None


def _readiness(t, trigger) -> str | None:
    """ "is ready/willing/prepared to": a stated intention."""
    if t.dep_ == "xcomp" and t.head.lower_ in ("willing", "ready", "prepared") and t.i == trigger.i:
        return "intention"
    return None


def _if_clause(t, trigger) -> str | None:
    """An "if" or "unless" clause, the trigger's own or one it sits inside."""
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children) and t.i != trigger.i:
        return "hypothetical"
    return None


_DEPENDENT_CHECKS = (_negating_dependent, _future_auxiliary, _modal_auxiliary, _condition_marker, _habitual_adverb,
                     _generic_determiner, _irrealis_adjective, _habitual_adjective)

_GOVERNOR_CHECKS = (_irrealis_governor, _inverted_condition, _forecast_complement, _withheld_permission,
                    _intended_act, _refused_gerund, _intention_read_as_adverbial, _noun_inside_an_intention,
                    _readiness, _if_clause)
