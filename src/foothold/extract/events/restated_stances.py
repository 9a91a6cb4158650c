"""A stance restated (issue 8, evcand14; data/restated_stances.yaml): "On Monday the council renewed its call to the
river guilds to reopen the locks", "the deputy repeated the party's charge that the governor had rigged the vote",
"the envoy reaffirmed the commitment of his government to the defence of the islands".

The verb (renew, repeat, restate, reiterate, reaffirm, affirm) takes a stance noun as its direct object; making the
stance again is the statement, and the noun says what it is: a call or demand a REQUEST, a charge an ACCUSE, a
commitment or offer an AGREE (a promise: PLOVER AGREE), a threat or warning a THREATEN, support or solidarity a
SUPPORT, a rejection a REJECT -- the PLOVER manual's verbs for each type ("call for, demand", "charge, blame",
"promise, pledge, offer", "warn", "express support", "reject"). renew / repeat / restate are no speech verbs of
plover.yaml (renew is a light verb: "renewed sanctions" is the sanction's), so with a stance object they become a
statement candidate (`triggers.find_triggers`); `speech.statement_reading` types the statement by the noun only
where nothing else did ("reiterated its call for X to lift the tariffs" keeps the cue's reading; a commitment with
its own complement stays `pledges.py`'s, which reads "reaffirmed its commitment to helping X" and declines "its
commitment to eliminating the rebels", a vow to fight, no promise). A negated verb, an object that is no stance ("renewed the
waiver", "repeated the exercise") or a stance that is no one's ("the killing renewed calls for an inquiry": no
possessor, no of-phrase) is not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

RESTATED_STANCES_PATH = Path(__file__).resolve().parents[2] / "data" / "restated_stances.yaml"


@dataclass(frozen=True)
class RestatedStanceWords:
    restating_verbs: frozenset[str]
    request_nouns: frozenset[str]
    accuse_nouns: frozenset[str]
    agree_nouns: frozenset[str]
    threaten_nouns: frozenset[str]
    support_nouns: frozenset[str]
    reject_nouns: frozenset[str]


@lru_cache(maxsize=2)
def restated_stance_words(path: str | None = None) -> RestatedStanceWords:
    """data/restated_stances.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or RESTATED_STANCES_PATH, RestatedStanceWords, "restated stances")


@lru_cache(maxsize=2)
def _noun_types(path: str | None = None) -> dict[str, str]:
    words = restated_stance_words(path)
    by_type = (("REQUEST", words.request_nouns), ("ACCUSE", words.accuse_nouns), ("AGREE", words.agree_nouns),
               ("THREATEN", words.threaten_nouns), ("SUPPORT", words.support_nouns), ("REJECT", words.reject_nouns))
    return {noun: etype for etype, nouns in by_type for noun in nouns}


def restated_stance(verb):
    """The stance noun a restating verb, unnegated, takes as its direct object, else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in restated_stance_words().restating_verbs:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _noun_types() or not owned(obj):
        return None
    return obj


def owned(noun) -> bool:
    """The stance is someone's: a possessor ("its call", "the party's charge") or an of-phrase ("the commitment of
    Chile"). "The killing renewed calls for an inquiry" restates no one's stance: an act that revives a debate."""
    return any(c.dep_ == "poss" for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
               for c in noun.children)


def pledged_complement(noun) -> bool:
    """ "its commitment to eliminating the rebels", "to protect X", "to the treaty": the pledge's own complement,
    which `pledges.py` reads (and declines for a conflict act: a vow to fight is no promise to anyone)."""
    return any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


def _stance_infinitive(verb, obj, content) -> bool:
    """ "renews its call to the X to return to its command": the parser may hang the call's infinitive on the verb
    (an xcomp, which `speakers.said_content` then takes as what was said); it is still the stance's complement."""
    return content.head.i == verb.i and content.dep_ in ("xcomp", "advcl") and content.i > obj.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children)


def restated_stance_type(verb, content, pledge_nouns=frozenset()) -> str | None:
    """The type of the statement a restating verb makes when ``content``, what it says, is its stance object; a
    pledge noun (plover.yaml `pledge_nouns`) with its own complement is `pledges.py`'s, read or declined there."""
    obj = restated_stance(verb)
    if obj is None or content is None or content.i != obj.i and not _stance_infinitive(verb, obj, content):
        return None
    if obj.lemma_.lower() in pledge_nouns and pledged_complement(obj):
        return None
    return _noun_types()[obj.lemma_.lower()]
