"""People within a body act for it (issue 8, evargs5): "Critics in the Peruvian Congress demanded access to the
files", "hardliners within the ruling party blocked the bill", "fighters from the Shining Path ambushed a patrol".
A plural noun of people who belong to a body (`MEMBER_NOUNS`) with no name of its own whose "in"/"within"/"from" object is a named organisation is that
organisation (as "members of X" already is, through the "of"-phrase; `arguments.head_actors` read "in"/"from" for
countries only: "officials from Iraq"). Places stay scenes ("protesters in Lima"), never doers."""

from __future__ import annotations

from .index import ActorHit, DocIndex

# evstmt2: "at" too ("officials at the Trade Bank denied that ..."; an organisation only, never a place)
WITHIN_PREPS = frozenset({"in", "within", "from", "inside", "at"})
# people who belong to a body ("people in Aceh", "threats from X" are no members)
MEMBER_NOUNS = frozenset({"critic", "lawmaker", "legislator", "member", "official", "hardliner", "moderate",
                          "commander", "leader", "deputy", "fighter", "militant", "activist", "supporter", "delegate",
                          "representative", "officer", "soldier", "envoy", "diplomat", "minister", "senator", "mp",
                          "dissident", "faction", "figure", "voice", "cadre", "loyalist", "rebel", "insurgent",
                          "observer", "monitor", "inspector", "negotiator"})   # (evargs9: "observers from X")


def members_within(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """The organisations a plural people noun is "in", "within" or "from", or []."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS") or index.actor_at(tok.i) is not None \
            or tok.lemma_.lower() not in MEMBER_NOUNS and tok.lower_.rstrip("s") not in MEMBER_NOUNS:
        return []
    out: list[tuple[ActorHit, int]] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in WITHIN_PREPS:
            continue
        for o in (n for p in c.children if p.dep_ == "pobj" for n in [p, *p.conjuncts]):
            hit = index.actor_at(o.i)
            if hit is not None and hit.type == "organization" and all(hit.actor != h.actor for h, _ in out):
                out.append((hit, o.i))
    return out
