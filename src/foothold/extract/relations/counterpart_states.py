"""A bare head's or minister's state read off the counterparts he faces (issue 8, reltitle15): "China stepped in as
mediator. Foreign Minister X hosted his Bangladeshi and Myanmar counterparts in New York", "The award gave Slovenia
most of the bay. Prime Minister Y urged Croatia to respect it. His Croatian counterpart, Z, rejected it". A
counterpart holds the same office in another state, so the states qualifying the holder's own counterparts ("his"/
"her" + demonym or state + counterpart(s), later in his sentence, or opening the next one when no other person is
named after him; the holder a clause's subject, no other person named between) are not his; of the states named in his sentence, the two before it and the counterpart's
sentence, the one left is (none when none or several are left). Read last in `TitleRelations.dictionary_scope`,
which also refuses a guess that gives the holder a counterpart's state."""

from __future__ import annotations

from .acting_subject import state_acting_as
from .index import Ref
from .issuer import holder_is_subject

COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})
OWNERS = frozenset({"his", "her"})
SENTENCES_BEFORE = 2
OPENING_WORDS = 6        # "His Croatian counterpart" opens the next sentence within these words


def counterpart_phrases(reader, holder: Ref) -> list[tuple[set[str], object]]:
    """(states, sentence) of each "his/her <state(s)> counterpart(s)" facing the holder."""
    doc = reader.doc
    if not holder_is_subject(reader, holder):
        return []          # "X met Prime Minister Y and his Iraqi counterpart": the "his" is the subject's
    spans = [(holder.end, reader.hi)]
    if reader.hi < len(doc) and not any((r := reader.idx.ref(j)) is not None and r.type == "person"
                                         for j in range(holder.end, reader.hi)):
        nxt = doc[reader.hi].sent
        spans.append((nxt.start, min(nxt.end, nxt.start + OPENING_WORDS)))
    out = []
    for lo, hi in spans:
        for j in range(lo, hi):
            tok = doc[j]
            if tok.lower_ not in COUNTERPART_NOUNS:
                continue
            owner = owning_pronoun(reader, j, lo)
            if owner is None or (lo != holder.end and owner != lo) or any(
                    (r := reader.idx.ref(k)) is not None and r.type == "person" for k in range(holder.end, owner)):
                continue       # another person named between: the "his" may be his
            states = {r.actor for k in range(owner + 1, j) if (r := reader.idx.ref(k)) is not None
                      and r.type == "country"}
            if states:
                out.append((states, tok.sent))
    return out


def owning_pronoun(reader, j: int, lo: int) -> int | None:
    """The "his"/"her" opening the counterpart noun's phrase at j, read by its words (the parser hangs the pronoun
    on the first demonym as often as on the noun): only states, demonyms and their "and"/commas between."""
    k = j - 1
    while k >= lo:
        r = reader.idx.ref(k)
        if r is not None and r.type == "country":
            k = r.start - 1
        elif reader.doc[k].lower_ in ("and", ",", "-"):
            k -= 1
        else:
            break
    return k if lo <= k < j - 1 and reader.doc[k].lower_ in OWNERS else None


def counterpart_states(reader, holder: Ref) -> set[str]:
    """The states of the holder's counterparts (empty when none is named so)."""
    return {s for states, _ in counterpart_phrases(reader, holder) for s in states}


def state_beside_counterparts(reader, t, holder: Ref) -> str | None:
    """The one state of the holder's neighbourhood left when his counterparts' states are taken out."""
    phrases = counterpart_phrases(reader, holder)
    if not phrases:
        return None
    doc = reader.doc
    sentences = [reader.sent]
    lo = reader.lo
    for _ in range(SENTENCES_BEFORE):
        if lo <= 0:
            break
        prev = doc[lo - 1].sent
        sentences.append(prev)
        lo = prev.start
    sentences += [s for _, s in phrases]
    named = {s for sent in sentences for tok in sent if (s := state_acting_as(reader, tok)) is not None}
    named |= {r.actor for sent in sentences for tok in sent
              if (r := reader.idx.ref(tok.i)) is not None and r.type == "country"}
    left = named - {s for states, _ in phrases for s in states}
    return left.pop() if len(left) == 1 else None
