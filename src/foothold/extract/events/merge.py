"""Repeats of one happening: clauses elaborating an event told, repeated mentions merged, dates shared."""

from __future__ import annotations

from ...model import Event
from . import monitor
from .arguments import fronted_location, is_passive, subject_of
from .dating import day_shift, month_shift
from .index import DocIndex
from .pairs import PAIR_KINDS
from .paragraph_tolls import toll_of_paragraph_attack
from .shift_reach import same_time_shift
from .skips import is_anchor
from .speakers import quoted
from .spoken_pledges import promises_own_act
from .tense import present_tense
from .timing import other_clause_dates
from .summons import summons_of_protest
from .toll_next_paragraph import attack_of_toll_after_break
from .triggers import Found, noun_trigger
from .two_charges import two_charges
from .visits import visit_holding
from .wire_acts import own_addressees
from .crowd_control import DISPERSAL

# adverbs telling a further act: "It also urged donors", "He further asked ..."
ANOTHER_ACT = frozenset({"also", "further", "additionally", "separately"})
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim"}


def told_before(lex, f: Found, ev: Event, info: dict, events: list[Event], meta: list[dict],
                index: DocIndex) -> str | None:
    """A clause that only elaborates a happening this sentence already names: a reason to
    drop it (its victims join that event), or None.

    - "the 1983 bombing of the barracks, which killed 241 Americans", "following the August 5
      attack that wounded U.S. personnel": a relative clause on an event noun describes that
      event (an anchor's clause is as much background as the anchor);
    - "Iran launched missiles at the bases and 50 service members were injured": casualties
      told without a doer are the toll of the attack the sentence reports."""
    tok = f.token
    if f.kind == "noun":
        # "a complex attack, which threatened areas with drones and a missile attack on X": the
        # noun inside a relative clause on an event noun of its type is a part of that event
        t = tok
        for _ in range(6):
            if t.head.i == t.i:
                break
            if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
                head = antecedent_event(lex, t, ev.type)
                if head is not None and head.i != tok.i:
                    return "part_of_event"
                break
            t = t.head
        return None
    if f.kind != "verb":
        return None
    same_sentence = [(o, m) for o, m in zip(events, meta) if m["sent"] == info["sent"]]
    if tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                   for c in tok.children):
        head = antecedent_event(lex, tok, ev.type)
        if head is not None:
            if is_anchor(lex, head):
                return "anchor_clause"
            for o, m in same_sentence:
                if (m.get("noun") == head.i or m["tok"] == head.i
                        or head.dep_ == "dobj" and m["tok"] == head.head.i) and o.type == ev.type:
                    o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                    return "describes_event"
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
        first = first.head            # "killing a contractor and injuring four"
    if ev.type == "ASSAULT" and tok.lemma_ in CASUALTY_VERBS and first.dep_ == "advcl" and first.tag_ == "VBG" \
            and not any(c.dep_ in ("nsubj", "mark") for c in first.children):
        # "the base was attacked with rockets, killing a contractor": the toll of the attack
        for o, m in reversed(same_sentence):
            if o.type == "ASSAULT" and m["tok"] == first.head.i:
                o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                return "casualty_of_event"
    if ev.type == "ASSAULT" and not ev.source and is_passive(tok) and tok.lemma_ in CASUALTY_VERBS:
        for o, m in reversed(same_sentence):
            if o.type == "ASSAULT" and o.source and m["kind"] != "speech":
                o.target += [a for a in ev.target if a not in o.target and a not in o.source]
                return "casualty_of_event"
    return None


def antecedent_event(lex, relcl, etype: str):
    """The event noun of type ``etype`` a relative clause hangs on ("the bombing of the barracks
    in Beirut, which killed ...": the bombing, not the place), or None."""
    head = relcl.head
    for _ in range(4):
        hit = noun_trigger(head, lex)
        if hit is not None and hit[0].type == etype or head.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        head = head.head
    hit = noun_trigger(head, lex)
    return head if hit is not None and hit[0].type == etype else None


