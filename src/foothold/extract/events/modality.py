"""Did it happen? Negated, hypothetical and habitual triggers are not events.

PLOVER codes reported happenings; "did not meet", "may attack", "if the
United States ignores ...", "continues to coordinate" are left out (and
counted, so nothing disappears silently).
"""

from __future__ import annotations

import re

from .chronology_entries import dated_entry
from ..doc_tokens import span_tokens

FUTURE = {"will", "'ll", "shall"}
MODALS = {"may", "might", "could", "would", "should", "can", "must", "shall", "will", "'ll", "wo"}
# Verbs that make their xcomp not (yet) a happening.
IRREALIS_GOVERNORS = {"continue", "seek", "try", "attempt", "aim", "want", "expect", "need",
                      "avoid", "refrain", "fail", "prefer", "hope", "wish", "tend", "able", "likely",
                      "work", "strive", "seem", "appear", "unable", "reluctant", "unwilling", "loath",
                      "struggle"}      # "struggled to service its loans": an effort, no payment told (spurious3)
IRREALIS_GOVERNORS |= {"mean"}      # "X meant to visit Riyadh first": a purpose, no visit told (spurious8)
# A schedule or an imminence: "are due to meet", "is set to impose", "talks are scheduled to resume", "the offensive
# is expected to begin": neither the act nor its subject event noun has happened yet.
SCHEDULING = {"due", "set", "schedule", "slate", "poise", "poised", "expect", "likely", "unlikely"}
IRREALIS_GOVERNORS |= SCHEDULING
# A stated intention is itself an event: PLOVER codes it AGREE ("intends to provide a loan").
INTENTION_GOVERNORS = {"intend", "plan", "decide", "agree", "promise", "pledge", "vow", "ready", "willing",
                       "prepare", "commit", "offer", "undertake"}      # "undertook to withdraw": a pledge
REFUSING = {"deny", "refuse", "reject", "decline", "avoid", "oppose"}


def refusing(verb) -> bool:
    """A verb refusing or denying the act told in its gerund ("ruled out sending", "denied carrying out")."""
    return verb.lemma_ in REFUSING or verb.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                                    for c in verb.children)


# "Iran acted to foil X": a bare action verb whose purpose clause is the act itself.
ACTION_VERBS = {"act", "move", "step", "willing", "ready", "be"}
# "We are designating", "the United States is suspending aid", "is offering a reward": an official
# act announced as it is done, not a state of affairs
PERFORMATIVE = {"designate", "sanction", "suspend", "offer", "impose", "freeze", "expel", "recall", "announce",
                "condemn", "urge", "call", "demand", "reject", "block", "blacklist", "lift", "release", "provide",
                "pledge", "grant"}
HABITUAL_ADVERBS = {"often", "usually", "regularly", "frequently", "routinely", "always", "generally",
                    "repeatedly", "continually", "constantly", "consistently", "persistently"}
# "targeting mainly security forces", "fought mostly in other theaters": a generalisation over many acts
GENERALISING_ADVERBS = {"mainly", "mostly", "largely", "primarily", "typically", "chiefly", "predominantly"}
PROSPECT_NOUNS = {"risk", "danger", "possibility", "prospect", "threat", "fear", "likelihood", "chance", "specter",
                  "spectre", "potential", "threats", "fears", "risks"}
ALLEGING_VERBS = {"accuse", "charge", "suspect", "blame", "indict", "convict"}
HABITUAL_ADJECTIVES = {"continued", "continuing", "ongoing", "unrelenting", "relentless", "persistent", "repeated",
                       "constant", "recurring", "frequent", "regular", "routine", "sustained"}
# "attacked U.S. personnel more than 60 times", "launched scores of attacks": an aggregate, not one act
AGGREGATE_QUANTIFIERS = {"dozens", "hundreds", "thousands", "scores", "numerous"}
# "numerous attacks", "multiple strikes": a plural act counted as many, not one
AGGREGATE_ADJECTIVES = {"numerous", "countless", "multiple", "many", "various", "myriad", "innumerable", "dozens",
                        "hundreds", "thousands", "scores"}
# "attacks on every continent", "strikes across all fronts": a plural spread over a class of places
DISTRIBUTIVE_DETS = {"every", "each", "all"}
STATIVE = {"remain", "stay", "persist", "linger", "exist"}
# "was forced to withdraw", "was allowed to leave": the complement is what happened, not a purpose
MADE_TO = {"force", "compel", "oblige", "obligate", "allow", "permit", "make", "authorize", "authorise", "ask",
           "urge", "invite", "order", "tell", "call"}
