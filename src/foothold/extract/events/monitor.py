"""Monitor reports (issue 8): incident summaries by a monitoring mission, a rights group or a conflict-data project.

Such reports tell many short incidents, often with no named doer, in the passive, one sentence after another. Small
mechanisms, each a function here, called from the extractor:

- ``place_parties_only``: a town or a square is where an act happens, never who acts or is acted on ("residents
  of X protested", "marched to X Square"): an event whose only parties are places (after capitals have become
  their states) names no one and is dropped (counted as ``place_only_parties``). PLOVER's actor and recipient are
  entities; the gold conventions code capitals as their state and every other place as the location.
- ``told_attack_of_toll``: "X attacked a base in Y. Four soldiers were killed and seven wounded.": a casualty
  clause in the passive with no doer and no date of its own, after an attack told in the same paragraph, is that
  attack's toll, not another act (counted as ``toll_of_told_attack``; its parties join the attack). The gold
  conventions code one event per paragraph for one happening; PLOVER codes the attack, its victims its target.
- ``report_state``: "Mali: killings in the centre" -- a report whose title names one state is about that state, so
  an unnamed state body ("the army sent reinforcements", "a military helicopter fired", "the military's spokesman
  denied") acts for it when the sentences around name no state or place at all (``arguments.story_state``'s
  ``otherwise``; the gold conventions code lower-case state bodies as their country).
- ``doerless_passive``: "the government denied that civilians had been killed": a deed with no doer in what a
  denial disputes is the denial's topic, not a happening the report tells (the extractor's deny suppression).
- ``recounted_month``: a report published weeks after what it tells ("briefing, March 2017" on killings "on 16
  January") -- a material act in a paragraph with no date of its own takes the month of the latest date told
  before it, when that month is before the publication's, not the publication month (statements, the report's
  own appeals, keep the publication month; gold conventions: the same happening dated elsewhere keeps that date).
  Looking back means a report dated by its month (news carries its day), no date the text tells in that month or
  after, and the latest date before the act at most ``RECOUNTED_MONTHS`` earlier; only acts told by a verb (an
  event noun is a topic).
- ``struck_device``: "an SMM vehicle struck a mine", "a convoy of the army ran over a landmine": the subject met an
  explosive device (plover.yaml ``explosive_devices``, ``device_encounters``) -- an ASSAULT bombing whose target
  is the subject's party, its doer unnamed (the extractor moves the subject's actors to the target).
- ``claimed_blast``: "A car bomb exploded outside a hotel, killing 26. X claimed the attack the same day.": a claim
  of "the attack" with no attack told in its own sentence names the doer of the blast the sentence before tells
  (``blast_verbs``); the claimant's ASSAULT is told there (its evidence and date are that sentence's).
- ``aggregate_toll``: "the mission documented 14 attacks ... in which 30 children were killed": a toll told in a
  relative clause of counted incidents sums them up (gold conventions: aggregates are not events; counted as
  ``aggregate_toll``); one attack's toll ("attacked a school, where four children were killed") stays its own.
- ``harm_judgement``: "called the killing an attack on free expression", "described the raid as an assault on
  civilians": a characterization whose judgement is an act of force (a lexicon noun of type ASSAULT or COERCE)
  condemns the act (PLOVER ACCUSE), though no cue word says so.
- ``kin_of``: "His family blamed X", "The relatives of Y accused X": a subject naming a person's kin (plover.yaml
  ``kin_nouns``) is the kin, unnamed -- the person owning it (often the victim) is no party (no source).
"""

from __future__ import annotations

import re
from collections import Counter

from ...model import DateValue, Event
from .arguments import is_passive
from .keep import CASUALTY_VERBS

PLACE_TYPES = frozenset({"place"})
# a report recounts the last weeks or months; a date further back is the story's background, not its running time
RECOUNTED_MONTHS = 3


def place_parties_only(events: list[Event], actor_type: dict[str, str], skipped: Counter) -> list[Event]:
    """The events that name a party other than a place; each one dropped is counted."""
    kept = []
    for ev in events:
        parties = [*ev.source, *ev.target]
        if parties and all(actor_type.get(a) in PLACE_TYPES for a in parties):
            ev.location = ev.location or parties[0]
            skipped["place_only_parties"] += 1
            continue
        kept.append(ev)
    return kept


def told_attack_of_toll(tok, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> Event | None:
    """The attack told earlier in the paragraph whose toll the candidate ``ev`` (trigger ``tok``) tells, or None."""
    if ev.type != "ASSAULT" or ev.source or info["kind"] != "verb" or info["explicit"]:
        return None
    if tok.lemma_.lower() not in CASUALTY_VERBS or not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    # the attack is told as an act ("attacked", "struck"); "shocked by the attacks on X. Today, two were killed":
    # an attack named only in a reaction leaves the toll sentence as the one telling of the happening
    if not events or meta[-1]["para"] != info["para"] or meta[-1]["kind"] not in ("verb", "light") \
            or events[-1].type != "ASSAULT":
        return None
    return events[-1]


def report_state(index) -> str | None:
    """The one state a document's title names ("Mali: ...", "Malian army ..."), among the states its text names."""
    cached = getattr(index, "_report_state", False)
    if cached is not False:
        return cached
    title = index.ctx.document.title or ""
    states = {a.id for a in index.ctx.actors if a.type == "country"
              and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title) for form in a.surface_forms())}
    index._report_state = states.pop() if len(states) == 1 else None
    return index._report_state


