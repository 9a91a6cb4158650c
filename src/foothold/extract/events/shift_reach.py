"""How far a counted shift reaches, and what it counts from (issue 8, dates7).

- `closing_setting`: a closing "when"/"where" clause elaborates the clause it hangs on, so a shift told there times
  its act too: "the ceasefire collapsed the next year, when the army launched an offensive", "the next day the envoy
  was in Nairobi, where the president thanked him" (the offensive, the thanks: the shifted day or year). A fronted
  "When X did Y, ..." sets a scene instead (`when_settings.py`) and is not read here; a clause with a date of its own
  keeps it.
- `same_time_shift`: "the same night" read in the act's clause is the act's own time, which `merge.share_dates`
  neither lends to nor takes from a like act.
- `frames_a_state`: a date in a "since"/"until" clause frames a state the story does not run on from ("the worst
  attack since the war began in 2015. Hours earlier, ..."); a date in an "after"/"before" clause is a point the story
  told, which a shift counts from ("came three weeks after X was shot dead on July 6. Y vowed the next day ...": July
  7).
"""

from __future__ import annotations

import re

SETTING_ADVERBS = {"when", "where"}
FRAME_MARKS = {"since", "until", "till"}


def closing_setting(trigger):
    """The verb whose clause a closing "when"/"where" clause holding ``trigger`` elaborates, or None."""
    t = trigger
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i:
        t = t.head          # "..., where he met X and thanked Y": the conjunct shares its clause's setting
    if t.dep_ not in ("advcl", "relcl") or not any(c.dep_ == "advmod" and c.lower_ in SETTING_ADVERBS
                                                    for c in t.children):
        return None
    head = t.head
    for _ in range(4):      # "was in Nairobi, where ...": the relative clause hangs on a place noun
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.head.i == head.i:
            return None
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.i > t.left_edge.i:
        return None         # a fronted "When X did Y, ..." sets a scene (when_settings.py)
    return head


def own_date_in(clause, sent, dater, index) -> bool:
    """A date phrase of the sentence lies inside ``clause``'s subtree."""
    inside = {t.i for t in clause.subtree}
    return any(set(index.tokens_in(d.start, d.end)) & inside
               for d in dater.dates_in(index.tok_start[sent.start], index.tok_end[sent.end - 1]))


def frames_a_state(date, index, anchored) -> bool:
    """The date sits in an anchoring clause opened by "since"/"until" (``anchored(date, marks)``), not by
    "after"/"before"."""
    return anchored(date, index, FRAME_MARKS)


SAME_TIME = re.compile(r"(?i)^the same (?:day|night|evening|morning|afternoon)$")


def same_time_shift(explicit) -> bool:
    """The act's date was read from "the same day/night" in its own clause (`analysis.shifted_in_clause`): like a
    shift read from the sentence, it is the act's own time, neither lent to nor taken from a like act
    (`merge.share_dates`): "Kyrgyz forces fired on Tajik villages the same day" is another telling."""
    return bool(explicit.text and SAME_TIME.match(explicit.text))
