"""A visit and the meetings held during it are one CONSULT (irq21; seed.gold.notes.md 22: "A visit together with the
meetings held during it is one CONSULT ... That event lists every host named").

- "X visited Tehran and met Y", "X paid a visit to Baghdad, during which he met with Y": the meeting by the visitor,
  told in the visit's sentence, joins the visit (its hosts become the visit's targets).
- "X visited Ashgabat and was received by President Y" (spurious13): the host's receiving, a passive conjunct of the
  visit verb whose received party is the visitor (or unnamed), joins the visit too (the host becomes its target).
- "X travelled to Najaf and met Y, a meeting that Y had refused to others": a meeting noun with no doer, apposed
  in a sentence whose CONSULT already names one of its parties, sums that CONSULT up (a noun in a list of
  happenings, "a visit of X; and meeting between Y and Z", is its own).
"""

from __future__ import annotations

from ...model import Event


def same_sentence_consults(info: dict, events: list[Event], meta: list[dict]):
    """The CONSULT events told before in the sentence of ``info``, latest first."""
    for other, m in zip(reversed(events), reversed(meta)):
        if m.get("sent") != info.get("sent"):
            break
        if other.type == "CONSULT":
            yield other


def visit_holding(found, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> Event | None:
    """The CONSULT this meeting (``found`` its trigger) belongs to (a visit by the same visitor, or one naming an
    apposed noun's parties), else None."""
    if ev.type != "CONSULT" or ev.mode == "visit":
        return None
    for other in same_sentence_consults(info, events, meta):
        if other.mode == "visit" and told_by_a_clause(found) and (not ev.source or set(other.source) == set(ev.source)):
            return other                      # "..., during which he met Y": the visitor, or no one else named
        if not ev.source and apposed_noun(found) and set(ev.target) & (set(other.source) | set(other.target)):
            return other                      # "met Y, a meeting that ...": the noun apposed sums the clause up
        if other.mode == "visit" and received_visitor(found) and set(ev.target) <= set(other.source):
            return other                      # "visited X and was received by Y": Y hosts the visit
    return None


# verbs of a host taking in a visitor: told in the passive, their agent is the host
RECEIVING = frozenset({"receive", "welcome", "host", "greet"})


def received_visitor(found) -> bool:
    """A passive receiving verb conjoined to another verb, with no subject of its own ("visited Ashgabat and was
    received by the President"): the visitor of that verb is the one received."""
    tok = found.token
    return found.kind == "verb" and tok.lemma_.lower() in RECEIVING and tok.dep_ == "conj" \
        and any(c.dep_ == "auxpass" for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def told_by_a_clause(found) -> bool:
    """A finite verb or a light verb's phrase ("met", "held talks"), not a noun or gerund in a list of happenings
    ("a visit of X; and meeting between Y and Z")."""
    return found.kind != "noun" and found.token.tag_ not in ("VBG", "NN", "NNS")


def apposed_noun(found) -> bool:
    """The act was found as a noun apposed to a name ("met Y, a meeting that ...")."""
    return found.token.dep_ == "appos" and found.token.pos_ == "NOUN"
