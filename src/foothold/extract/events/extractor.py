"""The events component, a pipeline of stages each in a module of its concept: sentence by sentence, find the
candidates (candidates.py) -> build each event (skips, speech or material, senses, targets, scene) -> date it and place
its evidence (timing, evidence) -> keep, defer or merge it (merge); then, once the document is read, keep what is told
(keep, headlines, likewise) -> date the rest (timing) -> attach states (scene, wire, monitor)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .agentless_injuries import agentless_injury
from .concern_for_losses import concern_for_loss
from .framing_adjuncts import framed_by_act
from .restated_targets import restated_target
from .run_in_headings import run_in_heading
from .verbless_headings import verbless_heading
from .hosts import hosts_as_targets
from ...model import Event
from ..doc_tokens import tokens_kept
from . import keep, monitor, statements
from .claims import claimed_attack_dates
from .continued_quotes import add_quoted_speaker
from .candidates import content_tokens, said_tokens, sentence_candidates
from .carriers import carried_nouns, instrument_subject
from .dating import EventDater, collect_notes, names_a_thing
from .perfect_years import perfect_years
from .evidence import place_evidence
from .headlines import drop_repeated_headlines, headline_key, is_heading
from .learned import LearnedStep
from .typer import TypeCorrector
from .index import DocIndex
from .lexicon import Lexicon, load_lexicon
from .likewise import did_likewise
from .material import material_reading
from .narrated import repair_narrated_acts
from .release_issuer import mark_author_references
from .author_subjects import SAID_TYPES, author_subject
from .promised_contents import fold_promised_content
from .merge import event_meta, joined, keep_deferred, last_agent, noted_act, share_dates, told_again
from .past_anchors import past_anchor
from .when_settings import past_when_setting
from .past_relatives import past_relative
from .releases import repair_misread_verbs
from .scene import capitals_as_states, states_and_scene
from .border_closures import closure_of_crossing, crossing_closed
from .recipients import combatants_deployed, others_in_sentence, recipientless_type, show_of_force
from .settled import settled_parse
from .senses import conduct_types, content_types, left_accord
from .left_bodies import left_body
from .walkouts import left_gathering
from .promised_resignations import promised_resignation
from .spoken_side import arrests_reporter, speakers_forces
from .definite_forces import definite_forces
from .arguments import subject_of
from .fronted_dates import repair_dated_subjects
from .finite_conjunct import repair_finite_conjuncts
from .decided_acts import decided_tokens
from .object_relatives import repair_object_relatives
from .among_named import among_named
from .closed_relatives import repair_closed_relatives
from .decree_acts import decree_tokens, repair_decree_participles
from .ordered_participles import repair_ordered_participles
from .skips import candidate_skip, partyless_skip, unfactual_reason
from .speech import statement_reading
from .targets import aimed_targets, doer_repairs, left_or_faced, paired_doers, unnamed_parties
from .gatherings import fold_settings
from .described_dates import describing_date_starts
from .carried_speakers import continues_speaker
from .vague_sequels import moves_on_vaguely
from .bullet_items import opens_bullet_item
from .shifted_runs import shifted_running
from .recent_anchors import reported_elsewhere, told_in_anchor
from .cases_taken import forum_parties
from .timing import (anchor_background, background_dates, date_event, document_fallback, explicit_date, sentence_time,
                     year_fallback)
from .triggers import Found, noun_trigger
from .when_tolls import join_attack_to_toll, toll_of_when_attack
from .wire import HAPPENING_TYPES, names_the_thing, own_state, spoken_for


@dataclass
class _Reading:
    """The document being read: its index, dates, text, paragraphs, outlets and headline, and the events so far."""
    index: DocIndex
    dater: EventDater
    date_tokens: frozenset[int]
    text: str
    para_end: dict[int, int]
    para_span: dict[int, tuple[int, int]]
    media: set[str]
    headline: str | None
    skipped: Counter = field(default_factory=Counter)
    events: list[Event] = field(default_factory=list)
    meta: list[dict] = field(default_factory=list)     # per event: paragraph, kind, whether the date was explicit
    deferred: list = field(default_factory=list)       # acts told only as topics or anchors, kept if told nowhere else
    para_date: dict[int, object] = field(default_factory=dict)
    sent_starts: list[int] = field(default_factory=list)    # the sentences read so far (anaphora.told_doer)
    reacted: set[int] = field(default_factory=set)   # date phrases timing only a deed reacted to (object_deed_dates)
    trace: list[dict] = field(default_factory=list)  # where and why each skipped trigger was skipped
    candidates: list[dict] = field(default_factory=list)  # every trigger candidate read, where (bench/event_loss.py)
    learned_rows: list[dict] = field(default_factory=list)  # the learned step's candidates, when collecting

    def skip(self, reason: str, f: Found) -> None:
        """Count a trigger that did not become an event, and say where and why."""
        self.skipped[reason] += 1
        self.trace.append({**self.where(f), "reason": reason})

    def where(self, f: Found) -> dict:
        """A candidate's trigger, its original start and its lexicon type (None for a statement, typed later)."""
        return {"trigger": f.text, "start": self.index.tok_start[f.token.i],
                "type": f.trigger.type if f.trigger is not None else None}


