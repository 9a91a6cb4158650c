"""A bare head or minister inside a "where" clause hung on a place is that place's state (issue 8, reltitle10):
"Xi's first trip abroad took him to Astana in September, where he told President X that ..." (Kazakhstan's),
"after Y's visit to Washington, where President X received him" (the United States', whatever state the dateline
or the story's title gives). The place is the clause's antecedent — the noun the relative clause hangs on, or else
the nearest place or state named before the comma opening it, with no verb between — and stands for its state
through `TokenIndex.state_of_place` (a capital or city of a state the text names, or the state itself).

Read only when the holder is no visitor there: the holder is not the clause's subject, or is its subject acting on
someone the clause names only by a pronoun ("where President X received him", "where Prime Minister X thanked
them"); "flew to Hanoi, where Foreign Minister X met reporters" may be the visiting side's own minister, while a head
of state or government acting where a named person went is the place's ("X then flew to Washington, where President Y
promised ...", `head_met_by_visitor`, reltitle14). First of the
story's guesses after a tie the holder already has (`title_relations.dictionary_scope`)."""

from __future__ import annotations

WHERE_GAP = 8             # tokens between the place and the "where" ("Astana in September 2022, where")
OBJECT_PRONOUNS = {"him", "her", "them", "us"}


def where_scene_state(reader, t, holder) -> str | None:
    """The state of the place a "where" clause holding ``holder`` hangs on, else None."""
    if holder is None or reader.regional(t):
        return None
    tok = reader.doc[holder.end - 1]
    clause = None
    for anc in [tok, *tok.ancestors]:
        if not reader.lo <= anc.i < reader.hi:
            break
        where = next((c for c in anc.children if c.lower_ == "where" and c.dep_ == "advmod" and c.i < holder.start),
                     None)
        if where is not None:
            clause = (anc, where)
            break
    if clause is None:
        return None
    verb, where = clause
    if not (verb.i > where.i and reader.w(where.i - 1) == ","):
        return None                     # a question's "where", or no relative clause opened after a comma
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(holder.start <= s.i < holder.end or s.i == tok.i for s in subjects):
        if not any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children) \
                and not any(c.dep_ == "dative" and c.lower_ in OBJECT_PRONOUNS for c in verb.children):
            if not head_met_by_visitor(reader, t, holder, verb):
                return None             # "flew to Hanoi, where Foreign Minister X met reporters": maybe the visitor
    return place_state(reader, verb, where)


def head_met_by_visitor(reader, t, holder, verb) -> bool:
    """A head of state or government acting in the clause where a named person went ("X then flew to Washington,
    where President Y promised ..."): a visitor's retinue holds no head of his own state, so the head is the place's
    (reltitle14). The person is the subject of the verb the clause's place hangs on, and no holder himself."""
    if t.words not in reader.lex.country_heads or t.time is not None or t.demoted:
        return False
    went = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if went is None or not reader.lo <= went.i < reader.hi:
        return False
    for c in went.children:
        if c.dep_ == "nsubj":
            r = reader.idx.ref(c.i)
            return r is not None and r.type == "person" and r.actor != holder.actor
    return False


def place_state(reader, verb, where) -> str | None:
    """The state the clause's antecedent stands for: the noun it hangs on, else the nearest place or state before
    the comma with no verb between."""
    if verb.dep_ == "relcl" and (state := ref_state(reader, verb.head.i)) is not None:
        return state
    for j in range(where.i - 2, max(reader.lo, where.i - 2 - WHERE_GAP) - 1, -1):
        if reader.doc[j].pos_ in ("VERB", "AUX") or reader.w(j) in (";", ":"):
            return None
        if (state := ref_state(reader, j)) is not None:
            return state
    return None


def ref_state(reader, i: int) -> str | None:
    r = reader.idx.ref(i)
    if r is None:
        return None
    if r.type == "country" and not r.demonym:
        return r.actor
    if r.type == "place":
        return reader.idx.state_of_place(reader.doc[r.start:r.end].text)
    return None