def doerless_passive(clause) -> bool:
    """A passive clause naming no doer ("that civilians had been deliberately killed")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) \
        and not any(c.dep_ == "agent" for c in clause.children)


def recounted_month(events: list[Event], meta: list[dict], dater, background: frozenset[int]) -> None:
    """Date each still undated material act of a looking-back report by the story's month (see the module's notes)."""
    published = dater.publication_month()
    if published is None or dater.published.precision != "month":
        return          # a report dated by its month (a briefing, an overview); news carries its day
    told = [d for d in dater.dates if d.start is not None and d.start not in background and d.iso and len(d.iso) >= 7]
    if any(d.iso[:7] >= published.iso for d in told):
        return          # the text tells dates of its own month: news of its day, whose undated acts are that day's
    for ev, m in zip(events, meta):
        if ev.date is not None or m.get("undated") or not recounted_kind(ev, m):
            continue
        before = [d for d in told if d.start < ev.start]
        if before and 0 < months_between(before[-1].iso, published.iso) <= RECOUNTED_MONTHS:
            ev.date = DateValue(iso=before[-1].iso[:7], precision="month")


def recounted_kind(ev: Event, m: dict) -> bool:
    """An act a looking-back report recounts: a material act told by a verb, or another party's statement told in the
    past ("The regional government condemned the attack"; the report's own appeals, "The Observatory urges ...",
    are its present and keep the publication month)."""
    if (ev.quad or "").startswith("material"):
        return m["kind"] in ("verb", "light")
    return m["kind"] in ("verb", "light", "speech") and not m.get("present")


def months_between(earlier: str, later: str) -> int:
    """Whole months from one ISO month to another ("2021-12", "2022-01" -> 1)."""
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


def _device(tok, lex) -> bool:
    words = {tok.lemma_.lower(), tok.lower_} | {f"{c.lower_} {tok.lemma_.lower()}" for c in tok.children
                                                if c.dep_ in ("compound", "amod")}
    return bool(words & lex.explosive_devices)


def struck_device(verb, lex):
    """The explosive device the verb's subject struck, hit or ran over ("struck an improvised explosive device")."""
    if verb.lemma_.lower() not in lex.device_encounters or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("over", "into", "on")
                for o in (c.children if c.dep_ == "prep" else verb.children) if o.dep_ in ("pobj", "dobj")]
    return next((o for o in objects if _device(o, lex)), None)


def blast(verb, lex) -> bool:
    """A device going off ("a car bomb exploded", "an IED went off", "a roadside bomb detonated")."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.blast_verbs or lemma in ("go", "blow") and not any(
            c.dep_ == "prt" and c.lower_ in ("off", "up") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _device(subj, lex)


def claimed_blast(trigger, sent, lex):
    """The blast verb of the sentence before ``sent`` (same paragraph) that a claim of "the attack" names the doer of."""
    if trigger.lemma_.lower() != "claim":
        return None
    if not any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "both") for d in c.children)
               for c in trigger.children):
        return None
    if sent.start == 0 or "\n\n" in sent.doc[sent.start - 1].text:
        return None
    before = sent.doc[sent.start - 1].sent
    if "\n\n" in before.text.rstrip():
        return None
    return next((t for t in before if t.pos_ == "VERB" and blast(t, lex)), None)


def kin_of(verb, lex, index) -> set[str]:
    """The persons whose kin (``his family``, ``the relatives of Y``) is the subject of ``verb``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in lex.kin_nouns or index.actor_at(subj.i) is not None:
        return set()
    owners = [c for c in subj.children if c.dep_ == "poss"]
    owners += [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return {h.actor for o in owners for t in o.subtree if (h := index.actor_at(t.i)) is not None and h.type == "person"} \
        | {h.actor for o in owners if o.pos_ == "PRON" for h in [index.last_actor_before(o.i, ("person",), max(0, o.i - 150))]
           if h is not None}


def aggregate_toll(tok) -> bool:
    """``tok`` is a casualty verb in a relative clause of a counted plural ("28 incidents ... in which X were killed")."""
    if tok.lemma_.lower() not in CASUALTY_VERBS or tok.dep_ != "relcl":
        return False
    n = tok.head
    # "28 incidents near Palma in which", "28 attacks attributed to X in the territories of Y, in which": the clause
    # may hang on a place or a participle describing the counted noun
    for _ in range(7):
        if n.pos_ == "NOUN" and n.tag_ == "NNS" and any(c.dep_ == "nummod" for c in n.children):
            return True
        if n.dep_ not in ("pobj", "prep", "acl") or n.head.i == n.i:
            return False
        n = n.head
    return False


HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def harm_judgement(verb, lex) -> bool:
    """The verb judges its object to be an act of force ("called X an attack on Y", "described X as an assault")."""
    judged = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    judged += [d for c in judged for d in c.children if c.dep_ in ("oprd", "xcomp", "ccomp") and d.dep_ == "dobj"]
    judged += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    judged += [o for d in verb.children if d.dep_ == "dobj" for c in d.children if c.dep_ == "prep" and c.lower_ == "as"
               for o in c.children if o.dep_ == "pobj"]
    return any(j.pos_ == "NOUN" and (trig := lex.nouns.get(j.lemma_.lower())) is not None and trig.type in HARM_TYPES
               and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in j.children) for j in judged)
