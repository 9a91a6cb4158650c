"""Analysis prose (issue 8, tuned on bench/owndocs13): how think-tank notes time and frame the acts they tell.

- `shifted_in_clause`: a time counted from the last date told, written in the trigger's own clause ("..., and Uganda
  recalled its envoy the next day", "A week earlier X had suspended talks", "the following month"), dates the act,
  not the other clause's date the sentence also holds; a time within the day last told ("Hours earlier, X had
  suspended ...", "By evening") dates it by that day, a past perfect too (dates3).
- `course_of_acts`: a run of acts told as one ("will probably keep backing X", "has long accused X", "which has
  attacked X several times") is no discrete happening.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...model import DateValue
from .dating import in_other_clause, moved_day, moved_month, moved_year

COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}

# a day, a week or a month counted from the last date told; "months later" (a vague span) is not one, nor a time
# counted from another happening ("two days before the vote", "the day before the talks")
CLAUSE_SHIFT = re.compile(
    r"\b(?:the (?P<dnext>next|following) day|the (?P<dprev>previous|preceding) day|the day before(?! (?:the|a|an|his|her|its|their)\b)"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|ten|\d+) (?P<unit>day|week|month|year)s? "
    r"(?P<dir>later|earlier|afterwards)\b"
    r"|the (?P<mnext>next|following) month|the (?P<mprev>previous|preceding) month"
    # dates7: "collapsed the next year", "the previous year": a year counted from the last date told
    r"|the (?P<ynext>next|following) year|the (?P<yprev>previous|preceding) year"
    # wireev: "Days after that strike": a few days from a happening told before, dated by its month
    r"|(?:a few |several )?(?P<vague>days|hours) after (?:that|this|the)(?= \w)"
    # within the day last told: "Hours earlier, gunmen had killed ...", "By evening the two men had reached a deal"
    r"|(?P<same>(?:a few |some |several )?(?:hours|minutes|moments) (?:later|earlier|afterwards)"
    r"|later that (?:day|night|evening|afternoon)|(?:by|that) (?:evening|nightfall|night|afternoon)"
    r"|the same (?:day|night|evening|morning|afternoon)))\b", re.I)

# what a clause of its own hangs on the trigger by: its date is that clause's
OTHER_CLAUSE = {"conj", "relcl", "acl", "ccomp", "advcl", "parataxis"}


def _shift(m: re.Match) -> tuple[str, int]:
    """("day" | "month", signed count) of a CLAUSE_SHIFT match."""
    if m.group("dnext"):
        return "day", 1
    if m.group("dprev") or m.group(0).lower().startswith("the day before"):
        return "day", -1
    if m.group("same"):
        return "day", 0
    if m.group("vague"):
        return "month", 0
    if m.group("mnext"):
        return "month", 1
    if m.group("mprev"):
        return "month", -1
    if m.group("ynext"):
        return "year", 1
    if m.group("yprev"):
        return "year", -1
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else COUNTS[n]
    unit = m.group("unit").lower()
    sign = -1 if m.group("dir").lower() == "earlier" else 1
    if unit in ("month", "year"):
        return unit, sign * count
    return "day", sign * count * (7 if unit == "week" else 1)


def on_inner_noun(span, trigger) -> bool:
    """The shift hangs on a noun inside a prepositional phrase of the act ("over the bombing ... a year earlier"),
    so it times that noun's happening, not the act (dates7)."""
    inside = {t.i for t in span}
    root = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[0])
    head = root.head
    return head.i != trigger.i and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj"


def own_clause(trigger) -> set[int]:
    """The token indexes of the trigger's own clause: its subtree without the clauses hung on it."""
    own = {t.i for t in trigger.subtree}
    for c in trigger.children:
        if c.dep_ in OTHER_CLAUSE and c.pos_ in ("VERB", "AUX"):
            own -= {t.i for t in c.subtree}
    return own


def _last_told(dater, at: int, background, notes: bool = False):
    """The last date phrase before ``at`` that is no background, or with ``notes`` a dated source note after it
    ("... (Agency, January 20, 2023). The IMF approved a loan two months later": the note's, as
    `EventDater.last_told_before`); None when neither. A note dates a report, often a day after the act: a count of
    days runs from the phrase ("On November 27 protesters stormed X (Agency, November 28). Two days later ...")."""
    i = bisect_left(dater.starts, at) - 1
    while i >= 0 and background(dater.dates[i]):
        i -= 1
    told = dater.dates[i] if i >= 0 else None
    if not notes:
        return told
    j = bisect_left(dater.note_starts, at) - 1
    note = dater.notes[j] if j >= 0 else None
    if note is not None and note.date is not None and note.date.iso \
            and (told is None or told.start is None or note.start > told.start):
        return note.date
    return told


