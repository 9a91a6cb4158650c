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
"raided a hideout, wounding three") or as a finite conjunct after taking ground ("seized the town and killed
dozens"), by the same doer, is one happening: an ASSAULT (PLOVER: a MOBILIZE
reported in the context of an ASSAULT is not coded separately; ASSAULT is the actual use of force). The
participle's event is folded into the act (type ASSAULT, targets joined), counted as ``force_of_act``; so is a
seizure whose captives a subjectless passive conjunct kills ("were detained and allegedly killed",
``fate_of_captives``; "arrested 40 and killed two" stays two acts).
An attack's own participle saying what it aimed at ("shelled villages near X, targeting an army camp") is that
attack, counted as ``toll_of_attack`` like a toll told by a finite conjunct.

A place that only names an accord ("signed the Algiers agreement", "rejected the Lusaka accord", "the Dayton
process") is neither party nor recipient: PLOVER's actor and recipient are entities, and the accord's city is
where it was made. Such a place leaves the event's parties before a capital is read as its state
(counted as ``accord_place``); an event left with no party is dropped (``accord_place_only``).
"""

from __future__ import annotations

import re
from collections import Counter
from ..doc_tokens import span_tokens

# a line opening as an outline item: a bullet, a dash or star, "1." / "(a)", or a short label and a colon
OUTLINE = re.compile(r"^[ \t]*(?:[\u25ba\u25c6\u25b6\u2022\u25aa\u25cf\u25a0\u2023\u2043\u25e6\u27a2\u00b7\u25b8\uf0b7\uf0a7]"
                     r"|[-*+\u2013\u2014](?=\s)|\(?\d{1,2}[.)](?=\s)|\([a-z]\)(?=\s)|[A-Z][\w ]{0,30}:(?=\s))")


def governed_by(tok, other) -> bool:
    """``tok`` lies in the phrase that ``other`` heads, and is not ``other`` itself."""
    return tok.i != other.i and any(a.i == other.i for a in tok.ancestors)


def host_act(k: int, events: list, meta: list[dict], doc):
    """The event whose trigger's phrase holds candidate ``k``'s doer-less event noun, if it is that act's topic."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if not (m.get("kind") == "noun" or tok.pos_ == "NOUN"):
        return None
    for j, (other, om) in enumerate(zip(events, meta)):
        if j != k and om["sent"] == m["sent"] and other.type == "REQUEST" and ev.type != "REQUEST" \
                and doc[om["tok"]].pos_ in ("VERB", "AUX") and governed_by(tok, doc[om["tok"]]):
            return other          # "demanding Pashinyan's resignation": what is asked for has not happened
    if ev.source:
        return None
    verbal = (ev.quad or "").startswith("verbal")
    for j, (other, om) in enumerate(zip(events, meta)):
        if j != k and om["sent"] == m["sent"] and other.source and (other.type == ev.type or verbal) \
                and governed_by(tok, doc[om["tok"]]):
            return other
    return None


FORCE_CONTEXT = {"COERCE", "MOBILIZE"}
# coercion by force of arms (an arrest beside a killing is another act)
TAKING_GROUND = {"seize", "raid", "occupation"}
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
    for tok in span_tokens(sent):
        hit = index.actor_at(tok.i)
        if hit is not None and index.actor_type.get(hit.actor) == "place":
            uses.setdefault(hit.actor, []).append(names_accord(tok))
    return {a for a, named in uses.items() if all(named)} & (set(ev.source) | set(ev.target))


def result_of_force(k: int, events: list, meta: list[dict], doc):
    """The act whose participle ``k`` is, when ``k`` is the force it used: "stormed the village, killing dozens"."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    # "seized the town and killed dozens": a finite conjunct with no subject of its own tells the same force
    finite = tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if ev.type != "ASSAULT" or not ev.source or not (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") or finite):
        return None
    for j, (other, om) in enumerate(zip(events, meta)):
        if j != k and om["tok"] == tok.head.i and other.type in FORCE_CONTEXT and set(other.source) == set(ev.source) \
                and (not finite or other.type == "MOBILIZE" or other.mode in TAKING_GROUND):
            return other
    return None


# verbs telling the toll of an attack told just before ("fired rockets at the base and killed a contractor")
CASUALTY_VERBS = {"kill", "wound", "injure", "maim"}


def toll_of_attack(k: int, events: list, meta: list[dict], doc):
    """The attack whose toll candidate ``k`` tells: a subjectless finite conjunct killing or wounding, after an
    ASSAULT by the same doer ("fired rockets at the K1 base and killed a contractor"), is that attack, not another."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type != "ASSAULT" or not ev.source or tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBN") \
            or tok.lemma_.lower() not in CASUALTY_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return next((other for j, (other, om) in enumerate(zip(events, meta))
                 if j != k and om["tok"] == tok.head.i and other.type == "ASSAULT"
                 and set(other.source) == set(ev.source)), None)


