"""People within a body act for it (issue 8, evargs5): "Critics in the Peruvian Congress demanded access to the
files", "hardliners within the ruling party blocked the bill", "fighters from the Shining Path ambushed a patrol".
A plural noun of people who belong to a body (`MEMBER_NOUNS`) with no name of its own whose "in"/"within"/"from" object is a named organisation is that
organisation (as "members of X" already is, through the "of"-phrase; `arguments.head_actors` read "in"/"from" for
countries only: "officials from Iraq"). Places stay scenes ("protesters in Lima"), never doers.
One unnamed member said with "a"/"an" is the body too (evargs14: "An official at the Central Bank, who asked not to
be named, denied the reports", "a spokesman for the Blue Party rejected the charge"): no one is named, so the act is
the body's, as news-dev codes an unnamed official's act with his state; "for" and "with" join the prepositions there
(`SINGLE_PREPS`), and the nouns of spokesmen and sources (`SINGLE_NOUNS`). "The official at the bank" (definite) may
be someone named before and is left to the other readings.
A spokes-noun's own "for" phrase ("a spokesman for the Blue Party") is read in one place, `spokespeople.spoken_for`
(fixes15), which also reads plurals, definites, states and unnamed state bodies there; this module leaves it
(`spokespeople.for_objects`), and reads a spokesman only "at"/"with"/"in"/"from" a body."""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .spokespeople import for_objects

# evstmt2: "at" too ("officials at the Trade Bank denied that ..."; an organisation only, never a place)
WITHIN_PREPS = frozenset({"in", "within", "from", "inside", "at"})
# people who belong to a body ("people in Aceh", "threats from X" are no members)
MEMBER_NOUNS = frozenset({"critic", "lawmaker", "legislator", "member", "official", "hardliner", "moderate",
                          "commander", "leader", "deputy", "fighter", "militant", "activist", "supporter", "delegate",
                          "representative", "officer", "soldier", "envoy", "diplomat", "minister", "senator", "mp",
                          "dissident", "faction", "figure", "voice", "cadre", "loyalist", "rebel", "insurgent",
                          "observer", "monitor", "inspector", "negotiator"})   # (evargs9: "observers from X")
# evargs14: one unnamed member ("an official at X", "a spokesman for X"): these prepositions and nouns besides
SINGLE_PREPS = frozenset({"for", "with"})
SINGLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "source", "employee", "executive", "aide",
                          "adviser", "advisor"})
INDEFINITE = frozenset({"a", "an", "one", "another"})


def single_member(tok) -> bool:
    """``tok`` is one unnamed member, "an official", "a spokesman": a singular noun with an indefinite article."""
    return tok.tag_ == "NN" and (tok.lower_ in MEMBER_NOUNS or tok.lower_ in SINGLE_NOUNS) \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)


def members_within(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The organisations a plural people noun is "in", "within" or "from", or []."""
    if tok.pos_ not in ("NOUN", "PROPN") or index.actor_at(tok.i) is not None:
        return []
    single = single_member(tok)
    if not single and (tok.tag_ not in ("NNS", "NNPS")
                       or tok.lemma_.lower() not in MEMBER_NOUNS and tok.lower_.rstrip("s") not in MEMBER_NOUNS):
        return []
    preps = WITHIN_PREPS | SINGLE_PREPS if single else WITHIN_PREPS
    if for_objects(tok):
        preps = preps - {"for"}    # "a spokesman for X": spokespeople.spoken_for's shape (one reader, fixes15)
    out: list[tuple[ActorHit, int]] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for o in (n for p in c.children if p.dep_ == "pobj" for n in [p, *p.conjuncts]):
            if single and any(a.dep_ == "appos" and (h := index.actor_at(a.i)) is not None and h.type == "person"
                              for a in o.children):
                return []  # "A spokeswoman for the Council, Rosa Quispe, denied": the apposed name is the member
            hit = index.actor_at(o.i)
            if hit is not None and hit.type == "organization" and all(hit.actor != h.actor for h, _ in out):
                out.append((hit, o.i))
    return out
