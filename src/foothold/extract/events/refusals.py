"""Stated refusals (issue 8, evrecall2; vocabulary in data/refusals.yaml): what a statement says its speaker's side
will not do. "Marcos said the Philippines would not abandon the shoal", "Astana said it will not help Russian
companies evade sanctions", "Taiwan will not back down": a refusal to yield, PLOVER REJECT ("all rejections and
refusals"). "The Islamic Emirate will not allow anyone to compromise its security", "the Armed Forces will not rest
until ...": a forceful warning to every comer, PLOVER THREATEN. "would not abandon its commitment to X" keeps a bond:
PLOVER SUPPORT. Only a negated future ("will", a backshifted
"would" after a past speech verb) whose subject is the speaker's own side; a prediction about others is no
refusal of the speaker's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .speakers import own_side_subject

REFUSALS_PATH = Path(__file__).resolve().parents[2] / "data" / "refusals.yaml"
FUTURES = {"will", "'ll", "shall", "wo"}
BACKSHIFTED = {"would", "'d"}
NEGATIONS = {"not", "n't", "never"}


@dataclass(frozen=True)
class RefusalWords:
    yielding_verbs: frozenset[str]
    permitting_verbs: frozenset[str]
    any_party: frozenset[str]
    relenting_verbs: frozenset[str]
    kept_bonds: frozenset[str]


@lru_cache(maxsize=2)
def refusal_words(path: str | None = None) -> RefusalWords:
    """data/refusals.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or REFUSALS_PATH, RefusalWords, "refusals")


def negated_future(verb, speech) -> bool:
    """ "will not", "won't", "will never", or "would not" reported after a past speech verb."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    past = speech is not None and speech.tag_ == "VBD"
    future = aux & FUTURES or past and aux & BACKSHIFTED
    return bool(future) and any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in verb.children)


def _verb_key(verb) -> str:
    """The verb's lemma, with its particle when it has one ("back down", "give up")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def _anyone_permitted(verb, words: RefusalWords) -> bool:
    """ "allow anyone to ...", "let any group ...": the permitted party is anyone at all."""
    return any(t.lower_ in words.any_party for c in verb.children if c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp")
               for t in c.subtree if t.i < verb.i + 4)


def idle_course(verb) -> bool:
    """ "(it) will not help to raise taxes": a verb with an infinitive and no object judges a course, refuses
    nothing (also read by `speech.future_stance`)."""
    return any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)


def refusal_type(content, speech) -> str | None:
    """REJECT or THREATEN for a negated future of the speaker's own side, else None (the caller checks the side)."""
    if content is None or content.pos_ not in ("VERB", "AUX") or not negated_future(content, speech):
        return None
    words = refusal_words()
    key = _verb_key(content)
    yielding = key in words.yielding_verbs or content.lemma_.lower() in words.yielding_verbs \
        and key == content.lemma_.lower()
    if yielding and idle_course(content):
        return None           # "it will not help to raise taxes": an idle "it" judging a course, no refusal
    if yielding:
        kept = any(c.dep_ == "dobj" and c.lemma_.lower() in words.kept_bonds for c in content.children)
        return "SUPPORT" if kept else "REJECT"      # "would not abandon its commitment to X": a reassurance
    if key in words.permitting_verbs and _anyone_permitted(content, words):
        return "THREATEN"
    if key in words.relenting_verbs and any(c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children)
                                            for c in content.children):
        return "THREATEN"
    return None


def refused_anything(lex, content, speech) -> bool:
    """ "said his movement would not take any ministry", "will not accept any deal": a negated future whose object
    is "any" thing refuses it flatly (PLOVER REJECT), unless the verb is an act of force in its listed sense ("will
    not attack any village" promises restraint)."""
    if content is None or content.pos_ not in ("VERB", "AUX") or not negated_future(content, speech):
        return False
    if not any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
               for c in content.children):
        return False
    from .triggers import listed_sense      # triggers imports the event modules: imported when asked
    lemma = content.lemma_.lower()
    trig = lex.verbs.get(lemma)
    forceful = trig is not None and lex.quads.get(trig.type, "").endswith("conflict") and listed_sense(content, lemma, lex)
    return not forceful


def stated_refusal(lex, content, speech, index) -> str | None:
    """The refusal's type when the refusing subject is the speaker's own side ("it", "we", a party the speaker
    belongs to), else None."""
    etype = refusal_type(content, speech)
    if etype is None and refused_anything(lex, content, speech):
        etype = "REJECT"        # evskip3: "would not take any ministry"
    if etype is None or index is None or not own_side_subject(lex, content, speech, index):
        return None
    return etype