class EventExtractor:
    """PLOVER-coded events with source, target, date, location and citations."""
    name = "foothold.events.v1"
    requires = ("doc", "actors", "mentions", "citations", "dates")
    provides = ("events",)

    def __init__(self, lexicon: Lexicon | None = None, learned: LearnedStep | None = None,
                 typer: TypeCorrector | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.learned = learned if learned is not None else LearnedStep.from_settings()
        self.typer = typer if typer is not None else TypeCorrector.from_settings()

    def __call__(self, ctx) -> None:
        with tokens_kept(ctx.doc):            # the sentence walks slice one Token list of the document (perf3)
            self._read(ctx)

    def _read(self, ctx) -> None:
        lex = self.lexicon
        index = DocIndex(ctx)
        mark_author_references(index)       # evargs4: a release's "The Ministry" is the body its heading names
        d = self._reading(ctx, index)
        repair_misread_verbs(ctx.doc, lex.verbs)     # "The Special Envoy thanks X": a verb, not a noun
        statements.repair_operative_verbs(ctx.doc, lex.verbs, index)     # "1. Condemns X" in a communique
        repair_narrated_acts(ctx.doc, lex)    # "said X had massed troops and called on Y to ...": the speaker's next act
        statements.repair_manner_objects(ctx.doc)     # "condemns in the strongest terms the attack carried out by X"
        repair_dated_subjects(ctx.doc)     # evsense2: "In 2018 Peru cut aid to X": Peru is the subject, not in the date
        repair_finite_conjuncts(ctx.doc)   # evsense2: "urges A to grant X and calls on B to ...": two requests
        repair_object_relatives(ctx.doc)   # evrecall2: "the coalition that Turkey funds, sent ...": the coalition sent
        repair_closed_relatives(ctx.doc)   # evargs3: "China, which has ties to the groups, called on ...": China called
        repair_ordered_participles(ctx.doc)   # evcand6: "ordered the party dissolved": the party is dissolved
        repair_decree_participles(ctx.doc, lex.verbs)   # fixes13: "signed a decree suspending flights"
        with settled_parse(ctx.doc):        # repaired: answers about its tokens hold from here on
            for sent in ctx.doc.sents:      # candidates -> events -> their dates, sentence by sentence
                self._read_sentence(sent, d)
            events, meta = keep_deferred(d.deferred, d.events, d.meta, d.skip)
            events, meta = self._kept(events, meta, d)
            self._dated(events, meta, d)
            readings = self._readings(events, meta, ctx.doc) if self.typer is not None else {}
            events = self._attached(events, ctx, d.skipped)
            if self.typer is not None:      # issue 8: the learned type corrector re-reads a type it is sure of
                ctx.data["typer_rows"] = self.typer.apply(events, readings, index, self.lexicon.quads)
        ctx.events = events
        ctx.data["skipped_events"] = dict(d.skipped)
        ctx.data["skipped_event_triggers"] = d.trace
        ctx.data["event_candidates"] = d.candidates
        if self.learned is not None and self.learned.collect:
            ctx.data["learned_rows"] = d.learned_rows

    @staticmethod
    def _readings(events: list[Event], meta: list[dict], doc) -> dict[int, tuple]:
        """id(event) -> (trigger token, kind, light verb's noun or None), for the type corrector (typer.py)."""
        out = {}
        for ev, info in zip(events, meta):
            if info.get("tok") is None:
                continue
            noun = info.get("noun")
            out[id(ev)] = (doc[info["tok"]], info.get("kind", ""), doc[noun] if noun is not None else None)
        return out

    def _reading(self, ctx, index: DocIndex) -> _Reading:
        """The document's dates (less those naming a thing), date tokens, paragraphs, outlets and headline."""
        lex = self.lexicon
        dater = EventDater(ctx, collect_notes(ctx))
        dater.drop(lambda d: any(names_a_thing(ctx.doc[i]) or names_the_thing(ctx.doc[i], lambda n: (h := noun_trigger(n, lex)) is not None
                                                    and h[0].type in HAPPENING_TYPES)
                                 for i in index.tokens_in(d.start, d.end)[:1]))
        perfect_years(dater, index, ctx.document.text)     # "In October X had recalled ...": the year before
        date_tokens = frozenset(i for d in dater.dates for i in index.tokens_in(d.start, d.end))
        doc = ctx.doc
        para_end: dict[int, int] = {}
        para_span: dict[int, tuple[int, int]] = {}
        for i in range(len(doc)):           # by position: no Token is needed (perf4)
            p = index.paragraph[i]
            para_end[p] = index.tok_end[i]
            para_span[p] = (para_span.get(p, (index.tok_start[i],))[0], index.tok_end[i])
        media = {a.id for a in ctx.actors if a.type == "media"}
        return _Reading(index, dater, date_tokens, ctx.document.text, para_end, para_span, media, headline_key(ctx.document))

    def _read_sentence(self, sent, d: _Reading) -> None:
        """Finds the sentence's candidates, makes their events and dates them; the story's date moves on."""
        lex, index, dater, skipped = self.lexicon, d.index, d.dater, d.skipped
        if not sent.text.strip():
            return
        # run_in_headings.py: "Baghdad's protest. Iraq's ..."; verbless_headings.py: "Israeli and American strikes"
        if is_heading(sent) or run_in_heading(sent) or verbless_heading(sent):
            skipped["heading"] += 1
            return
        d.sent_starts.append(sent.start)
        s_start, s_end = index.original(sent.start, sent.end - 1)
        para = index.paragraph[sent.start]
        if opens_bullet_item(d.text, s_start):
            d.para_date.pop(para, None)     # a bulleted line is an item of its own (bullet_items.py)
        elif (sent.start == 0 or index.paragraph[sent.start - 1] != para) and para - 1 in d.para_date \
                and continues_speaker(sent, dater, index):
            d.para_date[para] = d.para_date[para - 1]   # "..., the spokesperson said.": the telling before (dates11)
        found, in_title = sentence_candidates(lex, sent, index, d.headline)
        skipped["headline"] += in_title
        d.candidates.extend(d.where(f) for f in found)
        suppressed = said_tokens(lex, found, sent, index, d.media)
        content_tokens(lex, found, index, suppressed)
        suppressed -= decided_tokens(found, index)    # "regrets the decision of X to recall ...": X's act (evargs5)
        suppressed -= decree_tokens(found, index)    # fixes13: "signed a decree suspending flights": the suspension
        carried = carried_nouns(lex, found)
        made_tokens: set[int] = set()
        traced = len(d.trace)
        made_before = len(d.events)
        for f in found:
            if f.kind == "noun" and f.token.i in carried:
                d.skip("carried_by_verb", f)
                continue
            made = self.event_for(f, sent, d, suppressed)
            if made is not None:
                made_tokens.update(t.i for t in (f.token, f.noun) if t is not None and hasattr(t, "i"))
                self._place(f, *made, found, sent, para, s_start, s_end, d)
        if self.learned is not None:     # issue 8 §3: a learned event where the rules made none
            skips = {t["start"]: t["reason"] for t in d.trace[traced:]}
            self.learned.read_sentence(self, sent, found, made_tokens, suppressed, skips, (para, s_start, s_end), d)
        reacted, current = sentence_time(found, sent, dater, index, s_start, s_end)
        d.reacted |= reacted
        # "..., and the assembly elected X the following month. X promised ...": the shift's month runs on (dates13)
        current = shifted_running(d.events[made_before:], current, dater, s_start, s_end)
        if current is not None:
            d.para_date[para] = current
        elif moves_on_vaguely(sent.text):
            d.para_date.pop(para, None)     # "A few weeks later, X stated ...": the story left that date (dates11)

    def _place(self, f: Found, ev: Event, kind: str, found: list[Found], sent, para: int, s_start: int, s_end: int,
               d: _Reading) -> None:
        """Dates the event and places its evidence, then keeps it, defers it or joins it to one told."""
        lex, index, dater, events, meta = self.lexicon, d.index, d.dater, d.events, d.meta
        explicit = explicit_date(lex, f, kind, found, sent, dater, index, s_start, s_end)
        if past_relative(lex, f.token, explicit, dater.published, d.date_tokens):
            d.skip("past_relative", f)      # "X, which named Y prime minister in 2022, ...": who X is
            return
        if anchor_background(f, kind, explicit, dater, d.date_tokens):
            # "the conflict flared up after X was assassinated", "after we killed Y last year": the
            # anchor is background (README conventions) unless its own date puts it in the news's year
            d.skip("background", f)
            return
        if past_when_setting(f, kind, explicit, dater.published, d.date_tokens):
            d.skip("past_setting", f)       # "When X overran Mosul in 2014, Y became ...": the scene, not news
            return
        note, undated = date_event(lex, f, kind, ev, explicit, sent, dater, index, s_start, s_end, d.para_end[para],
                                   d.para_date.get(para), d.date_tokens)
        ev.citations = list(note.citations) if note is not None else []
        place_evidence(lex, f, kind, ev, found, sent, index, dater, d.text, d.date_tokens, d.media, s_start, s_end)
        instrument = ev.__dict__.pop("_instrument", None) is not None
        if instrument:
            ev.source = last_agent(events, ev.type, ev.mode)
            if not ev.source and not ev.target:     # "the attack wounded four Americans": no named doer, a target
                d.skip("instrument_without_agent", f)
                return
        info = event_meta(f, kind, ev, explicit, undated, instrument, sent, para, dater, index, s_start, s_end)
        if kind == "verb" and told_in_anchor(f.token):
            info["recent_anchor"] = True        # evskip5: kept unless reported elsewhere (recent_anchors.py)
        info["noted"] = noted_act(kind, ev, note, s_end)
        told = told_again(lex, f, kind, ev, info, sent, events, meta, index)
        if told is not None:
            d.skip(told, f)
            return
        background = ev.__dict__.pop("_background", None)
        if past_anchor(background, ev.date, dater.published):
            d.skip("past_anchor", f)        # "left the bank in 2022 after Russia's invasion": the past setting
            return
        if background is not None:
            d.deferred.append((ev, info, f))
            return
        if ev.type == "ACCUSE" and kind in ("speech", "light") and concern_for_loss(f.token):
            d.skip("sympathy", f)       # "said it was concerned about the loss of life": no blame (concern_for_losses.py)
            return
        if framed_by_act(f.token, {m["tok"] for m in meta if m.get("sent") == info["sent"]}):
            d.skip("frame_of_act", f)       # "barred 14 banks ..., in a crackdown on X": one act (framing_adjuncts.py)
            return
        if restated_target(f.token, ev.type, any(e.type == "ASSAULT" for e in events)):
            d.skip("restated_target", f)    # "said the strike had targeted X": the told attack's aim (restated_targets.py)
            return
        if kind != "noun" and fold_promised_content(f.token, ev, events, meta, info["sent"]):
            d.skip("promised_content", f)   # "agreed to widen sanctions": the agreement's content (promised_contents.py)
            return
        toll = toll_of_when_attack(f.token, ev, events, meta)
        if toll is not None:        # "X was killed when gunmen ambushed a patrol": one happening
            join_attack_to_toll(toll, ev, d.text)
            d.skip("attack_of_toll", f)
            return
        why = joined(f, ev, info, events, meta)
        if why is not None:
            d.skip(why, f)
            return
        if ev.type == "ASSAULT" and not ev.source and agentless_injury(f.token):
            d.skip("casualty_report", f)    # "X was injured.": no told attack took its victims (agentless_injuries.py)
            return
        events.append(ev)
        meta.append(info)

    def _kept(self, events: list[Event], meta: list[dict], d: _Reading):
        """Events kept once the document is read: topics of other acts pruned, a repeated headline counted once,
        acts told by reference ("did likewise") added."""
        doc, skipped, index = d.index.ctx.doc, d.skipped, d.index
        events, meta = keep.prune(events, meta, doc, skipped, index)
        events, meta, told = reported_elsewhere(events, meta)   # "hours after X seized power", the coup told below
        skipped["anchor_told_elsewhere"] += told
        events, meta = fold_settings(events, meta, doc, skipped)      # "met Y at the summit of Z": one meeting
        before = len(events)
        events, meta = drop_repeated_headlines(events, meta, doc)
        if len(events) < before:
            skipped["repeated_headline"] += before - len(events)
        events, meta = did_likewise(events, meta, doc, index, d.text, d.dater)
        return events, meta

    def _dated(self, events: list[Event], meta: list[dict], d: _Reading) -> None:
        """Dates for events still undated: a happening's date shared, the paragraph's year, the document's."""
        dater, index, para_span = d.dater, d.index, d.para_span
        share_dates(events, meta)
        year_fallback(events, meta, dater, para_span, index, d.reacted)
        # the story's month is not a date that only describes someone ("aid, which the U.S. paused on August 5")
        monitor.recounted_month(events, meta, dater, background_dates(dater, index, d.reacted)
                                | describing_date_starts(dater.dates, index))
        document_fallback(events, meta, dater)
        d.skipped["claim_dated_by_attack"] += claimed_attack_dates(events, meta, d.index.ctx.doc, d.date_tokens)

    def _attached(self, events: list[Event], ctx, skipped: Counter) -> list[Event]:
        """Parties finally attached: capitals as states, a spokesman's group, a person's own state; events naming
        only places dropped."""
        lex = self.lexicon
        capitals_as_states(lex, events, ctx, self.name)
        spoken_for(events, ctx)               # a spokesman's claimed attack is his group's
        own_state(events, ctx)                # "his country's troops" act for his state
        hosts_as_targets(events, ctx)         # an attack on a base hosting U.S. troops hits the United States
        events = monitor.place_parties_only(events, {a.id: a.type for a in ctx.actors}, skipped)
        return events

    def event_for(self, f: Found, sent, d: _Reading, suppressed: set[int]) -> tuple[Event, str] | None:
        """The event a trigger candidate tells, or None (the reason counted and traced)."""
        lex, index = self.lexicon, d.index
        tok = f.token
        why, background = candidate_skip(lex, f, suppressed, index)
        if why is not None:
            d.skip(why, f)
            return None
        reason = unfactual_reason(lex, f, sent, index)
        if reason and reason not in ("intention", "future"):
            d.skip(reason, f)
            return None
        made = statement_reading(lex, f, sent, index, d.media) if f.kind == "speech" \
            else material_reading(lex, f, sent, index, reason)
        if isinstance(made, str):
            d.skip(made, f)
            return None
        etype, mode, sphere, args = made
        etype, mode, sphere, deployed = content_types(lex, f, etype, mode, sphere, reason)
        aimed_targets(f, etype, mode, args, index)
        etype, mode, sphere = left_accord(f, etype, mode, sphere)
        etype, mode, sphere = left_gathering(lex, f, etype, mode, sphere)
        etype, mode, sphere = left_body(f, etype, mode, sphere, index)      # evtypes6: "withdrew from the bloc"
        etype, mode, sphere = promised_resignation(lex, f, etype, mode, sphere)
        left_or_faced(f, etype, mode, args, index)
        args.add("target", [(h, i) for h, i in among_named(tok, etype, index) if h.actor not in args.source],
                 index)                      # "killed 14 people, among them X" (among_named.py, evargs8)
        etype, mode, sphere = conduct_types(f, etype, mode, sphere, lex)
        doer_repairs(lex, f, etype, mode, deployed, args, index)
        add_quoted_speaker(lex, f, args, sent, index)     # evcand3: a continued quotation's future is its speaker's
        states_and_scene(sent, tok, args, index)
        instrument = instrument_subject(lex, tok) if f.kind == "verb" and etype == "ASSAULT" and not args.source else None
        if instrument is not None:
            mode = instrument.mode or mode          # "two strikes destroyed": an air strike
        paired_doers(f, sent, args, d.events, d.meta, index)
        why = partyless_skip(f, args, index, etype, mode)
        if why is not None:
            d.skip(why, f)
            return None
        unnamed_parties(lex, f, etype, instrument, args, index, d.events, d.meta, d.sent_starts)
        if not args.source and f.kind in ("verb", "light") and (state := speakers_forces(tok, index)) is not None:
            args.source = [state]                  # evsense2: "General X said troops had taken ...": X's state
            args.target = [a for a in args.target if a != state]
        if not args.source and f.kind == "verb" and (state := arrests_reporter(tok, index)) is not None:
            args.source = [state]                  # evskip7: "Interior Minister X said 120 had been arrested"
            args.target = [a for a in args.target if a != state]
        if not args.source and f.kind in ("verb", "light") and subject_of(tok)[1] == "nsubj" \
                and (forces := definite_forces(tok, subject_of(tok)[0], index)):
            args.source = forces                   # evargs6: "Chadian troops entered X. The troops then burned ..."
            args.target = [a for a in args.target if a not in forces]
        if not args.source and etype in SAID_TYPES:
            args.add("source", author_subject(tok, index), index)   # fixes14: "The Watch ... It calls on"
        if not args.source and not args.target and instrument is None:
            d.skip("no_actor", f)
            return None
        etype, mode = recipientless_type(etype, mode, args.target,    # PLOVER: SANCTION needs a recipient
                                         etype == "SANCTION" and others_in_sentence(sent, index, args.source),
                                         any(index.actor_type.get(a) == "country" for a in args.source)
                                         or crossing_closed(tok))    # only states hold borders (seed 28)
        etype, mode = closure_of_crossing(tok, etype, mode)     # "ordered the closure of its borders" (seed 28)
        if f.kind == "verb":           # fired into the sea, fighters sent to a town: no one receives the act
            etype, mode = combatants_deployed(tok, *show_of_force(tok, etype, mode), index)
        if etype == "CONSULT" and mode == "visit" and args.location is None:
            args.location = next((a for a in args.target if index.actor_type.get(a) in ("place", "country")), None)
        confidence = {"verb": 0.8, "light": 0.8, "noun": 0.6, "speech": 0.6}[f.kind] - (0.1 if not args.source else 0)
        if etype == "ACCUSE" and f.kind == "verb" and (forum := forum_parties(tok, index)):
            args.target = [a for a in args.target if a not in forum]   # "took the case to X's court": X judges
        ev = Event(type=etype, source=args.source, target=args.target, evidence="", start=0, end=0,
                   extractor=self.name, mode=mode, location=args.location, quad=lex.quads[etype],
                   sphere=sphere, confidence=round(confidence, 2), trigger=f.text)
        ev._spans = args.spans
        ev._instrument = instrument
        if background is not None:
            # "condemned Ansarallah's attack on Marib", "following the Taliban takeover of Kabul": an act told
            # only as what another is about, or as a time anchor, is an event when the text reports it nowhere
            # else (news-dev conventions) -- decided once the document is read
            if not args.source:
                d.skip(background, f)
                return None
            ev._background = background
        return ev, f.kind
