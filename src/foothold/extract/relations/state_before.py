"""A bare head's or minister's state in a text naming several states (issue 8, reltitle2): the one state the sentence
before names, as its acting subject ("Under the accord Iraq pledged to disarm the groups. Prime Minister X had
travelled to ..."), when the title's own sentence names no other state and no other head or minister, its holder is
a clause subject, and no other holder of the title already heads that state. A text naming one state has
`TitleRelations.quiet_state`; this is its reading sentence by sentence."""

from __future__ import annotations

from .acting_subject import state_acting_as
from .issuer import holder_is_subject, quoted_tokens
from .own_predicate import holders_own_predicate
from .wire import body_title


def state_named_before(reader, t, holder) -> str | None:
    """The state the sentence before alone names and makes its subject, for ``t`` held by ``holder``; else None."""
    state = reader.acting_state_before()
    prev = reader.previous_sentence()
    if state is None and prev is not None:
        prev = past_run_in_heading(reader, prev)     # "The vote. Prime Minister X announced ...": the one before
        state = person_state_before(reader, prev)    # "President A refused ... . Prime Minister X announced ..."
        if state is None or not states_in_play(reader, prev) <= {state}:
            return None
    elif state is None or prev is None or states_in_play(reader, prev) != {state}:
        return None
    if not holder_is_subject(reader, holder) or reader.regional(t) or body_title(reader, t) \
            or reader.head_named_before(t, holder, state) or not states_outside_relatives(reader) <= {state} \
            or not capitals_before(reader, t) <= {state}:
        return None
    heads = reader.lex.country_heads | reader.lex.ministers
    others = any(reader.match(j, heads) for j in range(reader.lo, reader.hi)
                 if not t.start <= j < t.title_end and not holders_own_predicate(reader, j, holder))
    return None if others else state


def person_state_before(reader, prev) -> str | None:
    """The one state the subject of the sentence before serves or heads by a tie already read, when that subject is
    a person ("President A of Ghana refused to sign the bill. Prime Minister X said ...": Ghana) (issue 8, reltitle8)."""
    from .acting_subject import main_subject
    subject = main_subject(prev)
    r = reader.idx.ref(subject.i) if subject is not None else None
    if r is None or r.type != "person" or any(c.dep_ == "conj" for c in subject.children):
        return None
    states = {o for (s, p, o) in reader.found.by_key if s == r.actor and p in ("leads", "member_of")
              and reader.idx.types.get(o) == "country"}
    return states.pop() if len(states) == 1 else None


HEADING_WORDS = 4       # "The vote.", "Mediation.", "The new cabinet." opening a paragraph of an analysis


def past_run_in_heading(reader, sent):
    """The sentence before a run-in heading ("The vote. Prime Minister X announced ...": a verbless sentence of a few
    words opening the paragraph), else ``sent`` itself."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) > HEADING_WORDS or any(t.pos_ in ("VERB", "AUX") for t in sent) or sent.start == 0 \
            or "\n" not in reader.doc[sent.start - 1].text_with_ws:
        return sent
    return reader.doc[sent.start - 1].sent


def capitals_before(reader, t) -> set[str]:
    """The states the title's sentence names before the title through a capital standing for them ("Lima holds that
    the boat was in its own waters, and Foreign Minister X called the seizure illegal": Peru is in play, so X is not
    the state the sentence before made its subject) (issue 8, reltitle8)."""
    return {s for j in range(reader.lo, t.start) if (s := state_acting_as(reader, reader.doc[j])) is not None}


def states_standing_in(reader, sent, skip: frozenset[int] | set[int] = frozenset()) -> set[str]:
    """The states a sentence names, a place counting as the state the text names for it ("Iran is adjusting to a
    less pliant government in Baghdad": Iran and Iraq, two states in play, so neither holds the next bare title);
    tokens in ``skip`` (a holder's own who-clause, holder_relatives.py) name none."""
    return {s for tok in sent if tok.i not in skip and (s := state_acting_as(reader, tok)) is not None}


def states_in_play(reader, sent) -> set[str]:
    """`states_standing_in` less a state named only as a source ("..., according to the Lebanese health ministry":
    who counted the dead is no party of the act)."""
    sourced = {d.i for tok in sent if tok.lower_ == "according" and tok.dep_ == "prep" for d in tok.subtree}
    return {s for tok in sent if tok.i not in sourced and (s := state_acting_as(reader, tok)) is not None}


def states_outside_relatives(reader) -> set[str]:
    """The states the sentence names outside relative clauses ("met X, who urged him to expel the American forces":
    what another party urged names no state of the holder's)."""
    inside = {d.i for j in range(reader.lo, reader.hi)
              if reader.doc[j].dep_ == "relcl" and on_party(reader, reader.doc[j]) for d in reader.doc[j].subtree}
    inside |= quoted_tokens(reader.doc)    # condemned "criminal Israeli aggression": whom the holder blames
    return {r.actor for j in range(reader.lo, reader.hi)
            if j not in inside and (r := reader.idx.ref(j)) is not None and r.type == "country"}


def on_party(reader, clause) -> bool:
    """A relative clause on a person or another party ("the mediator, who urged him ..."), not on a thing the holder
    acts on ("announced a barter deal under which Iraq would pay": what the deal binds names the holder's state)."""
    head = clause.head
    return head.pos_ == "PROPN" or reader.idx.ref(head.i) is not None or any(
        c.lower_ in ("who", "whom", "whose") for c in clause.subtree)
