"""A speaker's next act the parser hung inside what the speaker said: "The United States said Serbia had massed troops
near the border and called on Belgrade to pull them back", "X told reporters that the vote had been stolen and urged
the officers to ...". The said clause is told in a tense the report shifts back (a past perfect, "would", a past
passive or state); a subjectless simple past joined to it continues the narration, not the clause. Such a verbal act
is re-attached to the saying verb: the speaker does it, and it is not read as the statement's content. (A material
act stays where the parser put it: "said the rebels had seized the town and killed ten" drops the second "had".)
"""

from __future__ import annotations

from .lexicon import Lexicon

BACKSHIFTING = {"had", "'d", "would", "was", "were"}      # "had massed", "would hand", "was outraged"


def backshifted(clause) -> bool:
    """A said clause in a shifted-back tense: a participle or bare verb with an auxiliary of the past perfect, of
    "would" or of a past passive or state (a progressive, "said Iraq was pursuing X and said ...", is left)."""
    return clause.tag_ in ("VBN", "VB") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFTING
                                        for c in clause.children)


def verbal_act(lex: Lexicon, verb) -> bool:
    """A speech verb or a verb of the lexicon's verbal acts ("urged", "called on", "dismissed", "spoke with")."""
    lemma = verb.lemma_.lower()
    trigger = lex.verbs.get(lemma)
    return lemma in lex.speech_verbs or trigger is not None and lex.quads.get(trigger.type, "").startswith("verbal")


def narrated_act(lex: Lexicon, verb):
    """The saying verb a verbal act continues when the parser hung it on the said clause, or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or not backshifted(clause):
        return None
    speech = clause.head
    if speech.tag_ != "VBD" or speech.lemma_.lower() not in lex.speech_verbs or not verbal_act(lex, verb):
        return None
    return speech


def repair_narrated_acts(doc, lex: Lexicon) -> None:
    """Re-attaches each such act (and the "and" before it) to the saying verb."""
    for verb in doc:
        speech = narrated_act(lex, verb)
        if speech is None:
            continue
        joiner = doc[verb.i - 1] if verb.i > 0 and doc[verb.i - 1].dep_ == "cc" else None
        verb.head = speech
        if joiner is not None:
            joiner.head = speech
