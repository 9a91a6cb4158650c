"""The events component: triggers -> factual check -> arguments -> type/mode -> date -> evidence."""

from __future__ import annotations

from collections import Counter

from ...model import DateValue, Event
from . import analysis
from . import keep, monitor, statements
from .agents import TROOPS, VISITORS, actor_in_head, crowd_agent, hit_people, troops_arriving
from .anaphora import told_doer
from .arguments import (fronted_location, inner_parties, led_doer, ordered_doer, is_passive, state_body_place,
                        story_state, unnamed_state_body, phrase_actors, subject_of)
from .candidates import CONTRAST, characterizations, first_person_futures, speakers_next_act
from .carriers import CARRIER_TYPES, WEAPONS, carriers, caused_by_event, instrument_subject
from .dating import EventDater, aspect_verb, collect_notes, day_shift, names_a_thing
from .evidence import evidence_span, make_unique
from .headlines import drop_repeated_headlines, headline_key, in_headline, is_heading
from .index import DocIndex
from .lexicon import Lexicon, load_lexicon
from .likewise import did_likewise
from .merge import fronted_report, last_agent, merge_into, share_dates, they_after_meeting, told_before
from .modality import PERFORMATIVE, dated, generic_present, why_not_factual
from .nominal import aimed_at
from .pledges import pledge_type
from .relayed import relayed_statement
from .releases import joint_parties, means_phrase_preps, object_deed_dates, repair_misread_verbs
from .scene import capitals_as_states, city_state, metonymy, scene_country, state_of_place, with_state
from .senses import (ACCORDS, AID_OBJECTS, CONCLUDING, CONDUCT_NOUNS, CURRENCIES, EXPELLED_RELATIONS, HANDED_OVER,
                     JOINT_MILITARY, LISTED_OBJECTS, MISSIONS, ROUNDS, conflict_in_object, mission_overrun,
                     official_protest, to_homage_site, vows_harm, warns_of_conduct)
from .skips import current_background, intention_holder, is_anchor, is_topic, measure_effect, open_question, requested
from .speakers import (ANNOUNCING, is_attribution, named_speaker, own_side_subject, quoted, relayed_clauses,
                       speaker_is_reporter, speech_arguments)
from .speech import (CLEFT_BLAME, COOPERATIVE, alleged_conduct, announced_act, channel, future_type, joint_obligation,
                     joint_subject, own_verbal_act, statement_type, typed_statement)
from .targets import FACING, MOTION, ORDERING, TAKING, clause_subject_owner, found_arguments
from .tense import (backshifted, dates_the_saying, describing_past, done, in_anchor_clause, past_perfect,
                    present_perfect, present_tense, relative_time)
from .territory import court_or_task, named_ground
from .timing import (EARLIER, OFFSET_TIME, TIME_SHIFT, TODAY, VAGUE_TIME, background_dates, document_fallback,
                     in_relative_clause, is_background, other_clause_dates, other_events_dates, own_clause_date,
                     year_fallback)
from .triggers import (CHARACTERIZING, Found, characterizes, coordinated_modifiers, find_triggers, noun_trigger,
                       through_quantifier)
from .wire import HAPPENING_TYPES, names_the_thing, own_state, recent_span, spoken_for, struck_in_state

