"""A guest's attendance of meetings already told is no second meeting (issue 8, spurious15).

"The minister met the prime minister on Sunday and the speaker on Monday. Our ambassador attended both meetings."
"The envoy, who took part in the talks, told reporters ...": the meetings are the ones the text has just told (a
definite or "both"/"these" determiner, or a day's possessive, "Monday's meeting", and nothing after the noun that
would make it a new meeting: no "of", "with", "in", "on" phrase, no relative clause). The golds code each meeting
once, as its host's and guest's CONSULT, and none codes the attendance apart (owndocs21 02, owndocs37 04, owndocs41
01: three of the read half's four such sentences, the fourth having no actor); PLOVER CONSULT is one event per
meeting. "attended the meeting of the Arab League in Cairo", "joined talks with the rebels", "attended a meeting"
(a new meeting, told here) keep their CONSULT. ``attended_told_meeting(found)``, read in `skips.candidate_skip`
(skip ``told_meeting``). Nouns and verbs in data/told_meetings.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_set

TOLD_MEETINGS_PATH = Path(__file__).resolve().parents[2] / "data" / "told_meetings.yaml"
BACK_DETERMINERS = frozenset({"the", "both", "these", "those", "that", "this", "all"})
NEW_DEPS = frozenset({"prep", "acl", "relcl", "compound", "amod", "nummod", "appos"})


@lru_cache(maxsize=2)
def _words(path: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    p = path or TOLD_MEETINGS_PATH
    return (read_word_set(p, "meeting_nouns", "told meetings"), read_word_set(p, "attending", "told meetings"))


def _told(noun) -> bool:
    """The noun refers back: a back-pointing determiner or a day's possessive, and nothing new after it."""
    back = any(c.dep_ in ("det", "predet") and c.lower_ in BACK_DETERMINERS for c in noun.children) \
        or any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)
    return back and not any(c.dep_ in NEW_DEPS for c in noun.children)


def _attending(noun, verbs) -> bool:
    """The noun is what a guest attends: "attended the meetings", "took part in / participated in the talks"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in verbs:
        return True
    if noun.dep_ != "pobj" or head.lower_ != "in":
        return False
    gov = head.head
    if gov.lemma_.lower() in verbs or gov.lower_ == "part" and gov.head.lemma_.lower() == "take":
        return True
    # "took part in the talks" with "in" hung on "took"
    return gov.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in gov.children)


def attended_told_meeting(found) -> bool:
    """The candidate is a guest's attendance of meetings the text told before."""
    noun = found.noun if found.kind == "light" else found.token if found.kind == "noun" else None
    if noun is None or found.trigger is None or found.trigger.type != "CONSULT":
        return False
    nouns, verbs = _words()
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    return _told(noun) and _attending(noun, verbs)
