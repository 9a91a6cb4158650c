"""A perfect run over a span of time, or an act repeated "whenever" something happens, tells a course of acts, not
one act (issue 8, precision): "have trained Venezuelan officers for years", "Since 2015 Saudi Arabia has bombed
Houthi targets", "had for months accused X of ...", "Since seizing Kabul, the Taliban have detained ...", "has
shelled their positions whenever the rebels advanced".

What is left to the dater: a span that starts on a day ("since Monday", "since June 2" date a recent act: "Since
Monday, Colombia has deployed two brigades") and a counted span ("for three months" may be one act's length:
"suspended flights for three months"). A decade as the start ("since the 1990s") and an event noun as the start
("since the coup") are `modality.standing_course` and `unfactual._perfect_since_a_beginning`.
"""

from __future__ import annotations

# nouns of a span long enough to hold many acts when uncounted: "for years", "for decades", "for a decade"
SPAN_NOUNS = {"year", "decade", "month", "generation", "century"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec."}
PERFECT_AUX = {"has", "have", "'ve", "had", "'d"}


def course_over_span(trigger) -> str | None:
    """ "habitual" when the trigger's verb repeats "whenever" or is a perfect over an uncounted span or since an
    undated start; None otherwise."""
    verb = _verb_of(trigger)
    if verb is None:
        return None
    if _whenever(verb) or _perfect(verb) and any(
            c.dep_ == "prep" and (_uncounted_span(c) or _undated_start(c)) for c in _adjuncts(verb)):
        return "habitual"
    return None


def _adjuncts(verb):
    """The verb's dependents, its auxiliary's ("had for months accused" hangs "for months" on "had") and those of
    a conjunct sharing its auxiliary ("has funded and trained X for years": the span closes the coordination)."""
    for c in verb.children:
        yield c
        if c.dep_ == "aux":
            yield from c.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _own_clause(c):
            yield from c.children


def _own_clause(conjunct) -> bool:
    return any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in conjunct.children)


def _verb_of(trigger):
    """The verb telling the trigger: itself, the verb whose object it is ("have led protests since October") or
    whose object its relative clause describes, and
    for a conjunct sharing its first conjunct's auxiliary, that first conjunct ("has killed ... and detained")."""
    t = trigger
    if t.dep_ == "relcl" and t.head.dep_ == "dobj":
        t = t.head              # "has claimed attacks that killed police officers": what the course's acts did
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
        t = t.head
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _own_clause(t):
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def _perfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


def _whenever(verb) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ == "whenever" and m.dep_ in ("advmod", "mark") for m in c.children)
               for c in verb.children)


def _uncounted_span(prep) -> bool:
    """ "for years", "for many decades", "for a decade" (not "for three months", "for a week")."""
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SPAN_NOUNS and (o.tag_ == "NNS" or any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children))
        and not any(d.like_num for d in o.children) for o in prep.children)


def _undated_start(prep) -> bool:
    """ "since 2015", "since October", "since November 2021", "since seizing Kabul" (not "since Monday", "since
    June 2", "since last week")."""
    if prep.lower_ != "since":
        return False
    for o in prep.children:
        if o.dep_ == "pcomp" and o.tag_ == "VBG":
            return True
        if o.dep_ != "pobj":
            continue
        if o.like_num and len(o.text) == 4 and o.text.isdigit():
            return True
        if o.lower_ in MONTHS and not any(d.like_num and d.text.isdigit() and int(d.text) <= 31 for d in o.children):
            return True
    return False


def own_clause_beside_course(conjunct) -> bool:
    """A conjunct with a subject of its own is no part of the course its first conjunct runs: "Nicaragua has held X
    since June, and its police arrested Y on Monday" tells the arrest (`unfactual._inherited_from_conjunct`)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children) \
        and course_over_span(conjunct.head) is not None
