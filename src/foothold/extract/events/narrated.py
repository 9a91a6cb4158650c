"""A speaker's next act the parser hung inside what the speaker said: "The United States said Serbia had massed troops
near the border and called on Belgrade to pull them back", "X told reporters that the vote had been stolen and urged
the officers to ...". The said clause is told in a tense the report shifts back (a past perfect, "would", a past
passive or state); a subjectless simple past joined to it continues the narration, not the clause. Such a verbal act
is re-attached to the saying verb: the speaker does it, and it is not read as the statement's content. (A material
act stays where the parser put it: "said the rebels had seized the town and killed ten" drops the second "had".)
"""

from __future__ import annotations

from .lexicon import Lexicon
from .mute_said_subjects import carried_verbal_act, mute_subject
from ..doc_tokens import doc_tokens

BACKSHIFTING = {"had", "'d", "would", "was", "were"}      # "had massed", "would hand", "was outraged"


def backshifted(clause) -> bool:
    """A said clause in a shifted-back tense: a participle or bare verb with an auxiliary of the past perfect, of
    "would" or of a past passive or state (a progressive, "said Iraq was pursuing X and said ...", is left)."""
    return clause.tag_ in ("VBN", "VB") and any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFTING
                                        for c in clause.children) or past_state(clause)


def past_state(clause) -> bool:
    """A copula in the past naming what something was ("said the designations were an act of interference and
    demanded ...", evrecall4): a state told back, as a past passive is."""
    if clause.lemma_ == "have" and clause.tag_ == "VBD" and any(c.dep_ == "dobj" for c in clause.children):
        return True     # evstate3: a possession told back, "denied that his party had any role in X and accused Y"
    return clause.lemma_ == "be" and clause.tag_ == "VBD" and any(c.dep_ in ("attr", "acomp") for c in clause.children)


def saying_past(speech) -> bool:
    """A saying in the past: "said", or "had said" ("X had said Turkey would not approve the bids and accused Y")."""
    return speech.tag_ == "VBD" or speech.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in speech.children)


def verbal_act(lex: Lexicon, verb) -> bool:
    """A speech verb or a verb of the lexicon's verbal acts ("urged", "called on", "dismissed", "spoke with")."""
    lemma = verb.lemma_.lower()
    trigger = lex.verbs.get(lemma)
    return lemma in lex.speech_verbs or trigger is not None and lex.quads.get(trigger.type, "").startswith("verbal") \
        or carried_verbal_act(lex, verb)


def narrated_act(lex: Lexicon, verb):
    """The saying verb a verbal act continues when the parser hung it on the said clause, or None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or not (backshifted(clause) or mute_subject(lex, clause, verb)):
        return None
    speech = clause.head
    if not saying_past(speech) or not saying_verb(lex, speech, clause) or not verbal_act(lex, verb):
        return None
    return speech


def saying_verb(lex: Lexicon, speech, clause) -> bool:
    """A speech verb, or (evstate3) a verbal act whose that-clause is what it says: "denied that its members had
    carried arms and blamed X", "admitted that ... and apologised" -- the clause is its content as a saying's is."""
    if speech.lemma_.lower() in lex.speech_verbs:
        return True
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and verbal_act(lex, speech)


def second_clause_act(lex: Lexicon, verb) -> bool:
    """A verbal act the parser made a second said clause ("said the designations were an act of interference and
    demanded that X lift them", with "demanded" a ccomp of "said" after "and"): subjectless, in the saying's
    tense, after another said clause -- the speaker's next act."""
    if verb.dep_ != "ccomp":
        return False                  # asked of every token: its head is read only for a clausal complement (perf4)
    speech = verb.head
    return verb.tag_ == "VBD" and saying_past(speech) \
        and speech.lemma_.lower() in lex.speech_verbs and verbal_act(lex, verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
        and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and" \
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in speech.children)


def repair_narrated_acts(doc, lex: Lexicon) -> None:
    """Re-attaches each such act (and the "and" before it) to the saying verb."""
    for verb in doc_tokens(doc):     # the events block's kept Token list (perf4)
        if second_clause_act(lex, verb):
            verb.dep_ = "conj"            # the speaker's conjunct, not what was said
            continue
        speech = narrated_act(lex, verb)
        if speech is None:
            continue
        joiner = doc[verb.i - 1] if verb.i > 0 and doc[verb.i - 1].dep_ == "cc" else None
        verb.head = speech
        if joiner is not None:
            joiner.head = speech