def fronted_report(verb, sent, events: list[Event], meta: list[dict]) -> bool:
    """ "Iran condemned the sanctions, Foreign Minister Zarif said": a report placed after what it
    reports, unquoted, whose content is already an event of this sentence, is that event's
    attribution, not another statement."""
    content = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
               and not quoted(c, sent) for t in c.subtree}
    return bool(content) and any(m["sent"] == sent.start and m["kind"] != "speech" and m["tok"] in content
                                 for m in meta)


def merge_into(events: list[Event], meta: list[dict], ev: Event, info: dict) -> bool:
    """A repeated mention of the same happening in a paragraph joins the first one.

    Statements are never merged: separate sentences carry separate speech acts.
    """
    if info["kind"] == "speech":
        # one speaker, one sentence, one (cooperative) message: "He welcomed X and stressed Y"
        for other, m in zip(reversed(events), reversed(meta)):
            if m.get("sent") != info.get("sent"):
                break
            if set(other.source) == set(ev.source) and ev.source and (
                    other.type == ev.type or {other.type, ev.type} <= {"AGREE", "SUPPORT"} and not info.get("pledge")):
                return True
        return False
    for other, m in zip(reversed(events), reversed(meta)):
        if m["para"] != info["para"] or info.get("instrument") and m["sent"] != info["sent"]:
            break                            # each line of a strike report is its own strike
        if info.get("another") and m["sent"] != info["sent"]:
            break
        if m["kind"] == "speech" or other.type != ev.type or set(other.source) != set(ev.source):
            continue
        if info["kind"] == "verb" and (ev.quad or "").startswith("verbal") and m.get("sent") != info.get("sent"):
            continue    # "X calls on A to ... . It urges B to ...": a verb's verbal act in a sentence of its own is another
        if m["tok"] == info["head"] and info["kind"] == "verb" and (ev.quad or "").startswith("verbal") \
                and ev.target and not other.target and m.get("lemma") != info.get("lemma"):
            break       # "called for a ceasefire and asked X to stop": a second verb with its own addressee
        if m["tok"] == info["head"] and info["kind"] == "verb" and ev.type == "REQUEST" \
                and m.get("lemma") != info.get("lemma") and info.get("own_addressee"):
            break       # "urged both sides to ... and asked the government to ...": two addressees
        if m["tok"] == info["head"] and info["kind"] == "verb" and ev.type == "ACCUSE" and info.get("own_charge"):
            break       # "blamed X for A and accused Y of B": two accused, two charges (two_charges.py)
        renamed = info["kind"] == "noun" or other.type == "CONSULT" or m["tok"] == info["head"]
        # "Syria agreed to withdraw its troops": the agreement and the act it promises are one AGREE
        renamed = renamed or other.type == "AGREE" and m.get("sent") == info.get("sent")
        # "X survived an assassination attempt. A drone attacked his residence": with no doer
        # named, a second act of the type on the same person in the paragraph retells the first
        renamed = renamed or not ev.source and not other.source and bool(
            set(info.get("persons", ())) & set(other.target))
        if other.mode != ev.mode and not renamed:
            continue
        if other.mode != ev.mode and DISPERSAL in (other.mode, ev.mode):
            continue      # "fired tear gas at the protesters and arrested 200 of them": two acts (conv4)
        if other.location and ev.location and other.location != ev.location or info.get("scene") \
                and info["scene"] != other.location:
            continue                         # strikes in two places ("In Iraq, ...") are two events
        same_date = other.date is None or ev.date is None or other.date.iso == ev.date.iso
        overlap = not other.target or not ev.target or set(other.target) & set(ev.target)
        if same_date and overlap and (other.source or other.target and ev.target):
            for t in ev.target:
                if t not in other.target:
                    other.target.append(t)
            other.location = other.location or ev.location
            return True
    return False


