"""An act told in a "whose" relative clause describes the antecedent by what its people or things did (issue 8,
spurious4): "Prigozhin, whose fighters captured Bakhmut in May, has demanded ...", "Hezbollah, whose fighters
attacked American troops until 2011", "two commanders whose forces are attacking El Fasher", "the bloc, whose
mediator negotiated the charter". The clause says who the antecedent is; the sentence reports something else. No
tuning gold codes such a clause (five documents in three sets). A passive clause tells what was done to the
antecedent's thing ("an operator whose compound was raided on 12 March" is the raid, coded) and stays, and so does a
clause dated to the day ("whose troops seized the town on Tuesday"), as `subject_relatives` keeps it.
"""

from __future__ import annotations

from .subject_relatives import DAY_WORDS

SUBJECT_DEPS = ("nsubj", "csubj")


def whose_description(trigger) -> str | None:
    """ "description" when the trigger heads an active relative clause whose subject is a "whose" phrase."""
    if trigger.dep_ != "relcl" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not any(c.lower_ == "whose" for c in subject.children):
        return None
    if any(t.ent_type_ == "TIME" or t.lower_ in DAY_WORDS for t in trigger.subtree):
        return None
    return "description"