# Nominal speech acts ("criticism in Iraq against ...") need a named speaker to be events.
SPEAKER_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE"}


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
        lex = self.lexicon
        tok = f.token
        if tok.i in suppressed and f.kind != "speech":
            self._skip(skipped, "inside_statement", f, index)
            return None
        hit = index.actor_at(tok.i) if f.kind == "noun" else None
        if hit is not None and (tok.pos_ == "PROPN" or hit.end - hit.start > index.tok_end[tok.i] - index.tok_start[tok.i]):
            self._skip(skipped, "inside_name", f, index)      # "Rewards for Justice", "Operation Desert Storm"
            return None
        if f.kind == "noun" and requested(tok):
            self._skip(skipped, "requested", f, index)    # "appealed for NATO air strikes": asked for, not done
            return None
        background = None
        if f.kind == "noun" and is_anchor(lex, tok):
            background = "anchor"
        elif f.kind == "noun" and is_topic(lex, tok):
            background = "topic"
        if background is not None and not (f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material")
                                           and current_background(lex, tok, background, index)):
            self._skip(skipped, background, f, index)
            return None
        if f.kind == "noun" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "attr" and c.i > tok.i and noun_trigger(c, lex) is not None for c in tok.head.children):
            # "The X deal was a peace agreement signed by ...", "The Axum massacre was a massacre of
            # civilians": the subject and its predicate name one happening, told by the predicate
            self._skip(skipped, "copular_duplicate", f, index)
            return None
        if f.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in ("exchange", "return") \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            self._skip(skipped, "idiom", f, index)      # "in exchange for services": a condition, no exchange of views
            return None
        reason = why_not_factual(tok)
        if reason == "description" and relayed_statement(tok, index) is not None:
            reason = None             # "the statement by X calling for ...": X's call, not a standing description
        if not reason and f.kind != "speech" and open_question(sent):
            reason = "question"       # "Will Iran retaliate?", "Why would Hezbollah attack now?": asked, not reported
        if not reason and f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass"):
            reason = why_not_factual(f.noun)      # "a postponed visit was announced"
        if not reason and f.kind == "light" and why_not_factual(f.noun) in ("aggregate", "habitual", "generic"):
            reason = why_not_factual(f.noun)      # "launched scores of attacks", "carried out numerous raids"
        if not reason and f.kind == "light" and f.trigger is not None and f.trigger.type in ("ASSAULT", "COERCE") \
                and f.noun.tag_ == "NNS" and f.noun.dep_ == "dobj" and not any(
                c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in f.noun.children) \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in sent):
            reason = "aggregate"      # "militias engaged in provocations, launching attacks on bases": undated bare plurals, a series
        if not reason and f.kind == "verb" and tok.tag_ in ("VBZ", "VBP") and tok.lemma_ not in PERFORMATIVE \
                and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("material") \
                and f.trigger.type != "MOBILIZE" and not any(t.ent_type_ == "DATE" for t in sent):
            # "Ansarallah uses Iranian weapons", "the group operates": a standing practice (a dated
            # present -- a photo caption, a dateline story -- tells the act; "troops surround X" is a posture)
            reason = "habitual"
        formula = " " in f.text and f.trigger is not None and lex.quads.get(f.trigger.type, "").startswith("verbal")
        if not reason and f.kind == "verb" and f.trigger is not None and f.trigger.type != "MOBILIZE" and generic_present(tok) \
                and not formula:      # "Japan stands with Ukraine": a stated stance formula is the statement
            reason = "generic"        # "Iran supports militias", "Serbia refuses to recognise X": a standing stance
        if not reason and f.kind == "verb" and measure_effect(lex, tok):
            reason = "effect"         # "the designation freezes any assets he holds": what the measure does
        if reason == "hypothetical" and f.kind == "verb" and f.trigger is not None and f.trigger.type == "REQUEST" \
                and tok.dep_ == "xcomp" and tok.head.lemma_ in ("try", "attempt") and why_not_factual(tok.head) is None:
            reason = None             # "has tried to persuade X": the attempt is a request made
        if reason == "intention" and f.kind == "verb" and statements.decided_here(tok, index):
            reason = None             # "3. Decides to suspend X": the communique's decision does it
        if reason == "future" and not intention_holder(lex, tok, index):
            reason = "hypothetical"
        if reason and reason not in ("intention", "future"):
            self._skip(skipped, reason, f, index)
            return None
        if f.kind == "speech":
            if speaker_is_reporter(tok, index, media):
                self._skip(skipped, "report", f, index)
                return None
            args, content = speech_arguments(lex, tok, index)
            # what was said: the complement clause, else (a misparse) the rest of the sentence
            content_text = sent.doc[content.left_edge.i:content.right_edge.i + 1].text if content is not None \
                else sent.doc[tok.i + 1:sent.end].text
            if tok.lemma_ in CHARACTERIZING and characterizes(tok):
                # "called the action 'excessive' and urged China to stop": the judgement is what it was called,
                # not the conjoined request
                end = max(c.right_edge.i for c in tok.children if c.i > tok.i and c.dep_ not in ("cc", "conj", "punct"))
                content_text = sent.doc[tok.i + 1:end + 1].text
            # "reaffirmed its commitment to X": the pledge's complement types it before any cue in X
            etype = pledge_type(content, lex) or ("THREATEN" if analysis.payback(content, lex) else None) \
                or statement_type(lex, content_text)
            if etype in ("REJECT", None) and CLEFT_BLAME.search(content_text):
                etype = "ACCUSE"      # "claimed that X was not there and that it was Turkey that attacked": blame
            if etype == "REQUEST" and content is not None and joint_obligation(content):
                etype = "AGREE"       # "the two neighbours should raise trade": proposing, not demanding
            announced = None
            if etype is None and tok.lemma_ in CHARACTERIZING and content is not None:
                etype = statement_type(lex, sent.doc[tok.i + 1:sent.end].text)   # "called the allegations baseless"
            if etype is None and tok.lemma_ in CHARACTERIZING and monitor.harm_judgement(tok, lex):
                etype = "ACCUSE"          # "called the killing an attack on free expression"
            if etype is None and tok.lemma_ in ANNOUNCING and content is not None:
                announced = announced_act(lex, content)
                etype = announced.type if announced is not None else None
            elif etype is None and content is not None:
                own = own_verbal_act(lex, content)        # "said it recognizes Palestine as a state"
                etype = own.type if own is not None else None
            future = future_type(lex, content, tok, index) if content is not None else None
            if future == "intent":           # a future with no act named: only a cooperative cue makes it one
                # (or two parties stating it: "said both Egypt and Sudan would work to settle the dispute")
                future = "AGREE" if etype in COOPERATIVE or joint_subject(content) else None
            if etype is None or future == "AGREE" and etype in COOPERATIVE:
                etype = future or etype      # PLOVER: a stated future act is an intention (AGREE) or a threat
            if etype is None and alleged_conduct(lex, content, tok, index):
                etype = "ACCUSE"             # "Seoul said North Korean soldiers had crossed the line"
            if etype is None:
                self._skip(skipped, "statement_without_cue", f, index)
                return None
            mode, sphere = channel(lex, sent.text) or "statement", "political"
            if announced is not None:
                mode, sphere = announced.mode, announced.sphere or sphere
        else:
            trig = f.trigger
            etype, mode, sphere = trig.type, trig.mode, trig.sphere
            if trig.content_typed:
                said = f.noun if f.noun is not None else tok       # "a resolution condemning X": what it says
                cued = statement_type(lex, " ".join(t.text for t in said.subtree if t.i != said.i))
                if cued is not None and cued != etype:
                    etype, mode = cued, "statement"
            args = found_arguments(lex, f, index)
            if f.kind == "verb" and monitor.struck_device(tok, lex) is not None:
                # "an SMM vehicle struck a mine": the subject's party was hit; whoever laid the device is not named
                args.target, args.source = list(dict.fromkeys([*args.source, *args.target])), []
            if trig.content_typed:
                said = f.noun if f.noun is not None else tok       # "a resolution requiring U.S. forces to leave"
                for c in said.children:
                    if c.dep_ in ("acl", "relcl", "ccomp"):
                        args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree if index.actor_at(t.i) is not None
                                            and index.actor_at(t.i).type not in ("media", "place")
                                            and index.actor_at(t.i).actor not in args.source], index)
            has_object = any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in tok.children) \
                or f.kind == "verb" and trig.type in ("REJECT", "ACCUSE") and any(   # "ruled out sending troops":
                    c.dep_ in ("advcl", "xcomp", "pcomp") and c.tag_ == "VBG" and c.i > tok.i for c in tok.children)
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objects += [o for c in objects for o in c.conjuncts]
            objects += [m for c in objects for m in c.children if m.dep_ == "compound"]   # "Operation Long Arm"
            objects += coordinated_modifiers(objects)      # "carried food and building materials"
            objects += [q for q in map(through_quantifier, objects) if q not in objects]   # "50 tonnes of supplies"
            objects += [o for c in objects if c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES   # "$1 billion in assets"
                        for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children if o.dep_ == "pobj"]
            if any(c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES for c in objects):
                objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"   # "granted $50 million in aid"
                            for o in p.children if o.dep_ == "pobj"]
            if tok.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects):
                objects += [tok.head, *tok.head.conjuncts]     # "assistance, which the U.S. paused": the antecedent
            declined = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if etype == "REJECT" else []
            # "declined to back the statement", "declined to attend": what is declined is an act (not "to comment")
            wrong_object = trig.only_objects and not any(o.lemma_.lower() in trig.only_objects
                                                         for o in [*objects, *declined]) and not (
                trig.actor_objects and any(index.actor_at(o.i) is not None and index.actor_at(o.i).type in trig.actor_objects
                                           for o in objects) and not court_or_task(tok)) and not named_ground(tok, objects, trig, index)
            # with no direct object, where the act went counts too ("shot into the air": crowd control)
            aimed = objects if has_object else [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "into")
                                                for o in c.children if o.dep_ == "pobj"]
            sense = next((t for objs, t in trig.by_object if any(o.lemma_.lower() in objs for o in aimed)), None)
            if sense is not None:         # plover.yaml `by_object`: "intercepted a vessel", "delivered vehicles"
                etype, mode, sphere = sense.type, sense.mode, sense.sphere or sphere
            if etype == "RETREAT" and mode == "base handover" and any(o.lemma_.lower() in AID_OBJECTS for o in objects):
                etype, mode, sphere = "AID", "military", "military"   # "transferred lethal aid to X": aid, not a handover
            elif etype == "RETREAT" and mode == "base handover" and tok.lemma_ in ("transfer", "hand") and objects \
                    and not any(o.lemma_.lower() in HANDED_OVER for o in objects):
                etype, mode, sphere = "AID", "transfer", "economic"   # "transferred millions of dollars"
            if etype == "SANCTION" and mode == "expel" and tok.lemma_ == "expel" and objects and all(
                    o.pos_ == "NOUN" and o.lemma_.lower() not in EXPELLED_RELATIONS and not any(   # "the head of the UN mission"
                        p.lower_ == "of" and po.lemma_.lower() in EXPELLED_RELATIONS for p in o.children for po in p.children)
                    for o in objects[:1]):
                etype, mode = "COERCE", "deport"     # PLOVER: expelling individuals is COERCE deport, not diplomats
            if etype == "PROTEST" and f.kind == "verb" and tok.lemma_ == "protest" and official_protest(tok, index):
                etype, mode = "ACCUSE", "criticize"    # "Seoul protested to Tokyo": a state's complaint (CAMEO 114)
            carrier = f.noun if f.kind == "light" else tok if f.kind == "noun" else None
            if etype == "MOBILIZE" and carrier is not None and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in JOINT_MILITARY for c in carrier.children):
                etype, mode, sphere = "COOPERATE", "military", "military"   # PLOVER: joint operations are COOPERATE
            if etype == "AID" and any(o.lemma_.lower() in TROOPS for o in objects):
                etype, mode, sphere = "MOBILIZE", "troops", "military"   # PLOVER MOBILIZE: sending troops deploys them
            if etype == "CONSULT" and tok.lemma_ in ("receive", "host") and objects and objects[0].pos_ == "NOUN" \
                    and index.actor_at(objects[0].i) is None and objects[0].lemma_.lower() not in VISITORS \
                    and noun_trigger(objects[0], lex) is None:
                wrong_object = True        # "received a concession", "hosts a base": no visitor received
            if etype == "ASSAULT" and tok.lemma_ == "target" and objects \
                    and objects[0].lemma_.lower() in LISTED_OBJECTS:
                # "sanctions targeting 16 entities", "the program has targeted an entity": a measure's
                # reach, not an attack (a listed body is not a physical target)
                wrong_object = True
            if etype == "RETREAT" and tok.lemma_ == "leave" and (tok.tag_ == "VB" or 
                    (subject_of(tok)[0] is None or subject_of(tok)[0].lemma_.lower() not in TROOPS) or is_passive(tok)):
                wrong_object = True        # "the president left Baghdad", "the attack left five dead": no withdrawal
            if trig.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                wrong_object = True        # "encouraged the efforts of X": a thing encouraged asks no one to act
            if trig.needs_object and not has_object or trig.no_object and has_object or wrong_object:
                self._skip(skipped, "object_sense", f, index)       # the verb's other sense
                return None
            if etype == "AGREE" and tok.lemma_ in MOTION and any(
                    c.dep_ == "prep" and c.lower_ == "for" and noun_trigger(o, lex) is not None
                    for c in tok.children for o in c.children if o.dep_ == "pobj"):
                # CAMEO 036 "fly to" (intent to meet): travelling "for talks" tells the meeting itself (CONSULT)
                self._skip(skipped, "told_by_purpose", f, index)
                return None
            if trig.active_only and is_passive(tok):
                self._skip(skipped, "object_sense", f, index)       # carried there: "were flown to Basra"
                return None
            if trig.actor_subject and not is_passive(tok):
                subj, _ = subject_of(tok)
                weapon = subj is not None and etype == "ASSAULT" and (subj.lemma_.lower() in WEAPONS or (
                    (hit := noun_trigger(subj, lex)) is not None and hit[0].type == "ASSAULT"))
                if subj is None or subj.pos_ != "PRON" and not actor_in_head(lex, subj, index) and not weapon:
                    self._skip(skipped, "figurative_subject", f, index)     # "the war forced Iran to ..."
                    return None
            aid_object = any(c.dep_ == "dobj" and (c.lemma_.lower() in trig.or_objects or any(   # "$11 million in aid"
                (c.like_num or c.tag_ == "CD" or c.lemma_.lower() in CURRENCIES or any(n.like_num for n in c.children))
                and p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in trig.or_objects
                for p in [*c.children, *tok.children] for o in p.children)) for c in tok.children)
            if trig.target_types:
                # "freed 50 Kuwaiti prisoners": the listed object's own modifiers name whom it was done to
                own = {index.actor_at(t.i).actor for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in trig.or_objects
                       for t in c.subtree if t.i < c.i and index.actor_at(t.i) is not None}
                args.target = [a for a in args.target if index.actor_type.get(a) in trig.target_types or a in own]
            # "a ship was struck by a Houthi missile": a passive act with a named agent happened
            passive_agent = is_passive(tok) and bool(args.source) and f.kind == "verb" and etype in CARRIER_TYPES
            # "the U.S. designated a terrorist organization", "Washington asked other countries to ...":
            # a named agent acting on an unnamed object still sanctions or requests
            named_on_object = etype in ("SANCTION", "REQUEST") and bool(args.source) and has_object
            # "Russia and Ukraine reached an agreement": joint actors act on each other (PLOVER: no recipient)
            joint = len(args.source) >= 2 and lex.quads.get(etype, "").endswith("cooperation") and any(
                c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
            # "The United States will provide $11.5 million in humanitarian assistance": a pledge of aid by a named
            # giver is an intention (AGREE) with or without a named recipient
            pledged = reason == "future" and etype == "AID" and bool(args.source)
            if etype == "ASSAULT" and not args.target and f.kind == "verb" and args.source:
                args.add("target", struck_in_state(tok, index, args.source), index)   # "struck targets in Iraq"
            if trig.needs_target and not args.target and not aid_object and not passive_agent and not named_on_object \
                    and not joint and not pledged:
                self._skip(skipped, "no_target", f, index)
                return None
            if trig.needs_agent and not args.source:
                self._skip(skipped, "no_agent", f, index)
                return None
            heads = [tok, f.noun] if f.kind == "light" else [tok]     # "announced sanctions on X"
            fired = etype == "ASSAULT" and any(o.lemma_.lower() in WEAPONS | ROUNDS for o in objects)   # "fired long bursts"
            # "Egypt and Israel discussed border security": a joint subject meets without "with"
            together = etype == "CONSULT" and len(args.source) >= 2 and any(
                c.dep_ == "nsubj" and c.conjuncts for c in tok.children)
            if trig.needs_prep and f.kind != "light" and not fired and not together and not any(
                    c.dep_ == "prep" and c.lower_ in trig.needs_prep
                    for h in heads for c in [*h.children, *means_phrase_preps(h)]):
                if trig.otherwise is None or f.kind != "noun" or aimed_at(tok, lex):
                    self._skip(skipped, "no_prep", f, index)
                    return None
                trig = trig.otherwise                                    # "a U.S. withdrawal": the noun's other sense
                etype, mode, sphere = trig.type, trig.mode, trig.sphere
            nounish = f.noun if f.kind == "light" and f.noun is not None else tok   # "began the withdrawal from X"
            if trig.needs_nonactor_object and any(
                    index.actor_at(o.i) is not None
                    for c in nounish.children if c.dep_ == "prep" and c.lower_ in trig.needs_prep
                    for o in c.children if o.dep_ == "pobj"):
                if trig.otherwise is None or f.kind not in ("noun", "light") or aimed_at(nounish, lex):
                    self._skip(skipped, "actor_object", f, index)        # "withdrawal of forces from Iraq" is not leaving an accord
                    return None
                trig = trig.otherwise                                    # ... it is leaving Iraq
                etype, mode, sphere = trig.type, trig.mode, trig.sphere
            if trig.needs_cue and statement_type(lex, sent.text) is None:
                self._skip(skipped, "no_cue", f, index)
                return None
            if f.kind == "noun" and etype in SPEAKER_TYPES and not args.source:
                self._skip(skipped, "nominal_without_agent", f, index)
                return None
            if f.kind == "noun" and not args.source and not args.target and tok.dep_ == "pobj" \
                    and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB":
                # "consular offices were closed down by protests": what the happening acted on is its target
                for c in tok.head.head.children:
                    if c.dep_ == "nsubjpass":
                        args.add("target", [(h, i) for h, i in phrase_actors(c, index) if h.type != "place"], index)
            if f.kind == "noun" and not (set(args.source) | set(args.target)) - args.resolved:
                owner = clause_subject_owner(tok, index)
                if owner:                    # "X chose Beijing for his first visit abroad": X's visit, told here
                    args.source[:] = []
                    args.add("source", owner, index)
                else:
                    self._skip(skipped, "pronoun_only_noun", f, index)      # "his visit": an anaphoric mention
                    return None
        if f.kind == "verb" and etype == "REQUEST" and f.text.lower().split()[-1] == "for":
            # "called for bolstering ties": advocating cooperation is agreeing to it (PLOVER AGREE);
            # "called for the withdrawal of forces" stays a request
            after = [t for t in tok.subtree if t.i > tok.i + len(f.text.split()) - 1]
            if after and statement_type(lex, " ".join(t.text for t in after)) in ("AGREE", "COOPERATE"):
                etype, mode = "AGREE", "statement"
        if etype == "AGREE" and mode == "promise" and f.kind == "verb" and vows_harm(lex, tok):
            etype, mode = "THREATEN", "violence"      # "vowed to retaliate", "pledged revenge": PLOVER THREATEN
        if etype == "REJECT" and f.kind == "verb" and any(
                c.dep_ == "dobj" and c.lower_ in CONDUCT_NOUNS for c in tok.children):
            etype, mode = "ACCUSE", "condemn"     # "rejects all reckless actions": condemning conduct
        if etype == "CONSULT" and mode == "visit" and to_homage_site(lex, tok):
            etype, mode, sphere = "SUPPORT", "homage", "religious"
        deployed = etype == "CONSULT" and mode == "visit" and f.kind in ("verb", "light") and troops_arriving(tok)
        if deployed:
            etype, mode, sphere = "MOBILIZE", "troops", "military"    # "French troops arrived in Bamako": a deployment
        if reason == "intention":
            # PLOVER: an intention to cooperate is AGREE, one to hurt THREATEN ("pledged to strike X")
            hurt = f.kind != "speech" and lex.quads[etype] == "material_conflict"
            etype, mode = ("THREATEN", "sanction" if etype == "SANCTION" else "violence") if hurt \
                else ("AGREE", "promise" if f.kind != "speech" else mode)
        if reason == "future" and f.kind != "speech":
            # PLOVER: a stated intention to cooperate is AGREE, to hurt THREATEN
            # ("we will consult", "the Houthis will continue attacks"); "we will maintain our efforts
            # to sanction X": the act the object names decides
            hurt = lex.quads[etype].endswith("conflict") or conflict_in_object(lex, tok)
            etype, mode = ("THREATEN", "violence") if hurt else ("AGREE", "promise")
        if (etype == "REQUEST" or etype == "ACCUSE" and f.text.lower().endswith(" that")) and f.kind == "verb" \
                and not args.target:
            # "demanded the Turkish ambassador (to) be expelled": who is to act is the request's target;
            # "charged that Iran was harboring rebels": who is said to have done it is the accused
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
                    subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        args.add("target", phrase_actors(subj, index), index)
        if etype in ("REJECT", "THREATEN") and f.kind == "verb" and not args.target:
            # "threatened to launch an operation in Syria": who the threatened or refused act is aimed at
            for c in tok.children:
                if c.dep_ == "xcomp" and c.i > tok.i:
                    args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree if index.actor_at(t.i) is not None
                                        and index.actor_at(t.i).type != "media"
                                        and index.actor_at(t.i).actor not in args.source], index)
        if mode == "reward" and f.kind != "noun":
            # "offers $10 million for information on X": the wanted are the request's target
            for c in tok.subtree:
                if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i:
                    args.add("target", [(index.actor_at(t.i), t.i) for t in c.subtree
                                        if index.actor_at(t.i) is not None and index.actor_at(t.i).type != "media"], index)
        if etype == "RETREAT" and mode == "withdraw" and f.kind == "verb" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in ACCORDS for o in c.children)
                for c in tok.children):
            # "Trump withdrew the U.S. from the deal": leaving an accord rejects it (gold notes §25)
            etype, mode, sphere = "REJECT", "withdraw from agreement", "political"
        if etype == "PROTEST" and f.kind in ("verb", "light"):
            # "rallied outside the Turkish embassy", "protested in front of the American embassy": a protest at
            # a state's mission is aimed at that state (before any other target: "Egyptians protested outside
            # the Israeli embassy" is aimed at Israel)
            for t in tok.subtree:
                if t.dep_ == "pobj" and t.lemma_.lower() in MISSIONS and t.i > tok.i:
                    aimed = [(h, i) for h, i in phrase_actors(t, index)
                             if h.actor not in args.source and h.type not in ("media", "place")]
                    if aimed:
                        args.target = [a for a in args.target if a in {h.actor for h, _ in aimed}]
                        args.add("target", aimed, index)
                        break
        if (etype, mode) in TAKING and f.kind == "verb" and tok.lemma_.lower() != "take":
            # "captured al-Watiya air base from the LNA", "seized the town from rebels": who loses it is
            # acted on; the place taken stays a target only while no party is named
            for c in [*tok.children, *(p for o in tok.children if o.dep_ == "dobj" for p in o.children)]:
                if c.dep_ == "prep" and c.lower_ == "from":
                    losers = [(h, i) for o in c.children if o.dep_ == "pobj" for h, i in phrase_actors(o, index)
                              if h.actor not in args.source and h.type in ("organization", "country", "person")]
                    if losers:
                        args.add("target", losers, index)
        if etype == "MOBILIZE" and f.kind in ("verb", "light") and not set(args.target) - set(args.source):
            # "massed troops along the Syrian border", "staged exercises near Taiwan": whom a deployment
            # faces is its target (PLOVER MOBILIZE), named after a preposition of direction or proximity
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *([f.noun] if f.noun is not None else [])]
            for h in heads:
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in FACING:
                        for o in c.children:
                            if o.dep_ == "pobj":
                                args.add("target", [(a, i) for a, i in phrase_actors(o, index)
                                                    if a.actor not in args.source and a.type != "media"], index)
        if etype in ("RETREAT", "SANCTION") and f.kind == "verb" and not set(args.target) - set(args.source):
            # "withdrew its forces from Lebanon", "recalled its ambassador from Israel", "pulled out of
            # Beirut": who is left is the target
            out = any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
            preps = [*tok.children, *(p for o in tok.children if o.dep_ in ("dobj", "prep") and o.lower_ != "from"
                                      for p in o.children)]
            for c in preps:
                if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "of" and (out or c.head.lower_ == "out")):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            args.add("target", [(h, i) for h, i in phrase_actors(o, index)
                                                if h.actor not in args.source and h.type != "media"], index)
        if etype == "AGREE" and f.kind == "noun" and any(
                c.dep_ in ("acl", "relcl") and c.lemma_ in CONCLUDING for c in tok.children):
            # "a peace agreement signed by X and Y": a concluded agreement (gold notes §25, PLOVER SUPPORT)
            etype, mode = "SUPPORT", "agreement concluded"
        if etype == "THREATEN" and f.kind == "verb" and warns_of_conduct(tok):
            # "warned shippers that the IRGC often disguises its ships": telling of another's
            # conduct, with no act of the speaker's own in prospect, accuses (PLOVER ACCUSE)
            etype, mode = "ACCUSE", "allege"
        if etype == "PROTEST" and mode == "demo" and f.kind == "verb" and not crowd_agent(tok) and any(
                c.dep_ == "dobj" for c in tok.children):
            # "Iran protested the decision": a government's protest of an act disapproves of it (PLOVER
            # ACCUSE: "used for diplomatic protests"); a crowd protesting demonstrates
            etype, mode = "ACCUSE", "criticize"
        if etype == "PROTEST" and f.kind == "light" and tok.lemma_ in ("lodge", "file"):
            etype, mode = "ACCUSE", "criticize"     # "lodged a protest with China": a diplomatic protest (PLOVER ACCUSE)
        if etype in ("COERCE", "ASSAULT") and (crowd_agent(tok) or mission_overrun(tok)):
            # PLOVER PROTEST: "collective actions carried out as protests"; a crowd storming or
            # besieging a building riots (PROTEST riot), it does not coerce as a state would
            etype, mode, sphere = "PROTEST", "riot", "political"
        if args.source and f.kind in ("verb", "speech"):
            kin = monitor.kin_of(tok, lex, index)         # "His family blamed X": the kin, unnamed, not the person
            args.source = [a for a in args.source if a not in kin]
        if not args.source and f.kind in ("verb", "light"):
            args.add("source", led_doer(tok, index), index)     # "the alliance, led by Nigeria, sent troops"
        if not args.source and f.kind in ("verb", "light"):
            args.add("source", ordered_doer(tok, ORDERING, index), index)   # "Putin ordered troops to withdraw"
        if (etype == "CONSULT" and mode == "visit" or deployed) and not args.target and f.kind in ("verb", "light"):
            # "arrived in Moscow for a three-day visit": the place arrived in is the one visited (its state joins;
            # so for troops arriving: where they deploy)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "to", "at"):
                    args.add("target", [(h, o.i) for o in c.children if o.dep_ == "pobj"
                                        and (h := index.actor_at(o.i)) is not None and h.type in ("place", "country")
                                        and h.actor not in args.source], index)
        if etype == "SANCTION" and not args.target and f.kind == "verb":
            # "Qatar closed its embassy in Damascus": the mission's host is whom the closing is aimed at
            for o in tok.children:
                if o.dep_ == "dobj" and o.lemma_.lower() in MISSIONS:
                    args.add("target", [(h, t.i) for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                                        for t in c.children if t.dep_ == "pobj" and (h := index.actor_at(t.i)) is not None
                                        and h.type in ("place", "country") and h.actor not in args.source], index)
        args.source = metonymy(args.source, index)
        args.target = with_state(args.target, index)
        if args.target and all(index.actor_type.get(a) == "place" for a in args.target):
            # "the Barakh resort in the Zakho District of the Kurdistan Region of Iraq was shelled": the
            # country a place in the phrase is named after
            phrase = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
            extra = [h.actor for c in phrase for t in c.subtree
                     for h in [index.actor_at(t.i)] if h is not None and h.type == "place"]
            args.target += [a for a in with_state(list(dict.fromkeys(extra)), index)
                            if index.actor_type.get(a) == "country" and a not in args.target]
        # "Near Raqqah, four strikes hit ...": the scene-setting place is where, not who
        scene = fronted_location(sent, tok, index)
        if scene is not None and scene in args.source and index.actor_type.get(scene) == "place":
            args.source = [a for a in args.source if a != scene]
        args.location = args.location or scene
        args.target = [a for a in args.target if a not in args.source]
        instrument = instrument_subject(lex, tok) if f.kind == "verb" and etype == "ASSAULT" and not args.source else None
        if instrument is not None:
            mode = instrument.mode or mode          # "two strikes destroyed": an air strike
        events, meta = self._so_far
        if they_after_meeting(f, events, meta, sent):
            last = events[-1]                    # "X met Y ... They agreed": both sides
            args.source = list(dict.fromkeys(last.source + last.target))
            args.target = [a for a in args.target if a not in args.source]
        elif not args.source and f.kind != "noun":
            joint = joint_parties(subject_of(f.token)[0], events, index)   # "The sides agreed"
            if joint:
                args.source = joint
                args.target = [a for a in args.target if a not in joint]
        if f.kind == "speech" and not args.source:
            self._skip(skipped, "statement_without_speaker", f, index)
            return None
        if f.kind == "light" and f.noun.dep_ in ("nsubj", "nsubjpass") and not args.source and all(
                index.actor_type.get(a) == "place" for a in args.target):
            # "the meeting was held at the crossing": a place says where a happening told before was
            self._skip(skipped, "place_only", f, index)
            return None
        if not args.source and not args.target and instrument is None and etype == "ASSAULT" \
                and f.kind == "verb" and (is_passive(tok) or hit_people(tok)) and tok.lemma_ != "target" \
                and not caused_by_event(lex, tok):     # "killed in the attack": the attack is the event
            # "the region was attacked again", "three people were killed in a village": an unnamed
            # place or people hit in the country the story is set in (news-dev: the country is the target)
            scene_state = scene_country(tok, index)
            if scene_state is not None:
                args.target = [scene_state]
        if not args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
            # "training for the Nigerien military is suspended", "froze the assets of three Libyan banks": no
            # actor heads the acted-on phrase, one inside it is whom the act is done to
            acted_on = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
            last = f.text.lower().split()[-1]         # "called for new sanctions on Iran": the phrase's own object
            acted_on += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == last and c.i > tok.i
                         for o in c.children if o.dep_ == "pobj"]
            args.target = list(dict.fromkeys(
                h.actor for c in acted_on for t in c.subtree
                if (h := index.actor_at(t.i)) is not None and h.type not in ("media", "place")))
        if args.source and not args.target and instrument is None and f.kind in ("verb", "light"):
            # "sent aid to flood victims in Pakistan": a party named inside the acted-on phrase
            args.add("target", inner_parties(tok, index, set(args.source)), index)
        if not args.source and instrument is None and f.kind in ("verb", "light"):
            # "Police arrested 40 protesters in Tehran", "were detained by police in Cairo": an unnamed state body
            # acts for the state it acts in
            place = state_body_place(tok, index)
            if place is not None and not (index.actor_type.get(place) == "country" or state_of_place(lex, place, index)):
                place = city_state(place, index)        # "police in Omdurman" in a text naming Sudan
            if place is None:
                # "Soldiers seized power in Guinea. The junta expelled ...": else the one state the story is set in
                acted_on = frozenset(a for a in args.target if index.actor_type.get(a) == "country")
                # (a village the gazetteer does not know lies in the state a report is about)
                report = monitor.report_state(index)
                place = story_state(tok, index, lambda p: index.capital_state.get(p) or (
                    p if state_of_place(lex, p, index) else None) or city_state(p, index) or report, acted_on,
                    otherwise=report) \
                    if unnamed_state_body(tok, index) is not None else None
            if place is not None:
                args.source = [place]
                args.target = [a for a in args.target if a != place]
        if not args.source and instrument is None and f.kind == "verb" and not is_passive(tok):
            # "The raid also detained two officers": the act told just before names the doer
            events, meta = self._so_far
            args.source = told_doer(subject_of(tok)[0], etype, events, meta, self._sent_starts, lex, index)
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



