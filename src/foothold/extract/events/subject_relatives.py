"""An act told in a relative clause set off inside the subject of another verb is the subject's background.

"Norway, which brokered the deal, will lead the monitors", "X, who signed the accord last week, welcomed the
strikes", "Hamas, which has claimed several bombings, said it rejected the talks": the sentence reports what the
subject does now; the clause between commas describes who it is (the gold conventions: relative clauses are not
events). Only a past or present perfect clause opened by "who"/"which" after a comma, on the subject (or a name in
apposition to it) of a verb that follows, is read so: a relative on an object ("blamed X, which denied it") can be
that party's answer, and restrictive clauses ("the town that troops retook") are left alone. Still news: a verbal
conflict act ("Jordan, which condemned the shelling, sent monitors": a stance reported), a clause dated to the day
("The M23, which seized Goma on Tuesday, ..."), and a clause on a body that is no name ("Brazil's statement, which
criticised the embargo, ...").
"""

from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUNS = ("who", "which")
PERFECT_AUX = ("has", "have", "had", "'s", "'ve", "'d")
NAMED_ENTITIES = ("PERSON", "ORG", "NORP", "GPE", "FAC", "LOC")
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


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


def _still_news(verb) -> bool:
    """A stance told in the clause, a clause dated to the day, or an antecedent that is no name."""
    from .lexicon import load_lexicon        # here: the lexicon module imports the event modules' words
    lex = load_lexicon()
    trig = lex.verbs.get(verb.lemma_.lower())
    stance = trig is not None and lex.quads.get(trig.type) == "verbal_conflict"
    day = any(t.lower_ in DAY_WORDS for t in verb.subtree)
    head = verb.head
    named = head.pos_ == "PROPN" or head.ent_type_ in NAMED_ENTITIES
    return stance or day or not named


def in_subject_relative(trigger) -> bool:
    """The trigger lies in a past or perfect "who"/"which" clause set off inside a later verb's subject, before
    that verb (a verb after it the parser joined to the clause is the subject's own act: "X, which designated Y,
    condemned the attack and offered help")."""
    verb = enclosing_relative(trigger)
    if verb is None or _set_off_pronoun(verb) is None or not _past_or_perfect(verb) or _still_news(verb):
        return False
    main = _later_verb(verb.head)
    return main is not None and trigger.i < main.i
