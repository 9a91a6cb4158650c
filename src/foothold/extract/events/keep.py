"""Which candidate events to keep (issue 8, precision): one pass over a document's candidates.

A sentence often tells one happening twice, as an act and as an event noun inside the act's own phrase:
"arrived for talks with X", "agreed to talks with X", "rejected calls for a ceasefire by Y". PLOVER codes
the act, not its topic ("the topic of the protest -- which will typically be a REQUEST -- is not coded as a
separate event"), and an event needs a named actor ("4 people were arrested/killed in a suicide bombing
... have no explicit, named actor so they will not be coded"). So an event noun naming no doer, inside the
phrase headed by the trigger of another event of the same sentence that names its doer, is dropped when it
is that act's repeat (same type: its targets join the act, "arrived for talks with X" -> CONSULT with X) or
a verbal act it answers (a call rejected, talks agreed to). A material act named that way stays its own
happening ("condemned the bombing of the embassy": PLOVER codes the discrete events that motivate a
reaction). Dropped candidates are counted in ``skipped_events`` as ``topic_of_act``.

A coercive act told with the force it used as its participle ("stormed the village, killing dozens",
"raided a hideout, wounding three"), by the same doer, is one happening: an ASSAULT (PLOVER: a MOBILIZE
reported in the context of an ASSAULT is not coded separately; ASSAULT is the actual use of force). The
participle's event is folded into the act (type ASSAULT, targets joined), counted as ``force_of_act``.

A place that only names an accord ("signed the Algiers agreement", "rejected the Lusaka accord", "the Dayton
process") is neither party nor recipient: PLOVER's actor and recipient are entities, and the accord's city is
where it was made. Such a place leaves the event's parties before a capital is read as its state
(counted as ``accord_place``); an event left with no party is dropped (``accord_place_only``).
"""

from __future__ import annotations

from collections import Counter


def governed_by(tok, other) -> bool:
    """``tok`` lies in the phrase that ``other`` heads, and is not ``other`` itself."""
    return tok.i != other.i and any(a.i == other.i for a in tok.ancestors)


def host_act(k: int, events: list, meta: list[dict], doc):
    """The event whose trigger's phrase holds candidate ``k``'s doer-less event noun, if it is that act's topic."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.source or not (m.get("kind") == "noun" or tok.pos_ == "NOUN"):
        return None
    verbal = (ev.quad or "").startswith("verbal")
    for j, (other, om) in enumerate(zip(events, meta)):
        if j != k and om["sent"] == m["sent"] and other.source and (other.type == ev.type or verbal) \
                and governed_by(tok, doc[om["tok"]]):
            return other
    return None


FORCE_CONTEXT = {"COERCE", "MOBILIZE"}
ACCORD_NOUNS = {"agreement", "accord", "treaty", "pact", "deal", "protocol", "declaration", "convention", "process",
                "format", "memorandum", "charter", "plan", "understanding"}
NAME_PARTS = ("compound", "amod", "nmod", "npadvmod")


def names_accord(tok) -> bool:
    """``tok`` is part of a name modifying an accord noun: "the [Algiers] agreement", "the [Camp David] accords"."""
    while tok.dep_ in NAME_PARTS and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in ACCORD_NOUNS or tok.lower_ in ACCORD_NOUNS:
            return True
    return False


def accord_places(ev, m: dict, doc, index) -> set[str]:
    """The place actors of ``ev`` whose every mention in its sentence names an accord."""
    sent = doc[m["sent"]].sent
    uses: dict[str, list[bool]] = {}
    for tok in sent:
        hit = index.actor_at(tok.i)
        if hit is not None and index.actor_type.get(hit.actor) == "place":
            uses.setdefault(hit.actor, []).append(names_accord(tok))
    return {a for a, named in uses.items() if all(named)} & (set(ev.source) | set(ev.target))


def result_of_force(k: int, events: list, meta: list[dict], doc):
    """The act whose participle ``k`` is, when ``k`` is the force it used: "stormed the village, killing dozens"."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type != "ASSAULT" or not ev.source or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj"):
        return None
    for j, (other, om) in enumerate(zip(events, meta)):
        if j != k and om["tok"] == tok.head.i and other.type in FORCE_CONTEXT and set(other.source) == set(ev.source):
            return other
    return None


def prune(events: list, meta: list[dict], doc, skipped: Counter, index=None) -> tuple[list, list[dict]]:
    """The candidates kept, in order (``meta`` alongside); a dropped repeat's targets join its act."""
    keep_e, keep_m = [], []
    named = []
    for ev, m in zip(events, meta):
        places = accord_places(ev, m, doc, index) if index is not None else set()
        if places:
            ev.source = [a for a in ev.source if a not in places]
            ev.target = [a for a in ev.target if a not in places]
            skipped["accord_place"] += len(places)
            if not ev.source and not ev.target:     # no party left: PLOVER codes no event without a named actor
                skipped["accord_place_only"] += 1
                continue
        named.append((ev, m))
    events, meta = [e for e, _ in named], [m for _, m in named]
    for k, (ev, m) in enumerate(zip(events, meta)):
        forced = result_of_force(k, events, meta, doc)
        if forced is not None:
            forced.type, forced.mode, forced.quad = ev.type, ev.mode, ev.quad
            forced.target = list(dict.fromkeys([*forced.target, *ev.target]))
            skipped["force_of_act"] += 1
            continue
        host = host_act(k, events, meta, doc)
        if host is None:
            keep_e.append(ev)
            keep_m.append(m)
            continue
        if host.type == ev.type:
            host.target = list(dict.fromkeys([*host.target, *(a for a in ev.target if a not in host.source)]))
        skipped["topic_of_act"] += 1
    return keep_e, keep_m
