"""A said clause whose subject cannot be the one who goes on to speak.

"The court said the complaint lacked legal grounds but urged parliament to ...", "X said the attack targeted the
security of the people and ordered an inquiry", "The State Department said it condemned the raid and urged both
sides to ...": the parser hangs the subjectless verbal act after "and"/"but" on the said clause, as if the complaint
urged or the attack ordered. A happening or a document (an event noun: attack, strike, killing, complaint) does not
urge, order or announce, and the speaker's own "it"/"he"/"she"/"we" says the act is the speaker's either way; so
such a verbal act continues the narration whatever the said clause's tense (narrated.py reads the backshifted
tenses). A said clause whose subject is someone else ("said the rebels seized the town and demanded ...") keeps it.
"""

from __future__ import annotations

from .inquiries import opened_inquiry
from .lexicon import Lexicon
from .triggers import light_verb_noun, noun_trigger

SPEAKERS_OWN = {"it", "he", "she", "we"}      # "X said it condemned ...": the speaker named again
SUBJECTS = ("nsubj", "nsubjpass")


def mute_subject(lex: Lexicon, clause, verb) -> bool:
    """The said clause's subject is an event or a document, or the speaker's own pronoun with ``verb`` another
    kind of act than the clause's ("said it condemned X and urged Y"; "said it supported X and backed Y" is one
    stance told twice, the statement's content)."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return False
    if subj.lower_ in SPEAKERS_OWN:
        return _act_type(lex, verb) not in (None, _act_type(lex, clause))
    return subj.pos_ == "NOUN" and noun_trigger(subj, lex) is not None


def _act_type(lex: Lexicon, verb) -> str | None:
    trigger = lex.verbs.get(verb.lemma_.lower())
    return trigger.type if trigger is not None else None


def carried_verbal_act(lex: Lexicon, verb) -> bool:
    """A light verb carrying a verbal act ("lodged a complaint", "ordered an inquiry")."""
    if opened_inquiry(verb) is not None:
        return True
    if verb.lemma_.lower() not in lex.light_verbs:
        return False
    carried = light_verb_noun(verb, lex)
    return carried is not None and lex.quads.get(carried[1].type, "").startswith("verbal")
