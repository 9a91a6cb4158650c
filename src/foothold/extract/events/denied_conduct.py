"""Conduct denied in what is said (issue 8, statements3).

"The army has said it does not target journalists", "the ministry said its forces did not fire on the protesters",
"the group said it had never attacked civilians": a statement that the speaker's own side does not do, or did not
do, a hostile act (a conflict trigger of the lexicon) denies that conduct, PLOVER REJECT ("deny responsibility";
denials.py reads the "which Y denies" answer). Only a plain present or past: a negated future ("will not attack")
is a promise or a refusal read by futures and refusals, a modal ("could not attack") is no denial; another party
as the subject ("said the rebels did not attack") is a report."""

from __future__ import annotations

from .index import DocIndex
from .own_bodies import unnamed_own_body
from .speakers import own_side_subject, speaker_sides
from .triggers import light_verb_noun

NEGATIONS = {"not", "n't", "never"}
# a negated act under these is no plain denial of conduct: a future, a modal, a wish
UNPLAIN_AUX = {"will", "'ll", "shall", "would", "'d", "wo", "could", "can", "ca", "may", "might", "must", "should",
               "need", "to"}


def _conflict_act(lex, verb) -> bool:
    """The verb names a hostile act: a conflict verb of the lexicon, or a light verb carrying a conflict noun
    ("did not carry out the strike")."""
    trig = lex.verbs.get(verb.lemma_.lower())
    if trig is None and verb.lemma_.lower() in lex.light_verbs:
        carried = light_verb_noun(verb, lex)
        trig = carried[1] if carried is not None else None
    return trig is not None and lex.quads.get(trig.type, "").endswith("conflict")


def denied_conduct(lex, content, speech, index: DocIndex) -> bool:
    """What ``speech`` says (its clause ``content`` and the clauses conjoined to it) denies a hostile act of the
    speaker's own side."""
    if content is None or content.pos_ not in ("VERB", "AUX") or content.dep_ != "ccomp":
        return False
    return any(_denied_clause(lex, clause, speech, index) for clause in (content, *content.conjuncts)
               if clause.pos_ in ("VERB", "AUX"))


def _denied_clause(lex, clause, speech, index: DocIndex) -> bool:
    if not any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in UNPLAIN_AUX for c in clause.children):
        return False
    if not _conflict_act(lex, clause):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and (own_side_subject(lex, clause, speech, index)
                                 or unnamed_own_body(subj, speaker_sides(lex, speech, index), index))
