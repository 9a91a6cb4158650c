"""A closing "when" clause tells the time of the act it closes (issue 8, dates11).

- `misread_when_clause`: "The reopening was agreed by the governor of X and the governor of Y, Z, when they met in
  Agadez on 14 April": the parser hangs ", when they met ..." as a relative clause on the last name before it, so its
  date looked like another clause's (`dating.in_other_clause`) and the agreement fell to the report's month. A "when"
  clause on a noun that names no time ("the day when", "in 2015, when" are relative clauses on a time) is an
  adverbial clause of the sentence's verb: the meeting and the agreement share its date.
- `frame_point`: "relations have been tense since 4 March, when troops shelled a border post", "the border has stayed
  closed since 12 May, when Chad expelled the ambassador": the "since"/"until" date frames the state of the main
  clause, but it is the very time of the happening the closing "when" clause tells (`closing_dates`): the shelling is
  dated 4 March.
"""

from __future__ import annotations

from ..dates import framing_at

# nouns naming a time, on which a "when" clause is a true relative clause ("the night when X ...")
TIME_NOUNS = frozenset("day days night nights week weeks month months year years time times moment moments date "
                       "dates period periods morning mornings evening evenings afternoon era hour hours minute "
                       "season weekend decade decades century age point stage".split())


def misread_when_clause(verb) -> bool:
    """``verb`` heads a ", when ..." clause the parser hung as a relative clause on a noun naming no time."""
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    first = verb.left_edge
    if first.lower_ != "when" or first.dep_ != "advmod" or first.head.i != verb.i or first.i == 0:
        return False
    if verb.doc[first.i - 1].text != ",":
        return False
    head = verb.head
    return head.pos_ in ("PROPN", "NOUN", "PRON") and head.lower_ not in TIME_NOUNS \
        and head.ent_type_ not in ("DATE", "TIME") and not head.like_num


def frame_point(adverb, date, text: str) -> bool:
    """The date before a closing ", when" clause (``adverb``) is a "since"/"until" frame's point, which that clause
    tells the happening of."""
    return adverb.lower_ == "when" and date.start is not None and framing_at(text, date.start)