def shifted_in_clause(trigger, sent, dater, index, background=lambda d: False) -> DateValue | None:
    """The date a shift in the trigger's own clause counts to, from the last date phrase before the shift that is
    no ``background`` ("since Wednesday" frames a state, the story does not run on from it): a day for days and
    weeks, told to the day; a month for months; the date as told for a time within its day ("hours earlier").
    None when the clause has no shift or no such date."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    own = own_clause(trigger)
    doc = sent.doc
    for m in CLAUSE_SHIFT.finditer(sent.text):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None or not all(t.i in own for t in span) or in_other_clause(span[0], trigger):
            continue        # a shift in a relative clause deeper in the act's phrase moves that clause's happening
        if on_inner_noun(span, trigger):
            continue        # "sentenced him in 1984 over the bombing of the embassy a year earlier": the bombing's
        at = index.tok_start[span.start]
        # "Days after that strike" counts from the happening told before, whatever clause told its date
        unit, n = _shift(m)
        told = _last_told(dater, at, (lambda d: False) if m.group("vague") else background,
                          notes=unit in ("month", "year") and not m.group("vague"))
        if told is None:
            return None
        moved = told if m.group("same") else {"day": moved_day, "month": moved_month, "year": moved_year}[unit](told, n)
        if moved is None:
            return None
        return replace(moved, start=at, end=index.tok_end[span.end - 1], text=m.group(0))
    return None


# a verb whose -ing complement runs on: "kept accusing", "will keep backing"
RUNNING_ON = {"keep", "go"}
FORECAST_AUX = {"will", "would", "'ll", "may", "might", "could", "shall"}
OCCASION_COUNTS = {"several", "many", "numerous", "multiple", "countless", "various", "repeated"}


def course_of_acts(trigger) -> str | None:
    """ "habitual" when the trigger tells a run of acts, not one: the -ing complement of a foretold keep ("will
    probably keep backing X"), a perfect with "long" ("has long accused X"), or "several times"; else None."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lemma_.lower() in RUNNING_ON \
            and (trigger.head.lemma_.lower() == "keep" or any(c.lower_ == "on" for c in trigger.head.children)) \
            and any(c.dep_ == "aux" and c.lower_ in FORECAST_AUX for c in trigger.head.children):
        return "habitual"           # "kept paying X" alone stays an act (tests/test_events_modality.py)
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children) \
            and any(c.dep_ == "advmod" and c.lower_ == "long" and not list(c.children) for c in trigger.children):
        return "habitual"
    for c in trigger.children:
        for t in c.subtree:
            if t.lower_ == "times" and any(d.lower_ in OCCASION_COUNTS for d in t.children):
                return "habitual"
    return None


def payback(content, lex) -> bool:
    """ "said Armenia would pay for the shelling": a party told it will pay for a hostile act is threatened (PLOVER
    THREATEN); paying for goods ("would pay for the fuel") is not."""
    from .triggers import noun_trigger      # triggers imports modality, which imports this module
    if content is None or content.lemma_.lower() != "pay" or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in content.children):
        return False
    for prep in (c for c in content.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found = noun_trigger(obj, lex)
            if found is not None and lex.quads.get(found[0].type, "").endswith("conflict"):
                return True
    return False


def _date_token(d, index, doc):
    toks = index.tokens_in(d.start, d.end)
    return doc[toks[0]] if toks else None


def deadline_dates(trigger, dates, index) -> set[int]:
    """Starts of the date phrases that set a deadline inside what the act pledges, asks or threatens ("pledged to
    free the prisoners by September", "urged X to leave by March 1"): they time the content, not the act."""
    content = {t.i for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.i > trigger.i for t in c.subtree}
    out = set()
    for d in dates:
        t = _date_token(d, index, trigger.doc)
        if t is None or t.i not in content:
            continue
        for _ in range(3):
            if t.dep_ == "prep" and t.lower_ == "by":
                out.add(d.start)
                break
            if t.head.i == t.i:
                break
            t = t.head
    return out


def conjunct_year(trigger, dates, index):
    """ "In December X granted ..., and Russia delivered rifles in early 2018": the second of two coordinated verbs
    takes the year phrase that hangs on it after it ("in 2022", "in early 2018"); a year naming a thing ("the 2014
    accord") does not."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "conj" or trigger.head.i > trigger.i \
            or trigger.head.pos_ not in ("VERB", "AUX"):
        return None
    for d in dates:
        t = _date_token(d, index, trigger.doc)
        if t is None or d.precision != "year" or t.i < trigger.i:
            continue
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("in", "during") and t.head.head.i == trigger.i:
            return d
        if t.dep_ == "amod" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "during") \
                and t.head.head.head.i == trigger.i:
            return d          # "in early 2018" parsed with the year as the modifier
    return None


BARE_COUNTS = frozenset({"two", "three", "four"})


def bare_pair(tok) -> bool:
    """ "the two" or "both" standing alone as a subject ("X met Y, and the two agreed to ..."): a pair told with no
    noun (arguments.named_pair finds its parties)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ in BARE_COUNTS:       # "the three agreed" after three parties (evargs13)
        return any(c.lower_ == "the" for c in tok.children) and not any(c.dep_ in ("prep", "amod") for c in tok.children)
    return tok.lower_ == "both" and not list(tok.children)


# the writer's hedge on a future: a forecast, not anyone's stated intention
HEDGES = {"likely", "probably", "possibly", "perhaps", "certainly", "presumably", "doubtless"}


def hedged_forecast(trigger) -> bool:
    """ "Moscow will likely trade protection for concessions", "Kenya will probably send more police": a will or
    would hedged by the writer forecasts; "Kenya will send more police" stays a stated intention."""
    return trigger.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in trigger.children) and any(
        c.dep_ == "advmod" and c.lower_ in HEDGES for c in trigger.children)


def past_progressive(trigger) -> bool:
    """ "In 2019 Caracas was arming the ELN", "a year later he was asking X for money": a past progressive told by the
    writer says what was going on, not one act (inside what someone said, "said X was spreading chaos, and he urged
    ...", it is left to the speech reading)."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in trigger.children) \
        and not any(a.dep_ in ("ccomp", "xcomp") for a in [trigger, *trigger.ancestors])   # not what someone said