# "the aim was to expel", "the resolution is to end": a copular infinitive names a goal, not an act
GOAL_SUBJECT_POS = {"NOUN"}
TIME_NOUNS = {"year", "month", "week", "day", "time", "spring", "summer", "autumn", "fall", "winter", "morning",
              "evening", "night", "weekend", "decade", "century"}
GENERIC_DETS = {"any", "every", "no", "such"}
# "a possible visit", "the planned meeting": not (yet) a happening
IRREALIS_ADJECTIVES = {"possible", "potential", "planned", "expected", "future", "proposed", "upcoming",
                       "likely", "prospective", "hypothetical", "alleged", "postponed", "cancelled", "canceled",
                       "delayed", "rumoured", "rumored", "mooted", "anticipated", "intended", "scheduled"}


# Verbs whose present tense performs the act as it is told ("the United States condemns the attack", "Iran
# rejects the claims", "we call on both sides"): a statement, not a standing habit.
STATING = PERFORMATIVE | {"say", "state", "welcome", "accuse", "deny", "warn", "threaten", "praise", "applaud", "commend",
                          "congratulate", "express", "reiterate", "reaffirm", "affirm", "stress", "note", "appeal", "ask",
                          "request", "insist", "invite", "thank", "regret", "deplore", "denounce", "blame", "claim",
                          "vow", "promise", "declare", "tell", "criticise", "criticize", "dismiss", "refute", "endorse",
                          "recognise", "recognize", "mourn", "salute", "hail",
                          "recommend",          # a report's own "The Committee recommends that X ...": its call
                          "stand"} | INTENTION_GOVERNORS          # "The United States stands with the people of X" | {"wish", "want", "hope"}
# evcand12: "Iran expects the KRG to prevent ...": an expectation of another's duty is asked as it is stated
# (expectations.py); the expectation of a forecast is never a trigger
STATING = STATING | {"expect"}
RATE_DETS = {"a", "an", "every", "each", "per"}
LATER = {"later", "earlier", "ago", "after", "before", "since", "until", "into", "of", "or", "and"}   # "a day after": one time
# "Analysts expect Ankara to launch ...": a forecast's content is not a happening
FORECASTING = {"expect", "predict", "forecast", "anticipate", "fear", "project", "foresee"}
WH_WORDS = {"who", "what", "why", "how", "when", "where", "which", "whom", "whose"}


def generic_present(verb) -> bool:
    """ "Iran supports militias across the region", "the navy patrols the strait": a simple present naming a
    standing conduct, not a happening (a statement's own verb, "condemns", "rejects", is the act; a stated
    day, "on Monday", makes it the news told in the historical present)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in STATING:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.dep_ in ("xcomp", "pcomp"):
        return False
    if dated_entry(verb):
        return False              # "12 May: Militia fires rockets at the base": a chronology's dated act (evrecall3)
    if any(c.dep_ == "nsubj" and any(d.lower_ in ("this", "these", "today") for d in c.subtree) for c in verb.children):
        return False              # "this action targets ...", "today's designations target ...": the news itself
    if any(t.ent_type_ in ("DATE", "TIME") and t.lower_ not in ("year", "every", "each", "annually") and not t.like_num
           for t in verb.subtree if t.sent == verb.sent) and not rate(verb):
        return False
    return not any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”") for t in verb.sent)


def present_state(verb) -> bool:
    """ "The group is banned in Egypt", "its fighters are trained by Iranian advisers": a present passive with no
    stated time describes a standing state (an official act announced as done, "is designated", stays)."""
    if verb.tag_ != "VBN" or verb.lemma_ in PERFORMATIVE:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux or any(c.lower_ not in ("is", "are") for c in aux):
        return False
    from .clause_time import timed_clause      # here: clause_time is a leaf, kept beside its one rule
    return not timed_clause(verb)


def rate(verb) -> bool:
    """ "ten civilians a day", "1.3 billion dollars every year", "twice per week": a rate sums many acts."""
    for t in verb.subtree:
        if t.lemma_.lower() in TIME_NOUNS and t.tag_ == "NN" and t.dep_ in ("npadvmod", "pobj", "dobj") \
                and t.i > 0 and t.doc[t.i - 1].lower_ in RATE_DETS and (t.doc[t.i - 1].lower_ in DISTRIBUTIVE_DETS or not {
                    t.head.lower_, t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""} & LATER) \
                and not any(c.dep_ in ("prep", "advmod") and c.lower_ in ("after", "before", "later", "earlier", "ago")
                            for c in t.children) \
                and not (t.dep_ == "pobj" and t.head.lower_ not in ("per",)):
            return True
        if t.lower_ == "per" and any(c.lemma_.lower() in TIME_NOUNS for c in t.children):
            return True
    return False


def question(trigger) -> bool:
    """A direct question ("Is Iran preparing to attack?", "Will Moscow retaliate?") asks, it reports nothing."""
    sent = trigger.sent
    if sent[-1].text != "?" and not (len(sent) > 1 and sent[-2].text == "?"):
        return False                # the sentence's end first: its words are listed only for a question
    words = [t for t in span_tokens(sent) if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = words[0]
    return first.lower_ in WH_WORDS or first.tag_ == "MD" or first.pos_ == "AUX" and first.dep_ in ("aux", "auxpass", "ROOT")


def negated_party(trigger) -> bool:
    """ "no Iranian drones were shot down", "nobody was arrested": an act with no one doing or undergoing it."""
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                c.lower_ in ("nobody", "nothing", "none", "noone") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def misparsed_predicate(verb) -> bool:
    """ "Thousands of Egyptians protested outside the embassy" parsed as a verbless sentence whose root
    noun carries the verb as a participle: a past verb after the root, with no agent ("backed by Iran")
    and no finite verb anywhere in the sentence, is the sentence's predicate, not a description."""
    root = verb.head
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN", "NUM") or verb.i < root.i \
            or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "agent" for c in verb.children):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent if t.i != verb.i
                   and not any(a.dep_ == "relcl" for a in [t, *t.ancestors]))   # "Russia, which has X, called on ..."