def share_dates(events: list[Event], meta: list[dict]) -> None:
    """The same happening dated explicitly once takes that date at every mention (gold notes §26).

    Same happening: same type and mode, and the same named agent -- or, with no
    agent named, a shared target ("the assassination of X" / "X's assassination").
    """
    def same(a: Event, b: Event) -> bool:
        if a.type != b.type or a.mode != b.mode:
            return False
        if a.source or b.source:
            # two target-less acts of one agent ("designated ... in April", "announced sanctions")
            # are not one happening unless a target ties them
            return set(a.source) == set(b.source) and bool(a.target or b.target) and (
                not a.target or not b.target or bool(set(a.target) & set(b.target)))
        return bool(set(a.target) & set(b.target))

    anchors = [ev for ev, m in zip(events, meta) if m["explicit"] and m["kind"] != "speech" and ev.date is not None
               and not m.get("counted")]
    for ev, m in zip(events, meta):
        if m["explicit"] or m["kind"] == "speech" or m.get("present") or m.get("counted") or m.get("noted"):
            continue          # "is suspending aid": the report's present, not the act dated before
        match = next((a for a in anchors if a is not ev and same(a, ev)), None)
        if match is not None:
            ev.date = match.date


def noted_act(kind: str, ev: Event, note, s_end: int) -> bool:
    """A verb's act dated by the source note closing its own sentence ("The United States suspended its partnership
    with X (Agency, Nov 30, 2024)"): a telling of its own, which a like act dated before does not override."""
    return kind in ("verb", "light") and note is not None and note.start < s_end and note.date is not None \
        and ev.date is not None and ev.date.iso[:7] == note.date.iso[:7]


def last_agent(events: list[Event], etype: str, mode: str | None) -> list[str]:
    """The agent of the latest act of the same kind (a strike report names its force once)."""
    for other in reversed(events):
        if other.type == etype and other.source and other.mode == mode:
            return list(other.source)
    return []


def they_after_meeting(f: Found, events: list[Event], meta: list[dict], sent) -> bool:
    """ "They" ("the two sides") right after a meeting (this or the previous two sentences) are its parties, and
    so are they right after an act of two or more parties together ("The two sides agreed to X. They also signed Y")."""
    if f.kind == "noun" or not events or meta[-1]["kind"] == "speech":
        return False
    last = events[-1]
    subj, _ = subject_of(f.token)
    joint_act = len(last.source) >= 2 and subj is not None and subj.lower_ == "they" \
        and "\n" not in sent.doc[meta[-1]["sent"]:sent.start].text       # in the same paragraph
    if not (last.type == "CONSULT" and last.source and last.target or joint_act):
        return False
    if sent.start - meta[-1]["sent"] > 120:
        return False
    # "the two sides agreed", "both leaders pledged": a pair named by a common noun
    pair = subj is not None and subj.lemma_.lower() in PAIR_KINDS and any(
        c.lower_ in ("two", "both") for c in subj.children)
    return subj is not None and (subj.lower_ == "they" or pair)


