"""A date after "of" on a noun names that noun's happening (issue 8, dates8): "the results of the presidential
election of 9 April", "he said, in reference to the vote of January 5 on the withdrawal", "called for calm after the
attack of 3 January in Bangassou". Such a date is part of the thing's name, as a year before its noun is ("the 2009 agreement",
`noun_years.py`): it times no verb's act of the sentence and the story does not run on from it. A time noun before
"of" is a time of the act ("on the night of 5 May", "by the end of March", "in the early hours of 12 March") and is
left; so is the event noun itself when it is the trigger ("the signing of 5 May" dates the signing) or a clause on
it holds the trigger ("the attack of 3 January, in which gunmen killed two guards"); only a noun inside a
prepositional phrase on another noun is read ("the results of the election", "in reference to the vote"): a verb's own
object ("won the election of 20 October", left to `timing.other_events_dates`) or a happening the act takes part in
("spoke at the summit of 3 June", "took part in the protests of May 2019") is the act's time, and so is a phrase
fronted before its verb, which sets the act in it ("In its reply of 20 March, the mission denied ...": the reply's
day).

Read by `timing.other_clause_dates` and `timing.in_relative_clause`.
"""

from __future__ import annotations

# nouns whose "of"-date is a time, not a happening's name: "the night of 5 May", "the end of March"
TIME_HEADS = frozenset({"night", "nights", "morning", "mornings", "evening", "afternoon", "day", "days", "week", "weeks",
                        "weekend", "month", "months", "year", "years", "end", "beginning", "start", "middle", "eve",
                        "dawn", "hours", "hour", "period", "spring", "summer", "autumn", "winter", "fall", "date",
                        "dates", "course", "first", "half", "quarter", "part", "rest", "remainder", "time", "as",
                        "today", "tomorrow", "yesterday"})
CLIMB = 4


def fronted_setting(noun) -> bool:
    """The noun opens a phrase set before the verb it hangs on ("In its reply of 20 March, X denied ...", "At its
    meeting of 5 May the council decided ..."): the act is told as done in that reply or meeting, at its time."""
    t = noun
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            return t.i < t.head.i
        t = t.head
    return False


def named_noun(date_tok):
    """The noun a date phrase names through "of" ("the vote of January 5": vote), or None."""
    t = date_tok
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return None
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            noun = t.head.head
            if noun.i != t.head.i and noun.pos_ == "NOUN" and noun.lower_ not in TIME_HEADS and noun.i < t.i \
                    and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and not fronted_setting(noun):
                return noun
            return None
        if t.dep_ not in ("nummod", "compound", "npadvmod", "appos", "pobj", "nmod") and t.pos_ not in ("NUM",):
            return None
        t = t.head
    return None


def names_other_noun(date_tok, trigger, own_noun=None) -> bool:
    """The date phrase names a noun's happening through "of", and that noun is not the trigger's own."""
    noun = named_noun(date_tok)
    # "the attack of 3 January, in which gunmen killed X": a clause on the noun tells its happening
    return noun is not None and noun.i != trigger.i and (own_noun is None or noun.i != own_noun.i) \
        and all(a.i != noun.i for a in trigger.ancestors)