def dated(verb) -> bool:
    """ "a tanker struck on Monday by a Houthi missile": a participle carrying its own date tells a
    happening, not a standing description ("militias backed by Iran")."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children):
            return True
    return False


# "has repeatedly bombed", "was shelled throughout the war", "fired rockets on several occasions": many acts told as one
# "has exchanged fire almost daily since October", "shelled the town nightly": a frequency is a course too
REPEATING_ADVERBS = {"repeatedly", "regularly", "routinely", "frequently", "constantly", "continually", "habitually",
                     "daily", "nightly", "weekly", "hourly"}
ONE_TIME = {"day", "night", "morning", "afternoon", "evening", "weekend"}
OCCASION_COUNTS = {"several", "many", "numerous", "multiple", "repeated", "countless", "various"}


def repeated(verb) -> bool:
    """The verb sums repeated acts: a repeating adverb, "throughout" a period, "on several occasions"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in REPEATING_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ == "throughout" and not any(
                o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in ONE_TIME for o in c.children):
            return True               # "throughout the war" (not "throughout Tuesday", "throughout the night")
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                o.lemma_.lower() == "occasion" and any(d.lower_ in OCCASION_COUNTS for d in o.children)
                for o in c.children):
            return True
    return False


# A decade named as the start of a perfect: "since the 1990s", "since the '80s"
DECADE = re.compile(r"(1[0-9]|20)?[0-9]0s|'[0-9]0s")


def standing_course(verb) -> bool:
    """ "Qatari charities have funded schools since the 1990s": a present perfect run from a decade on is a course
    of acts, not one ("has met X since 2019" with a year stays to the dater; a span, "for years", is left too: it
    cost a reported act on the even half of news-dev)."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(o.dep_ == "pobj" and DECADE.fullmatch(o.lower_)
                                                              for o in c.children)
               for c in verb.children)


# "stopped denying", "ceased blocking": the act's end, not the act
CESSATION = {"stop", "cease", "quit", "end", "halt", "discontinue", "abandon"}


def ceased(trigger) -> bool:
    """ "In 2013 Hezbollah stopped denying that ...", "Serbia has ceased blocking X": the gerund a verb of ending
    takes is what stopped, not a reported act."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "dobj", "ccomp") and trigger.head.pos_ in ("VERB", "AUX") \
        and trigger.head.lemma_.lower() in CESSATION


def lasting_condition(trigger) -> bool:
    """ "will keep its base as long as Dushanbe asks it to": the clause of "as long as" is a condition."""
    t = trigger
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
                and any(c.lower_ == "as" for c in t.head.children):
            return True
        if t.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep"):
            return False
        t = t.head
    return False


def background_relative(verb) -> bool:
    """ "the Houthis, who had taken Sanaa, ...": a past perfect in a relative clause tells the party's background,
    not a reported act ("had to leave" is an obligation, not a perfect)."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def why_not_factual(trigger) -> str | None:
    """A reason the trigger does not report a happening, or None if it does (the shapes are in `unfactual`)."""
    from .unfactual import first_unfactual_reason     # here: unfactual reads this module's words
    return first_unfactual_reason(trigger)
