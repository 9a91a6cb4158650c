"""The events component: triggers -> factual check -> arguments -> type/mode -> date -> evidence."""

from __future__ import annotations

from collections import Counter

from ...model import DateValue, Event
from . import analysis
from . import keep, monitor, statements
from .arguments import fronted_location
from .candidates import CONTRAST, characterizations, first_person_futures, speakers_next_act
from .carriers import carriers, instrument_subject
from .dating import EventDater, aspect_verb, collect_notes, day_shift, names_a_thing
from .evidence import evidence_span, make_unique
from .headlines import drop_repeated_headlines, headline_key, in_headline, is_heading
from .index import DocIndex
from .lexicon import Lexicon, load_lexicon
from .likewise import did_likewise
from .material import material_reading
from .merge import fronted_report, last_agent, merge_into, share_dates, told_before
from .modality import PERFORMATIVE, dated, why_not_factual
from .relayed import relayed_statement
from .releases import object_deed_dates, repair_misread_verbs
from .scene import capitals_as_states
from .scene import states_and_scene
from .senses import conduct_types, content_types, left_accord
from .skips import candidate_skip, partyless_skip, unfactual_reason
from .speakers import is_attribution, named_speaker, own_side_subject, quoted, relayed_clauses, speaker_is_reporter
from .speech import statement_reading
from .speech import typed_statement
from .targets import aimed_targets, doer_repairs, left_or_faced, paired_doers, unnamed_parties
from .tense import (backshifted, dates_the_saying, describing_past, done, in_anchor_clause, past_perfect,
                    present_perfect, present_tense, relative_time)
from .timing import (EARLIER, OFFSET_TIME, TIME_SHIFT, TODAY, VAGUE_TIME, background_dates, document_fallback,
                     in_relative_clause, is_background, other_clause_dates, other_events_dates, own_clause_date,
                     year_fallback)
from .triggers import Found, find_triggers, noun_trigger
from .wire import HAPPENING_TYPES, names_the_thing, own_state, recent_span, spoken_for

# adverbs telling a further act: "It also urged donors", "He further asked ..."
ANOTHER_ACT = frozenset({"also", "further", "additionally", "separately"})


