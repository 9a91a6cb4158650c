"""A speaker telling its own side's material act reports that act, whatever cue its words hold (issue 8, evtypes2).

"The army said on Wednesday that its troops had struck 'terrorist cells' hiding in the hills": the statement's
news is the strike, done by the speaker's own side (PLOVER ASSAULT, the speaker's claim of its act), not an
accusation read from the cue "terrorist" in the object. So a statement whose complement clause is headed by a
material trigger (plover.yaml verbs of a material quad), told as done (past, own subject, not negated), whose
subject is the speaker's own side (`speakers.own_side_subject`: "its troops", "it", a party the speaker is or
belongs to) makes no statement event of its own: like an uncued statement, it sources the act it reports
(`candidates.said_tokens`). Read by `speech.typed_statement` and `speech.statement_reading`.
"""

from __future__ import annotations

from .index import DocIndex
from .tense import done


def own_act_clause(lex, speech, index: DocIndex | None):
    """The complement clause of ``speech`` telling the speaker's own side's done material act, or None."""
    if index is None:
        return None
    from .speakers import own_side_subject    # speakers imports speech's neighbours: read at call time
    for clause in speech.children:
        if clause.dep_ != "ccomp" or clause.i < speech.i:
            continue
        trig = lex.verbs.get(clause.lemma_.lower())
        if trig is None or not lex.quads.get(trig.type, "").startswith("material"):
            continue
        if any(c.dep_ == "neg" for c in clause.children) or not done(clause):
            continue
        if said_verbal_act(lex, clause):
            continue          # "had targeted 'terrorist groups', which they accused of ...": the accusation is said
        if own_side_subject(lex, clause, speech, index):
            return clause
    return None


def said_verbal_act(lex, clause) -> bool:
    """A verb of a verbal type (plover.yaml: accuse, blame, warn, urge ...) inside the clause: the statement says an
    act of words of its own beside the material one."""
    for t in clause.subtree:
        if t.i == clause.i or t.pos_ != "VERB":
            continue
        trig = lex.verbs.get(t.lemma_.lower())
        if trig is not None and lex.quads.get(trig.type, "").startswith("verbal") and trig.type not in (
                "CONSULT", "SUPPORT", "AGREE", "COOPERATE"):
            return True
    return False
