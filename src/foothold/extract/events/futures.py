"""What a stated future act is (issue 8: the right happening typed wrong). PLOVER THREATEN is a "statement of
intent to take future negative action", so harm a speaker says will be done threatens, whatever word of blame
or readiness the statement also holds ("his fighters would resist any force that committed abuses", "we will
respond to attacks on our soldiers", "would treat any aircraft as hostile", "ready to use every tool against
those who ..."); PLOVER AID: "broad promises of future AID should be coded as AGREE", and so a promised
endorsement or cooperation ("the United States will maintain its food assistance to X"). Vocabulary in
data/futures.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .answerable import made_to_answer, means_to_harm
from .arguments import phrase_actors, subject_of
from .triggers import noun_trigger

FUTURES_PATH = Path(__file__).resolve().parents[2] / "data" / "futures.yaml"
FUTURE_AUX = {"will", "'ll", "shall"}
BACKSHIFTED_AUX = {"would", "'d"}
CARRYING_VERBS = {"continue", "keep", "go"}        # "would continue to support X": the act is the complement
PRONOUNS = {"we", "i", "it", "they", "he", "she"}


@dataclass(frozen=True)
class FutureWords:
    harm_verbs: frozenset[str]
    answer_verbs: frozenset[str]
    hostile_answered: frozenset[str]
    harm_judgements: frozenset[str]
    against_verbs: frozenset[str]
    harm_objects: frozenset[str]
    harm_modifiers: frozenset[str]
    means_nouns: frozenset[str]
    readiness: frozenset[str]
    promised_types: frozenset[str]


@lru_cache(maxsize=2)
def future_words(path: str | None = None) -> FutureWords:
    """data/futures.yaml: lists of words, validated when loaded."""
    p = path or FUTURES_PATH
    return read_word_sets(p, FutureWords, "futures", keep_case=("promised_types",))


def _past_speech(speech) -> bool:
    return speech is not None and (speech.tag_ == "VBD" or speech.tag_ == "VBG" and speech.head.tag_ == "VBD")


def stated_future(content, speech=None, words: FutureWords | None = None):
    """The verb of the act a statement's clause says will be done, or None: "will V", "would V" after a past
    speech verb (reported speech moves "will" back), "is ready to V"; never a negated one."""
    words = words or future_words()
    if content is None or content.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    aux = {c.lower_ for c in content.children if c.dep_ in ("aux", "auxpass")}
    futures = FUTURE_AUX | (BACKSHIFTED_AUX if _past_speech(speech) else set())
    if any(c.dep_ == "neg" for c in content.children):
        return None
    if aux & futures:
        return carried_act(content)
    ready = content if content.lemma_.lower() in words.readiness else next(
        (c for c in content.children if c.dep_ == "acomp" and c.lemma_.lower() in words.readiness), None)
    act = next((c for c in ready.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None) \
        if ready is not None else None
    return carried_act(act) if act is not None and not any(c.dep_ == "neg" for c in act.children) else None


NOT_HOLDING_BACK = frozenset({"hesitate", "shrink", "flinch"})


def unhesitating_act(verb, words: FutureWords | None = None):
    """evcand4: "will not hesitate to use all tools", "would not hesitate to act / respond": the means or answer a
    negated holding back says will be used (harm meant, PLOVER THREATEN), else None. "will not hesitate to help"
    names no means or answer."""
    if verb.lemma_.lower() not in NOT_HOLDING_BACK or not any(c.dep_ == "neg" for c in verb.children):
        return None
    words = words or future_words()
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None:
        return None
    lemma = act.lemma_.lower()
    return act if lemma in words.against_verbs or lemma in words.answer_verbs or lemma in words.harm_verbs else None


def carried_act(verb):
    """ "would continue to support X": the act is what is continued."""
    while verb.lemma_.lower() in CARRYING_VERBS:
        inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if inner is None:
            break
        verb = inner
    return verb


def harm_meant(lex, verb, words: FutureWords | None = None) -> bool:
    """The act named by ``verb`` hurts someone: a harm verb, an answer to a hostile act, a hostile judgement,
    or a means used against someone."""
    words = words or future_words()
    lemma = verb.lemma_.lower()
    if lemma in words.harm_verbs or _harm_object(verb, words):
        return True
    if made_to_answer(verb) or means_to_harm(verb, lambda act: harm_meant(lex, act, words)):
        return True          # evcand3: "will hold to account those who ...", "will use every tool to punish X"
    if lemma in words.answer_verbs and any(_hostile(lex, o, words) for p in verb.children
                                            if p.dep_ == "prep" and p.lower_ == "to" for o in p.children):
        return True
    if any(_judged_hostile(c, words) for c in verb.children) or any(
            p.lower_ == "as" and _verb_of(p).i == verb.i and any(o.lemma_.lower() in words.harm_judgements for o in p.children)
            for p in verb.subtree):
        return True          # "treat any aircraft flying over X without permission as hostile": "as" hung low
    return lemma in words.against_verbs and any(p.dep_ == "prep" and p.lower_ == "against" and _verb_of(p).i == verb.i
                                                for p in verb.subtree)


def _harm_object(verb, words: FutureWords) -> bool:
    """ "would take counter-measures", "will take retaliatory measures": the means taken hurt someone."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    joined = "".join(o.lower_ for o in objects).replace("-", "")    # the parser splits "counter-measures"
    return any(joined.startswith(w) for w in words.harm_objects) or any(
        a.dep_ == "amod" and a.lemma_.lower() in words.harm_modifiers
        for o in objects if o.lemma_.lower() in words.means_nouns for a in o.children)


