"""A perfect run on "since" a date half a year or more before the report is a course of acts, not one act
(issue 8, spurious3).

"Since 2013, Saraya al-Ashtar has claimed attacks that killed police officers", "Since 2022 Iran has pressed
Baghdad to disarm the groups", "Hezbollah has traded fire with Israel since Oct. 8 of last year", "Since November
2021 the two armies have conducted joint operations against the ADF": the sentence sums what a party has done over
months or years (the conventions: habitual and aggregate acts are not events). A short span is still news and the
gold codes it ("Envoys have been meeting in Jeddah since May 6", "has been held under house arrest since June 2",
"have kept tents near the Green Zone since mid-October"): only a "since" whose date lies six months or more before
the report's date is read so; with no report date, or no date in the "since" phrase, nothing is.
"""

from __future__ import annotations

PERFECT_AUX = {"has", "have", "had", "'s", "'ve", "'d"}
SPAN_MONTHS = 6


def _perfect(verb) -> bool:
    """The verb is a perfect ("has claimed", "have been meeting")."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _since_phrases(verb) -> list:
    """The verb's "since" phrases and clauses."""
    out = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"]
    out += [c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                                                  for m in c.children)]
    return out


def _months(iso: str, end_of_span: bool) -> int | None:
    """Months since year 0 of an ISO date; a bare year counts from its last month when it opens a span (so "since
    2023" in a report of May 2023 is no long course)."""
    parts = iso.split("-")
    if not parts[0].isdigit():
        return None
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else (12 if end_of_span else 1)
    return int(parts[0]) * 12 + month


# what the course's verb acts on is part of the course: "has claimed attacks that killed police officers"
INSIDE_OBJECT = {"relcl", "acl", "dobj", "pobj", "prep", "compound", "amod", "nmod"}


def _governing_verbs(token):
    """The trigger's own verb (a light verb's noun hangs on it), then the verbs whose object phrase holds it."""
    t = token
    while True:
        if t.pos_ in ("VERB", "AUX"):
            yield t
        if t.dep_ not in INSIDE_OBJECT or t.head.i == t.i:
            return
        t = t.head


def _since_months(phrase, dater, index) -> list[int]:
    """The months (from year 0) the dates of a "since" phrase name: the dater's dates, else a bare year token."""
    first, last = min(t.i for t in phrase.subtree), max(t.i for t in phrase.subtree)
    start, end = index.original(first, last)
    months = [_months(d.iso, end_of_span=True) for d in dater.dates_in(start, end) if d.iso]
    if not months:           # "Since 2022 Iran has pressed ...": a sentence-initial year the dater let go
        months = [int(t.text) * 12 + 12 for t in phrase.subtree if t.text.isdigit() and len(t.text) == 4
                  and 1900 <= int(t.text) <= 2100]
    return [m for m in months if m is not None]


def course_since(token, dater, index) -> bool:
    """The trigger's verb, or a verb whose object holds it, is a perfect with a "since" date six months or more
    before the report's date."""
    published = dater.published
    report = _months(published.iso, end_of_span=False) if published is not None and published.iso else None
    if report is None:
        return False
    for verb in _governing_verbs(token):
        if not _perfect(verb):
            continue
        if any(report - began >= SPAN_MONTHS for phrase in _since_phrases(verb)
               for began in _since_months(phrase, dater, index)):
            return True
    return False
