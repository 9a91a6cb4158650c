"""A relative clause dated in an earlier year than the report tells who a party is, not the story's act.

"The Coordination Framework, which named Sudani prime minister in October 2022, clashed with Halbousi" in a report
of November 2023; "Rajapaksa, a former defence secretary who directed the army's final offensive in 2009, fled":
the clause on the party is its biography, told to say who it is. The conventions (bench/owndocs10 README:
"relative clauses ... 'which named X prime minister'" are background, not news) leave it uncoded, as
`modality.background_relative` does for a past perfect relative. Only a clause whose relative pronoun is its
subject (the party as doer) and that carries its own date of a year before the report's is read so. What was done
to the party ("Haider al-Abadi, who was appointed to his position in the summer of 2014": the seed codes it), an
undated relative clause, one of the report's year, one on an event noun ("the bombing that killed 40 on February
14") and a report with no date keep their act.
"""

from __future__ import annotations

from .triggers import noun_trigger

RELATIVE_TAGS = {"WDT", "WP"}      # who, which, that as the clause's subject: the party as doer


def _relative_clause(token):
    """The relative clause the trigger heads, or whose verb takes the trigger noun as object ("who directed the
    offensive"), or None."""
    verb = token
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj"):
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") else None


def past_relative(lex, token, explicit, published, date_tokens) -> bool:
    """Whether the trigger tells a dated relative clause on a party as doer, of a year before the report's."""
    if explicit is None or not explicit.iso or published is None or not published.iso:
        return False
    clause = _relative_clause(token)
    if clause is None or noun_trigger(clause.head, lex) is not None:
        return False          # "the bombing that killed 40 on February 14": the event noun's own act
    if not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children):
        return False          # "al-Abadi, who was appointed in 2014": what was done to the party (the seed codes it)
    if not any(t.i in date_tokens for t in clause.subtree):
        return False
    year, report_year = explicit.iso[:4], published.iso[:4]
    return year.isdigit() and report_year.isdigit() and int(year) < int(report_year)
