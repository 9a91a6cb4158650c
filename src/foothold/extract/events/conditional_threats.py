"""A stated future of harm bound to a condition: an ultimatum (issue 8, evstmt2; PLOVER THREATEN).

"The spokesman said the factions would resume their attacks if the foreign troops had not left by the end of the
year", "said the fighters will strike the convoys unless the blockade is lifted": a speaker telling what an unnamed
group will do to others, bound to what those others must do first, warns them (PLOVER THREATEN, CAMEO 13 "threaten
... with ... an ultimatum"). `speech.future_type` reads a stated future as the speaker's own side's act only when its
subject is a pronoun or names the speaker's side; a subject that names no party at all ("the factions", "the
fighters", "our men") with such a condition is read here. A subject naming another party ("said Chile would strike
if ...") stays a prediction, and an unconditioned future ("said the factions would resume attacks") stays unread.
Read in `speech.future_type`.
"""

from __future__ import annotations

from .triggers import listed_sense, noun_trigger, phrase_at

CONDITION_MARKS = frozenset({"if", "unless"})


def condition_clause(verb):
    """The "if ..." / "unless ..." clause hung on the future verb, or None."""
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)), None)


def _harm_named(lex, verb, skip: set[int]) -> bool:
    """The clause of ``verb`` (the condition left out) names a conflict act: a phrase, a verb in its listed sense, an
    event noun ("would resume their attacks", "will strike the convoys")."""
    for t in verb.subtree:
        if t.i in skip:
            continue
        phrase = phrase_at(t.sent, t.i, lex)
        if phrase is not None:
            trig = phrase.trigger
        elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.verbs:
            trig = lex.verbs[t.lemma_.lower()]
            if not listed_sense(t, t.lemma_.lower(), lex):
                continue
        else:
            hit = noun_trigger(t, lex)
            trig = hit[0] if hit is not None else None
        if trig is not None and lex.quads.get(trig.type, "").endswith("conflict"):
            return True
    return False


def conditional_threat(lex, verb, subj, named: bool) -> bool:
    """``verb`` (a stated future, not negated) of a subject naming no party (``named`` false) names harm bound to an
    "if" or "unless" clause: an ultimatum."""
    if named or subj is None or subj.pos_ == "PRON" or any(c.dep_ == "neg" for c in verb.children):
        return False
    cond = condition_clause(verb)
    if cond is None:
        return False
    return _harm_named(lex, verb, {t.i for t in cond.subtree} | {t.i for t in subj.subtree})
