"""A monitor's tallies (irq21): acts a report counts or measures are no act it tells.

- ``RECORDING_VERBS``: "the project recorded 16 drone attacks", "the Observatory documented a rise in attacks on X:
  at least 14 rocket attacks on Y": plural acts in what a recording verb's object tells are counted, none told
  (gold conventions: aggregates are not events). A single act recorded ("recorded an attack on X on 3 May") stays.
- ``TREND_NOUNS``: "a sharp rise in attacks on X", "amid a surge of arrests": plural acts whose number a noun says
  changing are a trend, as ``wire_acts.TREND_VERBS`` reads the verb ("attacks have multiplied").
The relation reader uses ``RECORDING_VERBS`` too: who records attacks on X does not oppose X.
"""

from __future__ import annotations

RECORDING_VERBS = frozenset({"record", "document", "count", "register", "tally", "log", "verify"})
TREND_NOUNS = frozenset({"rise", "increase", "surge", "spike", "upsurge", "uptick", "decline", "decrease", "drop",
                         "fall", "wave", "spate"})
CLAUSE_EDGES = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})


def under_trend_noun(noun) -> bool:
    """"a rise in attacks", "a spate of kidnappings": the noun's number is what changes."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.lemma_.lower() in TREND_NOUNS


def recording_verb_over(noun):
    """The recording verb whose object holds the noun in the same clause ("recorded a rise in attacks", "recorded
    ...: at least 14 rocket attacks"), else None."""
    t = noun
    for _ in range(8):
        if t.dep_ in CLAUSE_EDGES or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB":
            return t if t.lemma_.lower() in RECORDING_VERBS else None
    return None


def counted_in_tally(noun) -> bool:
    """A plural event noun a report counts (under a recording verb) or measures changing (under a trend noun)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head                    # "drone and rocket attacks"
    if first.tag_ != "NNS" and noun.tag_ != "NNS":
        return False
    return under_trend_noun(first) or recording_verb_over(first) is not None


def said_of_a_tally(verb, quantifiers) -> bool:
    """"X has carried out hundreds of strikes ..., saying it will not allow Y to ...": the participle gives the
    tally's standing reason, no act of its own (a statement told with many acts, none dated)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(o.dep_ == "dobj" and o.lower_ in quantifiers for o in verb.head.children)


# spurious6: the acts of those a report counts, and a perfect reaching a large count of acts
COUNTED_ACTS = frozenset({"attack", "strike", "airstrike", "raid", "operation", "assault", "bombing", "arrest",
                          "execution", "incursion", "violation", "demonstration", "protest", "abduction", "kidnapping",
                          "visit", "meeting"})
COMPARATIVES = frozenset({"than", "over", "nearly", "almost", "upwards", "some", "about", "around", "roughly"})
LARGE_COUNT = 10


def in_counted_relative(verb) -> bool:
    """"The IOM counted more than 850,000 Afghans who returned or were deported": what those counted did is a count,
    no act told (a relative clause, or its conjunct, on a recording verb's object)."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "relcl" or v.head.i == v.i:
        return False
    noun = v.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECORDING_VERBS


def _count_value(num) -> float | None:
    try:
        return float(num.text.replace(",", ""))
    except ValueError:
        return None


def large_count(noun) -> bool:
    """The noun is counted as many: "more than 140 attacks", "over 30 raids", "45 strikes"."""
    for c in noun.children:
        if c.dep_ != "nummod" or not c.like_num:
            continue
        value = _count_value(c)
        around = {t.lower_ for t in c.subtree} | {t.lower_ for t in noun.children if t.i < c.i}
        if value is not None and value >= LARGE_COUNT or around & COMPARATIVES:
            return True
    return False


def counted_course(verb) -> bool:
    """"Since October, militias have conducted more than 140 attacks against U.S. forces": a perfect whose object is
    a large count of acts tells a tally over a span, no act (gold conventions: aggregates are not events). A time of
    the sentence other than the span's start ("on Monday", "this week") may date one operation and is left."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children) or verb.tag_ != "VBN":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in COUNTED_ACTS]
    if not objects or not large_count(objects[0]):
        return False
    since = {t.i for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "since" for t in c.subtree}
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in since for t in verb.sent)


HOSTING = frozenset({"host", "receive", "welcome"})
MANY = frozenset({"several", "further", "many", "numerous", "multiple", "various", "repeated", "successive",
                  "countless", "frequent"})


def hosted_many(verb) -> bool:
    """"Iran hosted several Taliban delegations", "Oman hosted further meetings": hosting counted as many, with no
    time in the sentence, is a course of meetings, none told (a dated or single meeting stays)."""
    if verb.lemma_.lower() not in HOSTING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    if not objects or not any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in MANY for c in objects[0].children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)
