"""A relative clause dated in an earlier year than the report tells who a party (or what a thing) is, not an act.

"The Coordination Framework, which named Sudani prime minister in October 2022, clashed with Halbousi" in a report
of November 2023; "Rajapaksa, a former defence secretary who directed the army's final offensive in 2009, fled":
the clause on the party is its biography, told to say who it is. The conventions (bench/owndocs10 README:
"relative clauses ... 'which named X prime minister'" are background, not news) leave it uncoded, as
`modality.background_relative` does for a past perfect relative. Only a clause that carries its own date of a year
before the report's is read so: an undated relative clause, one of the report's year, one on an event noun ("the
bombing that killed 40 on February 14") or a report with no date keeps its act.
"""

from __future__ import annotations

from .triggers import noun_trigger


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
    """Whether the trigger tells a dated relative clause on a party or thing, of a year before the report's."""
    if explicit is None or not explicit.iso or published is None or not published.iso:
        return False
    clause = _relative_clause(token)
    if clause is None or noun_trigger(clause.head, lex) is not None:
        return False          # "the bombing that killed 40 on February 14": the event noun's own act
    if not any(t.i in date_tokens for t in clause.subtree):
        return False
    year, report_year = explicit.iso[:4], published.iso[:4]
    return year.isdigit() and report_year.isdigit() and int(year) < int(report_year)
