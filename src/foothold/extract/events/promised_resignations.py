"""A resignation agreed to or offered is conceded, not promised (issue 8, evtypes).

"X agreed on Sunday to step down", "the minister offered to resign": an announced future retreat is a verbal
concession (PLOVER CONCEDE: "Announcements of future retreats should be coded as CONCEDE"), not the AGREE a
promise to act with another is. Only the resignation is read so: the tuning golds code "agreed to withdraw their
troops" and "agreed to disarm" AGREE. What resigns is plover.yaml's own RETREAT resign vocabulary (the verbs
"resign", "quit"; the phrases "step down"), no list of its own."""

from __future__ import annotations

from .triggers import Found

RESIGN = ("RETREAT", "resign")


def promised_resignation(lex, f: Found, etype: str, mode, sphere):
    """CONCEDE for an agreement or offer whose complement resigns ("agreed to step down"), else unchanged."""
    if etype != "AGREE" or f.kind not in ("verb", "light"):
        return etype, mode, sphere
    # the governing verb ("agreed", "offered to"), or the resignation itself read as its intention ("to resign")
    # only a resignation promised alone: "agreed to step down and to hold elections" promises more (one AGREE, whose
    # other acts would stand apart from a CONCEDE as events of their own)
    intended = f.trigger is not None and (f.trigger.type, f.trigger.mode) == RESIGN and not _with_other_acts(f.token)
    if intended or any(_resigns(lex, c) and not _with_other_acts(c) for c in f.token.children if c.dep_ == "xcomp"):
        return "CONCEDE", "concede", sphere
    return etype, mode, sphere


def _with_other_acts(verb) -> bool:
    """The verb has a verb conjunct, or is one ("to step down and hand power to X")."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _resigns(lex, verb) -> bool:
    """The verb, or the verb with its particle ("step down"), is a RETREAT resign trigger in plover.yaml."""
    trig = lex.verbs.get(verb.lemma_.lower())
    if trig is not None and (trig.type, trig.mode) == RESIGN:
        return True
    words = [(verb.lower_, c.lower_) for c in verb.children if c.dep_ == "prt"]
    return any(tuple(p.words) in words and (p.trigger.type, p.trigger.mode) == RESIGN for p in lex.phrases)