def event_meta(f: Found, kind: str, ev: Event, explicit, undated: bool, instrument: bool, sent, para: int, dater,
               index: DocIndex, s_start: int, s_end: int) -> dict:
    """What the later stages read of an event: paragraph, kind, sentence, trigger token, dating and scene."""
    info = {"para": para, "kind": kind, "explicit": explicit is not None, "sent": sent.start,
            "tok": f.token.i, "head": f.token.head.i if f.token.dep_ == "conj" else None,
            "scene": fronted_location(sent, f.token, index)}
    info["instrument"] = instrument
    # "welcomed X and said it was ready to help": a promise told after the welcome is its own act (spoken_pledges.py)
    info["pledge"] = kind == "speech" and ev.type == "AGREE" and promises_own_act(f.token, index)
    info["undated"] = undated
    # "He also urged donors ...": the speaker's next act, not a retelling of the last
    info["another"] = kind != "noun" and any(c.dep_ == "advmod" and c.lower_ in ANOTHER_ACT
                                             for c in f.token.children)
    info["lemma"] = f.token.lemma_.lower()
    # "urged A to ... and asked B to ...": a conjunct verb with an addressee of its own
    info["own_addressee"] = f.token.dep_ == "conj" and own_addressees(f.token.head, f.token)
    info["own_charge"] = f.token.dep_ == "conj" and two_charges(f.token.head, f.token)
    # a clause on a verb's argument ("urged X to remove the warship, which ran aground in 1999")
    # dates that argument's story, not the act; on an event noun ("an agreement signed on
    # 29 February") it is the noun's own time
    info["other_clause_dates"] = other_clause_dates(f, dater.dates_in(s_start, s_end), index) \
        if kind != "noun" else frozenset()
    info["present"] = present_tense(f.token)
    # "A second attack hit X the same day": a time counted from the last date told is the act's own, which another
    # mention of a like act does not override (share_dates)
    info["counted"] = explicit is None and (day_shift(sent.text) is not None or month_shift(sent.text) is not None) \
        or explicit is not None and same_time_shift(explicit)     # "fired on X the same day" read in its clause
    info["persons"] = [a for a in ev.target if index.actor_type.get(a) == "person"]
    info["noun"] = f.noun.i if f.noun is not None else (f.token.i if kind == "noun" else None)
    return info


def told_again(lex, f: Found, kind: str, ev: Event, info: dict, sent, events: list[Event], meta: list[dict],
               index: DocIndex) -> str | None:
    """Why the act only elaborates or attributes an event of this sentence, or None."""
    told = told_before(lex, f, ev, info, events, meta, index)
    if told is None and kind == "speech" and fronted_report(f.token, sent, events, meta):
        told = "fronted_report"
    return told


def joined(f: Found, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> str | None:
    """Why the event is a toll or a repeat of one told (its parties joining it), or None."""
    if monitor.aggregate_toll(f.token):      # "documented 14 attacks, in which 30 were killed"
        return "aggregate_toll"
    attack = monitor.told_attack_of_toll(f.token, ev, info, events, meta) \
        or attack_of_toll_after_break(f.token, ev, info, events, meta)
    if attack is not None:          # "X attacked a base. Four soldiers were killed."
        attack.target.extend(a for a in ev.target if a not in attack.target and a not in attack.source)
        return "toll_of_told_attack"
    if toll_of_paragraph_attack(f.token, ev, info, events, meta):    # "Pagers exploded. 12 people were killed."
        return "toll_of_paragraph_attack"
    summons = summons_of_protest(f.token, ev, events, meta)
    if summons is not None:         # "summoned the envoy and handed him a note of protest": one complaint
        summons.target.extend(t for t in ev.target if t not in summons.target and t not in summons.source)
        return "protest_of_summons"
    visit = visit_holding(f, ev, info, events, meta)
    if visit is not None:           # "visited Tehran and met X": one CONSULT, X a host
        # the host of a passive "was received by X" is its source (visits.received_visitor)
        visit.target.extend(t for t in dict.fromkeys([*ev.target, *ev.source]) if t not in visit.target and t not in visit.source)
        return "meeting_during_visit"
    if merge_into(events, meta, ev, info):
        return "merged"
    return None


def keep_deferred(deferred: list, events: list[Event], meta: list[dict], skip) -> tuple[list[Event], list[dict]]:
    """Acts told only as topics or anchors are kept when the text tells them nowhere else (in text order)."""
    for ev, info, f in deferred:
        told = any(o.type == ev.type and (set(o.source) | set(o.target)) & (set(ev.source) | set(ev.target))
                   for o in events)
        if told:
            skip("topic_told_elsewhere", f)
            continue
        events.append(ev)
        meta.append(info)
    if deferred:
        order = sorted(range(len(events)), key=lambda k: events[k].start)
        events, meta = [events[k] for k in order], [meta[k] for k in order]
    return events, meta
