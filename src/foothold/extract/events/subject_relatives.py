"""An act told in a relative clause set off inside the subject of another verb is the subject's background.

"Norway, which brokered the deal, will lead the monitors", "X, who signed the accord last week, welcomed the
strikes", "Hamas, which has claimed several bombings, said it rejected the talks": the sentence reports what the
subject does now; the clause between commas describes who it is (the gold conventions: relative clauses are not
events). Only a past or present perfect clause opened by "who"/"which" after a comma, on the subject (or a name in
apposition to it) of a verb that follows, is read so: a relative on an object ("blamed X, which denied it") can be
that party's answer, and restrictive clauses ("the town that troops retook") are left alone.
"""

from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUNS = ("who", "which")
PERFECT_AUX = ("has", "have", "had", "'s", "'ve", "'d")


def enclosing_relative(token):
    """The nearest relative clause verb at or above the token, or None."""
    for t in (token, *token.ancestors):
        if t.dep_ == "relcl":
            return t
    return None


def _set_off_pronoun(verb):
    """The clause's subject pronoun "who"/"which" right after a comma, or None."""
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS), None)
    if pronoun is None or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    return pronoun


def _past_or_perfect(verb) -> bool:
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _later_verb(antecedent):
    """The verb told after the clause whose subject the antecedent (or the name it is apposed to) is, or None."""
    noun = antecedent.head if antecedent.dep_ == "appos" else antecedent
    if noun.dep_ in SUBJECT_DEPS and noun.head.i > antecedent.i and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def in_subject_relative(trigger) -> bool:
    """The trigger lies in a past or perfect "who"/"which" clause set off inside a later verb's subject, before
    that verb (a verb after it the parser joined to the clause is the subject's own act: "X, which designated Y,
    condemned the attack and offered help")."""
    verb = enclosing_relative(trigger)
    if verb is None or _set_off_pronoun(verb) is None or not _past_or_perfect(verb):
        return False
    main = _later_verb(verb.head)
    return main is not None and trigger.i < main.i
