"""A ban or restriction lifted on political life or on people is a concession, not a material retreat (issue 8,
newswire2): "lifted the ban on political rallies", "eased restrictions on refugees leaving the province".

CAMEO 0811 "ease restrictions on political freedoms", 0812 "ease ban on political parties or politicians" and 081
"ease administrative sanctions" are PLOVER CONCEDE (CAMEO2PLOVER; the PLOVER manual: "easing of administrative or
legal restrictions on persons and organizations"); so is a lifted curfew, state of emergency or martial law (the
manual's CONCEDE: "removing curfews", over CAMEO2PLOVER's RETREAT for 0813/0814; wire_vocab.yaml
`conceded_restraints`, evrecall3); a lifted embargo or economic sanction stays RETREAT (085). What was restricted is read from the lifted noun's "on"/"against"/"of" phrase or its modifiers, and
matched against data/wire_vocab.yaml `conceded_freedoms`. Tests: tests/test_events_freedoms.py.
"""

from __future__ import annotations

from functools import lru_cache

from .wire_vocab import read_wire_vocab

RESTRICTING_NOUNS = frozenset({"ban", "restriction", "prohibition", "curb", "limit", "control"})
RESTRICTED_PREPS = frozenset({"on", "against", "of"})


@lru_cache(maxsize=1)
def conceded_freedoms() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_wire_vocab().get("conceded_freedoms") or ())


@lru_cache(maxsize=1)
def conceded_restraints() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_wire_vocab().get("conceded_restraints") or ())


def lifts_restraint(objects) -> bool:
    """A lifted curfew, lockdown, state of emergency or martial law: a restraint on everyone (PLOVER CONCEDE)."""
    restraints = conceded_restraints()
    for o in objects:
        lemma = o.lemma_.lower()
        modified = {f"{c.lower_} {lemma}" for c in o.children if c.dep_ in ("amod", "compound")}
        emergency = {p2.lemma_.lower() for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for p2 in p.children if p2.dep_ == "pobj"} if lemma == "state" else set()
        if ({lemma} | modified | emergency) & restraints:
            return True
    return False


def restricted_words(noun) -> list:
    """What a ban or restriction bears on: its "on X" phrase (with X's modifiers) and its own modifiers."""
    out = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in RESTRICTED_PREPS:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out += [t for t in obj.subtree]
    return out


def eases_freedoms(objects, verb=None) -> bool:
    """A lifted or eased ban/restriction bears on political life or on people (CAMEO 081x: CONCEDE); the parser may
    hang the "on X" phrase on the verb ("lifted the ban on political rallies")."""
    if lifts_restraint(objects):
        return True
    freedoms = conceded_freedoms()
    bans = [o for o in objects if o.lemma_.lower() in RESTRICTING_NOUNS]
    words = [t for o in bans for t in restricted_words(o)]
    if bans and verb is not None:
        words += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in RESTRICTED_PREPS
                  for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    return any(t.lemma_.lower() in freedoms or t.lower_ in freedoms for t in words)
