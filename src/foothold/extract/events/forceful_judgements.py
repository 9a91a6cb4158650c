"""An act called force or coercion is an accusation (issue 8, evtypes9).

Shape: a characterizing verb ("call", "describe", "brand", "term" ...) whose judgement, the object predicate or the
object of "as", is a noun the lexicon reads as an act of force or coercion (plover.yaml nouns typed ASSAULT or COERCE:
"blockade", "occupation", "invasion", "massacre"). Own example: "The governor of Tacna called the closure a blockade and
asked Lima to respond." -- the governor accuses (PLOVER ACCUSE: "accuse, criticize, denounce"), whatever the rest of
the sentence asks: the judgement types the statement (as `judged_words` has it for cue words), where before the
sentence's later words ("asked Lima to respond") typed it REQUEST. The read half's golds code "called X a blockade",
"called it a terrorist act", "described the drone attack as a declaration of war", "called the killing an attack on
free expression" ACCUSE. `monitor.harm_judgement` (an act of force "on"/"against" someone) reads the same judged nouns.
Read by `speech.statement_reading` when no cue typed the judgement.
"""

from __future__ import annotations

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def judged_nouns(verb) -> list:
    """What ``verb`` calls its object: the object predicate, its clause's object, or the object of "as"."""
    judged = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    judged += [d for c in judged for d in c.children if c.dep_ in ("oprd", "xcomp", "ccomp") and d.dep_ == "dobj"]
    judged += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    judged += [o for d in verb.children if d.dep_ == "dobj" for c in d.children if c.dep_ == "prep" and c.lower_ == "as"
               for o in c.children if o.dep_ == "pobj"]
    return judged


def force_noun(lex, tok) -> bool:
    """``tok`` is a noun the lexicon types as an act of force or coercion."""
    trig = lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    return trig is not None and trig.type in FORCE_TYPES


def judged_force(verb, lex) -> bool:
    """ "called it a blockade", "described the raid as an invasion": the object is judged an act of force."""
    return lex is not None and any(force_noun(lex, j) for j in judged_nouns(verb))