def _verb_of(tok):
    """The nearest clause verb above a word (the parser hangs "as X", "against X" on any noun of the clause);
    a participle modifying a noun ("aircraft flying over X") is no clause of its own."""
    t = tok.head
    while (t.pos_ not in ("VERB", "AUX") or t.dep_ == "acl" and t.tag_ == "VBG") and t.head.i != t.i:
        t = t.head
    return t


def _hostile(lex, noun, words: FutureWords) -> bool:
    if noun.lemma_.lower() in words.hostile_answered or noun.lower_ in words.hostile_answered:
        return True
    hit = noun_trigger(noun, lex)
    return hit is not None and lex.quads.get(hit[0].type, "").endswith("conflict")


def _judged_hostile(child, words: FutureWords) -> bool:
    """ "hold X accountable", "treat X as hostile", "consider them targets"."""
    if child.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "attr", "dobj") and child.lemma_.lower() in words.harm_judgements:
        return child.dep_ != "dobj" or child.lower_ == "accountable"     # "hold accountable those responsible"
    return False


def threatened(lex, content, speech) -> bool:
    """A statement's clause says harm will be done (PLOVER THREATEN)."""
    act = stated_future(content, speech)
    return act is not None and harm_meant(lex, act)


def promised(content, speech, index) -> bool:
    """A statement's clause says a named party (or a pronoun) will do the act: a promise, not the act done."""
    act = stated_future(content, speech)
    if act is None:
        return False
    subj, _ = subject_of(content)
    if subj is None:
        return False
    return subj.lower_ in PRONOUNS or index is not None and bool(phrase_actors(subj, index))


def future_statement_type(lex, content, speech, index, etype: str | None) -> str | None:
    """The type a statement takes from the future act it tells, over its cues: harm meant threatens (a cue of
    blame, readiness or endorsement does not outrank it); a promised cooperative act is a promise (AGREE)."""
    if content is None or etype in ("REJECT", "REQUEST", "THREATEN"):
        return etype
    if threatened(lex, content, speech):
        return "THREATEN"
    if etype in future_words().promised_types and promised(content, speech, index):
        return "AGREE"
    return etype