def aim_of_attack(k: int, events: list, meta: list[dict], doc):
    """The attack whose aim candidate ``k`` tells: a participle adjunct with no subject of its own, an ASSAULT by the
    same doer as the ASSAULT of the verb it hangs on ("shelled villages near X, targeting an army camp"), is that
    attack, not another (its targets join it)."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type != "ASSAULT" or not ev.source or tok.tag_ != "VBG" or tok.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return next((other for j, (other, om) in enumerate(zip(events, meta))
                 if j != k and om["tok"] == tok.head.i and other.type == "ASSAULT"
                 and set(other.source) == set(ev.source)), None)


def manner_of_riot(k: int, events: list, meta: list[dict], doc):
    """The riot whose manner candidate ``k`` tells: a participle adjunct with no subject of its own, a harm told
    after a crowd's riot on the verb it hangs on ("protesters attacked the embassy, throwing stones at it"), is
    that riot, not a second attack (its targets join it)."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type not in ("ASSAULT", "PROTEST") or tok.tag_ != "VBG" or tok.dep_ != "advcl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return next((other for j, (other, om) in enumerate(zip(events, meta))
                 if j != k and om["tok"] == tok.head.i and other.type == "PROTEST" and other.mode == "riot"), None)


def fate_of_captives(k: int, events: list, meta: list[dict], doc):
    """The seizure whose captives candidate ``k`` kills: a casualty verb conjoined to a COERCE verb with no subject of
    its own, by the same doer or none ("were detained and allegedly killed", "seized and executed"), tells one
    happening, the killing (PLOVER ASSAULT: the force used)."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    # the passive says the captives are the killed ("were detained and killed"); "arrested 40 and killed two" need not
    if ev.type != "ASSAULT" or tok.dep_ != "conj" or tok.lemma_.lower() not in CASUALTY_VERBS or tok.tag_ != "VBN" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
        return None
    return next((other for j, (other, om) in enumerate(zip(events, meta))
                 if j != k and om["tok"] == tok.head.i and other.type == "COERCE"
                 and set(other.source) == set(ev.source)), None)


def claimed_attack(k: int, events: list, meta: list[dict], doc):
    """The doer-less attack that candidate ``k`` claims: "two bombers attacked the embassy, and X claimed the attack"
    tells one attack, whose doer is the claimant (the claim's definite noun points back to it)."""
    ev, m = events[k], meta[k]
    tok = doc[m["tok"]]
    if ev.type != "ASSAULT" or not ev.source or tok.lemma_.lower() != "claim":
        return None
    if not any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)
               for c in tok.children):
        return None
    return next((other for j, (other, om) in enumerate(zip(events, meta))
                 if j < k and om["sent"] == m["sent"] and other.type == "ASSAULT" and not other.source), None)


def outline_item(ev, m: dict, doc, index) -> bool:
    """An event noun in a verbless outline line with no closing stop ("- The assassination of X", "1. Withdrawal
    of Y"): a list of contents names topics, the text tells (or does not tell) their acts elsewhere."""
    tok = doc[m["tok"]]
    if tok.pos_ not in ("NOUN", "PROPN") or index is None:
        return False
    sent = tok.sent
    words = [t for t in span_tokens(sent) if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") and t.is_alpha for t in words) or words[-1].text in (".", "!", "?", ".\"", ")"):
        return False          # "◆ The assassination of X, the commander of Y." is told as a sentence
    text = index.ctx.document.text
    start = index.tok_start[sent[0].i] if not sent[0].is_space else index.tok_start[tok.i]
    line = text[text.rfind("\n", 0, start) + 1:start + 1]
    return bool(OUTLINE.match(line))


def prune(events: list, meta: list[dict], doc, skipped: Counter, index=None) -> tuple[list, list[dict]]:
    """The candidates kept, in order (``meta`` alongside); a dropped repeat's targets join its act."""
    keep_e, keep_m = [], []
    named = []
    for ev, m in zip(events, meta):
        if outline_item(ev, m, doc, index):
            skipped["outline_item"] += 1
            continue
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
        forced = result_of_force(k, events, meta, doc) or fate_of_captives(k, events, meta, doc)
        if forced is not None:
            forced.type, forced.mode, forced.quad = ev.type, ev.mode, ev.quad
            forced.target = list(dict.fromkeys([*forced.target, *ev.target]))
            skipped["force_of_act"] += 1
            continue
        claimed = claimed_attack(k, events, meta, doc)
        if claimed is not None:
            claimed.source = list(ev.source)
            skipped["claimed_attack"] += 1
            continue
        attack = toll_of_attack(k, events, meta, doc) or aim_of_attack(k, events, meta, doc) \
            or manner_of_riot(k, events, meta, doc)
        if attack is not None:
            attack.target = list(dict.fromkeys([*attack.target, *ev.target]))
            skipped["toll_of_attack"] += 1
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