class EventExtractor:
    """PLOVER-coded events with source, target, date, location and citations."""
    name = "foothold.events.v1"
    requires = ("doc", "actors", "mentions", "citations", "dates")
    provides = ("events",)

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self._so_far: tuple[list, list] = ([], [])     # events so far in the current document

    # -- typing of statements ------------------------------------------------


    # -- arguments -------------------------------------------------------------


    # -- the component -----------------------------------------------------------
    def __call__(self, ctx) -> None:
        lex = self.lexicon
        index = DocIndex(ctx)
        dater = EventDater(ctx, collect_notes(ctx))
        dater.drop(lambda d: any(names_a_thing(ctx.doc[i]) or names_the_thing(ctx.doc[i], lambda n: (h := noun_trigger(n, lex)) is not None
                                                    and h[0].type in HAPPENING_TYPES)
                                 for i in index.tokens_in(d.start, d.end)[:1]))
        date_tokens = frozenset(i for d in dater.dates for i in index.tokens_in(d.start, d.end))
        text = ctx.document.text
        doc = ctx.doc
        para_end: dict[int, int] = {}
        para_span: dict[int, tuple[int, int]] = {}
        for tok in doc:
            p = index.paragraph[tok.i]
            para_end[p] = index.tok_end[tok.i]
            para_span[p] = (para_span.get(p, (index.tok_start[tok.i],))[0], index.tok_end[tok.i])
        media = {a.id for a in ctx.actors if a.type == "media"}
        skipped: Counter = Counter()
        self._trace: list[dict] = []
        self._reacted: set[int] = set()     # date phrases timing only a deed reacted to (releases.object_deed_dates)
        events: list[Event] = []
        meta: list[dict] = []              # per event: paragraph, kind, whether the date was explicit
        self._so_far = (events, meta)
        self._sent_starts: list[int] = []    # the sentences read so far (anaphora.told_doer)
        deferred: list = []                # acts told only as topics or anchors, kept if told nowhere else
        para_date: dict[int, object] = {}
        headline = headline_key(ctx.document)
        repair_misread_verbs(doc, lex.verbs)     # "The Special Envoy thanks X": a verb, not a noun
        statements.repair_operative_verbs(doc, lex.verbs, index)     # "1. Condemns X" in a communique
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            if is_heading(sent):
                skipped["heading"] += 1
                continue
            self._sent_starts.append(sent.start)
            s_start, s_end = index.original(sent.start, sent.end - 1)
            para = index.paragraph[sent.start]
            found = find_triggers(sent, lex)
            found = characterizations(found)
            found = first_person_futures(sent, found)
            kept = [f for f in found if not in_headline(index.tok_start[f.token.i], index, headline)]
            skipped["headline"] += len(found) - len(kept)
            found = kept
            # acts inside what someone said are the statement, not separate events
            suppressed: set[int] = set()
            fronted_quote: set[int] = set()
            reported: set[int] = set()
            said_type: dict[int, str] = {}
            for f in found:
                if f.kind == "speech" and not speaker_is_reporter(f.token, index, media) \
                        and named_speaker(lex, f.token, index):
                    typed = typed_statement(lex, f.token, sent, index)
                    for c in f.token.children:
                        if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > f.token.i:   # "announced £20 million for aid to X"
                            # "claim that X was behind it, while Turkey denied this": a contrasted clause is not said
                            aside = {t.i for a in c.subtree if a.dep_ == "advcl" and any(
                                m.dep_ == "mark" and m.lower_ in CONTRAST for m in a.children) for t in a.subtree}
                            inside = {t.i for t in c.subtree} - aside - relayed_clauses(c, index)
                            suppressed.update(inside)
                            if not typed:       # an uncued statement sources the acts it reports
                                reported.update(inside)
                            else:
                                said_type.update({i: typed for i in inside})
                        elif c.dep_ in ("ccomp", "parataxis") and c.i < f.token.i and quoted(c, sent):
                            # '"We have destroyed the caliphate," said X': a material act in a fronted direct
                            # quote is X's words (a stance in it -- "We stand with ..." -- stays an event)
                            quoted_tokens = {t.i for t in c.subtree}
                            fronted_quote.update(g.token.i for g in found if g.token.i in quoted_tokens and g.kind != "speech"
                                                 and g.trigger is not None
                                                 and lex.quads.get(g.trigger.type, "").startswith("material"))
            suppressed |= fronted_quote
                # "X reopened the border, officials said": a fronted report states the fact
            # "the spokesman said the coalition conducted five airstrikes": a material act
            # already done is reported through the speaker, it is not the speaker's words
            for f in found:
                if f.token.i in suppressed and f.kind != "speech" and f.trigger is not None \
                        and lex.quads.get(f.trigger.type, "").startswith("material") and done(f.token) \
                        and f.token.i not in fronted_quote:
                    suppressed.discard(f.token.i)
                elif f.token.i in reported and f.kind in ("verb", "light") and (f.token.tag_ == "VBD" or (
                        f.token.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in f.token.children))):
                    suppressed.discard(f.token.i)   # "the governor said that shelling killed three people"
                elif f.token.i in said_type and f.kind == "verb" and f.trigger is not None \
                        and lex.quads.get(f.trigger.type, "").startswith("verbal") \
                        and f.trigger.type != said_type[f.token.i] and any(
                            c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in f.token.children):
                    suppressed.discard(f.token.i)   # 'was disappointed: "we strongly urge Iraqi leaders ..."': its own act
                elif f.token.i in suppressed and f.kind == "verb" and speakers_next_act(f.token):
                    suppressed.discard(f.token.i)   # "X said that A, and he urged B": the narrator tells X's next act
            # "protesters demanded the ambassador be expelled", "urged Iraq to release": what is
            # requested is the request's content, not a happening (PLOVER REQUEST)
            for f in found:
                if f.kind == "verb" and f.trigger is not None and f.trigger.type in ("REJECT", "THREATEN") \
                        and f.token.lemma_.lower() != "deny":
                    # "refused to recognize the results", "threatened to launch an operation": what is
                    # refused or threatened is the act's content, not a happening
                    for c in f.token.children:
                        if c.dep_ == "xcomp" and c.i > f.token.i:
                            suppressed.update(t.i for t in c.subtree)
                if f.kind == "verb" and f.trigger is not None and f.token.lemma_.lower() == "deny":
                    # "Israel denied carrying out the strike": the denier denies being the doer, so the
                    # act is not told as its own ("denied that X attacked" still tells X's act)
                    for c in f.token.children:
                        if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > f.token.i \
                                or c.dep_ == "ccomp" and c.i > f.token.i and (own_side_subject(lex, c, f.token, index)
                                                                             or monitor.doerless_passive(c)):
                            suppressed.update(t.i for t in c.subtree)   # "denied that its troops had looted X"
                if f.kind == "verb" and f.trigger is not None and f.trigger.type == "REQUEST":
                    for c in f.token.children:
                        if c.dep_ in ("xcomp", "ccomp") and c.i > f.token.i:
                            suppressed.update(t.i for t in c.subtree)
                    if f.token.dep_ == "xcomp":
                        # "tried to persuade X to restore order, release Y": a bare verb listed after
                        # the request (parsed as a conjunct of its governor) is still its content
                        for c in f.token.head.children:
                            if c.dep_ == "conj" and c.tag_ == "VB" and c.i > f.token.i:
                                suppressed.update(t.i for t in c.subtree)
            # "a ceremony commemorating X", "an attack carried out by Y": a participle
            # modifying an event noun describes that event, it is not another one
            trigger_tokens = {f.token.i for f in found} | {f.noun.i for f in found if f.noun is not None}
            for f in found:
                t = f.token
                # ("the journalist, arrested on Friday by police, was released": a dated participle on a
                # person is its own happening)
                if t.dep_ == "acl" and (noun_trigger(t.head, lex) or t.head.head.i in trigger_tokens and not dated(t)) \
                        and relayed_statement(t, index) is None:     # "the appeal by X urging ...": X's own act
                    suppressed.add(t.i)
            # "Israeli strikes killed five", "killed in an Israeli strike": the noun is the
            # verb's own happening, told once (its agent joins the verb's event)
            carried = {n.i for f in found if f.kind in ("verb", "light") and why_not_factual(f.token) is None
                       for n in carriers(lex, f.token)}
            for f in found:
                if f.kind == "noun" and f.token.i in carried:
                    self._skip(skipped, "carried_by_verb", f, index)
                    continue
                made = self.event_for(f, sent, index, media, suppressed, skipped)
                if made is None:
                    continue
                ev, kind = made
                at = index.tok_start[f.token.i]
                other_dates = other_events_dates(lex, f, found, dater.dates_in(s_start, s_end), index) \
                    | analysis.deadline_dates(f.token, dater.dates_in(s_start, s_end), index)
                explicit = own_clause_date(f, dater.dates_in(s_start, s_end), index) \
                    or analysis.conjunct_year(f.token, dater.dates_in(s_start, s_end), index) \
                    or dater.sentence_date(s_start, s_end, at, skip=other_dates)
                # "..., and X recalled its envoy the next day": a shift in the act's own clause counts from the last date
                explicit = analysis.shifted_in_clause(f.token, sent, dater, index) or explicit
                if kind == "verb" and explicit is not None and explicit.precision == "day" \
                        and past_perfect(f.token) and backshifted(f.token) \
                        and dates_the_saying(f.token, explicit, index):
                    # "X said on Tuesday it had fired missiles at Y": the day is the saying's; the act came before,
                    # within the story's days, so only its month is told
                    explicit = DateValue(iso=explicit.iso[:7], precision="month")
                if kind == "verb" and in_anchor_clause(f.token) and not (
                        explicit is not None and explicit.iso and dater.published is not None and dater.published.iso
                        and explicit.iso[:4] == dater.published.iso[:4]
                        and any(t.i in date_tokens for t in f.token.subtree)):
                    # "the conflict flared up after X was assassinated", "after we killed Y last year": the
                    # anchor is background (README conventions) unless its own date puts it in the news's year
                    self._skip(skipped, "background", f, index)
                    continue
                note = dater.note_for(s_start, s_end, para_end[para])
                note_in_sentence = note is not None and note.start < s_end
                # "A few weeks later, ..." moves the story on: the running date no longer holds
                # and so does "two days before the vote", "a week after the coup": a time told from another happening
                running = None if TIME_SHIFT & {t.lower_ for t in sent} or OFFSET_TIME.search(sent.text) \
                    else para_date.get(para)
                if running is not None and note is not None and note.date is not None and note.date.year != running.year:
                    running = None          # a background date ("in 2014") does not date this year's news
                ev.date = explicit or (note.date if note_in_sentence else None) or running \
                    or (note.date if note is not None else None)
                if explicit is None and any(t.lower_ in TODAY and not quoted(t, sent) for t in sent) \
                        and dater.published is not None:
                    ev.date = dater.published           # "met ... in London today": the dateline's day
                elif explicit is None and not note_in_sentence and present_tense(f.token) \
                        and dater.published is not None:
                    ev.date = dater.publication_month()  # "Washington blames ...": the report's present
                shift = day_shift(sent.text) if explicit is None else None
                if shift is not None:
                    ev.date = dater.shifted_day(s_start, shift) or ev.date   # "recalled its envoy the next day"
                if ev.date is None and VAGUE_TIME & {t.lower_ for t in sent}:
                    ev.date = dater.narrative_year(at)     # "in recent months": the story's year
                # "has previously sanctioned ...", "Since 2017, the FBI has arrested ...": a present perfect
                # placed before the news tells a past the text does not date (null, gold notes §26)
                undated = note is None and present_perfect(f.token) and (
                    explicit is not None and is_background(explicit, index)
                    or explicit is None and any(c.lower_ in EARLIER for c in f.token.children))
                # "the network has transferred millions to X", "navies have intercepted projectiles": a
                # material act in the present perfect with no time sums up past conduct (null, gold notes §26);
                # a verbal one ("has vowed", "has called for") is the news
                aspect = aspect_verb(f.token)      # "has helped transfer", "has transferred X, while smuggling Y"
                undated = undated or note is None and explicit is None and present_perfect(aspect) \
                    and kind != "speech" and (ev.quad or "").startswith("material") \
                    and f.token.lemma_ not in PERFORMATIVE and not any(     # "has sanctioned", "has coordinated this action": the news
                        d.lower_ in ("this", "these") for c in f.token.children if c.dep_ == "dobj" for d in c.children)
                # "some lawmakers had criticized ...": a past perfect tells a time before the story's
                # own, which the sentence does not date (null, gold notes §26)
                undated = undated or note is None and explicit is None and past_perfect(f.token) \
                    and not backshifted(f.token)
                # "the same people who assassinated X": a past deed told to describe someone is
                # background; only a date inside the relative clause places it
                # "at the beginning of its invasion", "months later": a time told only by another happening
                undated = undated or note is None and explicit is None and relative_time(f.token)
                # "Negotiated for the U.S. by X, the deal ...": a fronted participle describes the
                # subject's past, which the sentence does not date
                undated = undated or note is None and explicit is None and f.token.dep_ == "advcl" \
                    and f.token.tag_ == "VBN" and f.token.i < f.token.head.i and f.token.i == f.token.left_edge.i == sent.start \
                    and not any(c.dep_ in ("aux", "auxpass", "mark") for c in f.token.children)
                undated = undated or note is None and describing_past(lex, f.token, (ev.quad or "").startswith("verbal")) \
                    and not any(t.i in date_tokens for t in f.token.subtree)
                # "Today, OFAC designated ...": the publication's day; with none known, no other year of the
                # text (a background "since the 2021 coup") dates it
                undated = undated or explicit is None and dater.published is None and any(
                    t.lower_ in TODAY and not quoted(t, sent) for t in sent)
                if explicit is None and recent_span(sent.text) and dater.published is not None:
                    undated = False
                    if ev.date is None or ev.date.precision == "year":
                        ev.date = dater.publication_month()     # "has sent warships in the past week"
                if undated:
                    ev.date = None
                ev.citations = list(note.citations) if note is not None else []
                ev_s, ev_e = evidence_span(f.token.i, ev.__dict__.pop("_spans"), sent, index,
                                           with_content=kind == "speech", date_tokens=date_tokens)
                ev_s, ev_e = make_unique(text, ev_s, ev_e, s_start, s_end)
                blasted = monitor.claimed_blast(f.token, sent, lex) if ev.type == "ASSAULT" and ev.source and not any(
                    g is not f and g.trigger is not None and g.trigger.type == "ASSAULT" for g in found) else None
                if blasted is not None:       # "A car bomb exploded ... . X claimed the attack": told the sentence before
                    b_sent = blasted.sent
                    b_start, b_end = index.original(b_sent.start, b_sent.end - 1)
                    ev_s, ev_e = evidence_span(blasted.i, [], b_sent, index, with_content=False, date_tokens=date_tokens)
                    ev_s, ev_e = make_unique(text, ev_s, ev_e, b_start, b_end)
                    ev.date = dater.sentence_date(b_start, b_end, index.tok_start[blasted.i]) or ev.date
                ev.start, ev.end, ev.evidence = ev_s, ev_e, text[ev_s:ev_e]
                ev.attributed_to = [h.actor for h in index.hits_between(s_start, s_end)
                                    if h.actor in media and h.actor not in ev.source
                                    and is_attribution(text, h, s_start, s_end)]
                ev.attributed_to = list(dict.fromkeys(ev.attributed_to))
                instrument = ev.__dict__.pop("_instrument", None) is not None
                if instrument:
                    ev.source = last_agent(events, ev.type, ev.mode)
                    if not ev.source and not ev.target:     # "the attack wounded four Americans": no named doer, a target
                        skipped["instrument_without_agent"] += 1
                        continue
                info = {"para": para, "kind": kind, "explicit": explicit is not None, "sent": sent.start,
                        "tok": f.token.i, "head": f.token.head.i if f.token.dep_ == "conj" else None,
                        "scene": fronted_location(sent, f.token, index)}
                info["instrument"] = instrument
                info["undated"] = undated
                # "He also urged donors ...": the speaker's next act, not a retelling of the last
                info["another"] = kind != "noun" and any(c.dep_ == "advmod" and c.lower_ in ANOTHER_ACT
                                                         for c in f.token.children)
                info["lemma"] = f.token.lemma_.lower()
                # a clause on a verb's argument ("urged X to remove the warship, which ran aground in 1999")
                # dates that argument's story, not the act; on an event noun ("an agreement signed on
                # 29 February") it is the noun's own time
                info["other_clause_dates"] = other_clause_dates(f, dater.dates_in(s_start, s_end), index) \
                    if kind != "noun" else frozenset()
                info["present"] = present_tense(f.token)
                info["persons"] = [a for a in ev.target if index.actor_type.get(a) == "person"]
                info["noun"] = f.noun.i if f.noun is not None else (f.token.i if kind == "noun" else None)
                told = told_before(lex, f, ev, info, events, meta, index)
                if told is None and kind == "speech" and fronted_report(f.token, sent, events, meta):
                    told = "fronted_report"
                if told is not None:
                    skipped[told] += 1
                    continue
                if ev.__dict__.pop("_background", None) is not None:
                    deferred.append((ev, info, f))
                    continue
                if monitor.aggregate_toll(f.token):      # "documented 14 attacks, in which 30 were killed"
                    skipped["aggregate_toll"] += 1
                    continue
                attack = monitor.told_attack_of_toll(f.token, ev, info, events, meta)
                if attack is not None:          # "X attacked a base. Four soldiers were killed."
                    attack.target.extend(a for a in ev.target if a not in attack.target and a not in attack.source)
                    skipped["toll_of_told_attack"] += 1
                    continue
                if merge_into(events, meta, ev, info):
                    skipped["merged"] += 1
                    continue
                events.append(ev)
                meta.append(info)
            # the story moves on to the sentence's own time, not to its background ("since ... in May")
            # nor to a relative clause's own time ("aid, which the U.S. paused on August 5")
            # nor to the time of a deed reacted to ("welcomed the decision of the Council in June")
            reacted = set().union(*(object_deed_dates(f, dater.dates_in(s_start, s_end), index) for f in found))
            self._reacted |= reacted
            current = [d for d in dater.dates_in(s_start, s_end) if not is_background(d, index)
                       and not in_relative_clause(d, sent, index) and d.start not in reacted]
            if current:
                para_date[para] = current[-1]
        for ev, info, f in deferred:
            told = any(o.type == ev.type and (set(o.source) | set(o.target)) & (set(ev.source) | set(ev.target))
                       for o in events)
            if told:
                self._skip(skipped, "topic_told_elsewhere", f, index)
                continue
            events.append(ev)
            meta.append(info)
        if deferred:
            order = sorted(range(len(events)), key=lambda k: events[k].start)
            events, meta = [events[k] for k in order], [meta[k] for k in order]
        events, meta = keep.prune(events, meta, doc, skipped, index)
        before = len(events)
        events, meta = drop_repeated_headlines(events, meta, doc)
        if len(events) < before:
            skipped["repeated_headline"] += before - len(events)
        events, meta = did_likewise(events, meta, doc, index, text, dater)
        share_dates(events, meta)
        year_fallback(events, meta, dater, para_span, index, self._reacted)
        monitor.recounted_month(events, meta, dater, background_dates(dater, index, self._reacted))
        document_fallback(events, meta, dater)
        capitals_as_states(lex, events, ctx, self.name)
        spoken_for(events, ctx)               # a spokesman's claimed attack is his group's
        own_state(events, ctx)                # "his country's troops" act for his state
        events = monitor.place_parties_only(events, {a.id: a.type for a in ctx.actors}, skipped)
        ctx.events = events
        ctx.data["skipped_events"] = dict(skipped)
        ctx.data["skipped_event_triggers"] = self._trace

    def event_for(self, f: Found, sent, index: DocIndex, media: set[str], suppressed: set[int],
                  skipped: Counter) -> tuple[Event, str] | None:
        """The event a trigger candidate tells, or None (the reason counted and traced)."""
        lex = self.lexicon
        tok = f.token
        why, background = candidate_skip(lex, f, suppressed, index)
        if why is not None:
            self._skip(skipped, why, f, index)
            return None
        reason = unfactual_reason(lex, f, sent, index)
        if reason and reason not in ("intention", "future"):
            self._skip(skipped, reason, f, index)
            return None
        made = statement_reading(lex, f, sent, index, media) if f.kind == "speech" \
            else material_reading(lex, f, sent, index, reason)
        if isinstance(made, str):
            self._skip(skipped, made, f, index)
            return None
        etype, mode, sphere, args = made
        etype, mode, sphere, deployed = content_types(lex, f, etype, mode, sphere, reason)
        aimed_targets(f, etype, mode, args, index)
        etype, mode, sphere = left_accord(f, etype, mode, sphere)
        left_or_faced(f, etype, mode, args, index)
        etype, mode, sphere = conduct_types(f, etype, mode, sphere)
        doer_repairs(lex, f, etype, mode, deployed, args, index)
        states_and_scene(sent, tok, args, index)
        instrument = instrument_subject(lex, tok) if f.kind == "verb" and etype == "ASSAULT" and not args.source else None
        if instrument is not None:
            mode = instrument.mode or mode          # "two strikes destroyed": an air strike
        events, meta = self._so_far
        paired_doers(f, sent, args, events, meta, index)
        why = partyless_skip(f, args, index)
        if why is not None:
            self._skip(skipped, why, f, index)
            return None
        unnamed_parties(lex, f, etype, instrument, args, index, events, meta, self._sent_starts)
        if not args.source and not args.target and instrument is None:
            self._skip(skipped, "no_actor", f, index)
            return None
        if etype == "CONSULT" and mode == "visit" and args.location is None:
            args.location = next((a for a in args.target if index.actor_type.get(a) in ("place", "country")), None)
        confidence = {"verb": 0.8, "light": 0.8, "noun": 0.6, "speech": 0.6}[f.kind] - (0.1 if not args.source else 0)
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
                self._skip(skipped, background, f, index)
                return None
            ev._background = background
        return ev, f.kind


    def _skip(self, skipped: Counter, reason: str, f: Found, index: DocIndex) -> None:
        """Count a trigger that did not become an event, and say where and why."""
        skipped[reason] += 1
        self._trace.append({"trigger": f.text, "start": index.tok_start[f.token.i], "reason": reason})



