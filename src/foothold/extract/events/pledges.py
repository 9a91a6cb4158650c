"""A stated pledge: "reaffirmed its commitment to X" (lexicon `pledge_nouns`). PLOVER: a commitment to do
something is a promise (AGREE); a commitment to a thing or a cause, or to stand by a party, endorses it (SUPPORT);
a commitment to a conflict act ("to defeating the rebels") promises its target nothing, so it is no cooperative pledge."""

from __future__ import annotations

from .cameo import lookup
from .lexicon import Lexicon

CONFLICT_QUADS = ("material_conflict", "verbal_conflict")


def _conflict_act(verb, lex: Lexicon) -> bool:
    """The verb's PLOVER type (plover.yaml, else the CAMEO dictionary) is a conflict."""
    trig = lex.verbs.get(verb.lemma_.lower())
    etype = trig.type if trig is not None else getattr(lookup(verb), "type", None)
    return lex.quads.get(etype or "", "") in CONFLICT_QUADS


def _stands_by(verb, lex: Lexicon) -> bool:
    """The committed act is a SUPPORT cue of plover.yaml told by the verb and its next word ("stand by", "stand
    with"): standing by a party is support, not a future act promised."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and f"{verb.lower_} {nxt.lower_}" in lex.cues.get("SUPPORT", ())


def pledge_type(content, lex: Lexicon) -> str | None:
    """AGREE or SUPPORT when a speech verb's object is a pledge noun with a "to" complement, else None."""
    if content is None or content.dep_ != "dobj" or content.lemma_.lower() not in lex.pledge_nouns:
        return None
    for c in content.children:
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if _stands_by(c, lex):
                return "SUPPORT"                 # "its commitment to stand by the people of X": support expressed
            return None if _conflict_act(c, lex) else "AGREE"      # "its commitment to help Haiti"
        if c.dep_ == "prep" and c.lower_ == "to":
            for o in c.children:
                if o.dep_ == "pcomp" or o.tag_ == "VBG":
                    return None if _conflict_act(o, lex) else "AGREE"   # "its commitment to working with X"
                if o.dep_ == "pobj":
                    return "SUPPORT"             # "its commitment to the peace process"
    return None
