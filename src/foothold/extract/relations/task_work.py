"""Working with a party on one task, or in a future, is no standing tie (issue 8, spurious15).

roles.yaml reads "works with", "working with" as an aligned cue: "the militia works closely with the Guards", "the
company, which works with the army under a deal", "sanctioned for working with Russian intelligence" tell a standing
partnership, and the golds tie them (owndocs15 02, 17 03, 17 06, 27 01). Two shapes tell no such tie:
- a task in hand, told in the progressive with what the work is for: "the mission is working with the police to
  establish the facts", "Lima had been working with Quito to open a consulate" (a "to"-infinitive or an "on"
  phrase on a progressive "working" that has its own "be" auxiliary);
- a future or a wish: "Canberra would keep working with Port Vila on climate change", "said Washington would work
  with the new government", "looked forward to working with his government" ("will", "would", "shall" on the verb,
  or the verb the complement of "keep", "continue", "look forward", "hope", "plan", "intend", "want").
The golds tie none of these in the read half (owndocs21 08, 25 10, 27 07, 31 08, 35 08, 37 05; FORMAT.md
`allied_with` is a stated alignment, and a said future is an event, AGREE, not a tie). ``passing_work(token)``,
read in `cues.read_one_cue` beside the negated and conditional cues.
"""

from __future__ import annotations

WORK = frozenset({"work"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
FUTURE_GOVERNORS = frozenset({"keep", "continue", "look", "hope", "plan", "intend", "want", "wish", "seek", "aim",
                              "expect", "promise", "pledge", "vow", "agree", "commit", "ready", "willing"})
BE = frozenset({"be"})


def _purpose(verb) -> bool:
    """A "to"-infinitive or an "on" phrase saying what the work is for."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "on":
            return True
    return False


def _future(verb) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acomp") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in FUTURE_GOVERNORS:
            return True
    return False


def passing_work(token) -> bool:
    """The cue's "work" is a task in hand (a progressive with its purpose) or a future: no standing tie."""
    if token.lemma_.lower() not in WORK or token.pos_ not in ("VERB", "AUX"):
        return False
    if _future(token):
        return True
    progressive = token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() in BE for c in token.children)
    return progressive and _purpose(token)
