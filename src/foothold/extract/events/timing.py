"""Which date phrase times an event, and the document-wide fallbacks for events left undated."""

from __future__ import annotations

import re
from datetime import date

from ...model import DateValue, Event
from . import analysis
from .anchor_phrases import past_anchors
from .anchored_elsewhere import anchored_elsewhere, entry_date_before
from .bullet_items import bullet_item_span
from .carriers import carriers
from .clause_dates import governing_date, offset_date, own_verb_date
from .closing_dates import closing_clause_date
from .conjunct_dates import earlier_conjunct_inner_dates, later_conjunct_content_dates, later_conjunct_dates
from .content_dates import content_deed_dates
from .dayparts import told_time_of_day
from .effect_dates import takes_effect
from .happening_relatives import happening_date
from .during_told import during_date
from .future_dates import (after_its_note, after_publication, later_than_past_act, past_act_later_dates,
                           shift_bases_to_skip)
from .date_owner import inner_act_dates
from .described_dates import describing_date_starts, elsewhere
from .past_clause_dates import earlier_clause_starts
from .dating import DAY_SHIFT, MONTH_SHIFT, EventDater, aspect_verb, day_shift, in_other_clause, month_shift
from .measure_starts import infinitive_start, measure_starts
from .index import DocIndex
from .modality import PERFORMATIVE
from .noun_years import dated_elsewhere_than_noun, with_noun_year
from .perfect_present import current_perfect
from .present_acts import past_dates_after_present
from .reason_dates import reason_dates
from .relayed_pasts import in_relayed_past
from .flashbacks import flashback_date, report_of_flashback
from .today_words import told_today
from .reduced_relatives import in_misread_participle
from .of_dates import names_other_noun
from .before_gerunds import in_before_gerund
from .releases import object_deed_dates
from .shift_owner import shift_elsewhere
from .shift_reach import closing_setting, frames_a_state, own_date_in
from .signed_accords import accord_dates, signed_accords
from .since_elsewhere import since_elsewhere
from .since_window import since_this_year
from .since_then import since_then_date
from .today_anchors import today_over_anchor
from .narrator_asides import told_beside_statement
from .recent_anchors import recent_anchor
from .tense import (ANCHOR_MARKS, backshifted, dates_the_saying, describing_past, in_anchor_clause, past_perfect,
                    present_perfect, present_tense, relative_time)
from .triggers import Found
from .wire import background_by_words, recent_span

VAGUE_TIME = {"recent", "recently", "meanwhile", "lately", "currently"}
EARLIER = {"already", "previously", "earlier", "formerly", "long", "ever", "once", "before"}
TIME_SHIFT = {"later", "afterwards", "subsequently", "meanwhile", "recently", "earlier"}
OFFSET_TIME = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+"
                         r"(?:days?|weeks?|months?|years?)\s+(?:before|after)\b")
BACKGROUND = {"since", "until", "till", "prior", "ago"}


def own_clause_date(f: Found, dates, index: DocIndex):
    """ "expelled X in January 2022 and recalled Y in June 2023": the second of two coordinated verbs takes
    the day or month phrase that hangs on it in its own clause (the date before it is its partner's); None
    for any other trigger or date."""
    verb = f.token
    if f.kind not in ("verb", "light") or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.head.i > verb.i:
        return None
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks or d.precision not in ("day", "month") or toks[0] < verb.i:
            continue
        t = verb.doc[toks[0]]
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if t.i == verb.i:
            return d
    return None


def other_clause_dates(f: Found, dates, index: DocIndex) -> set[int]:
    """Starts of the date phrases in a relative or participial clause that does not hold the trigger
    ("the owner who died in August 2023": that clause's date)."""
    doc = f.token.doc
    # (in_misread_participle: "took note of the results, announced by X on 2 May, and called on ...": 2 May is X's)
    return {d.start for d in dates
            if (toks := index.tokens_in(d.start, d.end)) and (in_other_clause(doc[toks[0]], f.token)
                                                            or in_misread_participle(doc[toks[0]], f.token)
                                                            or names_other_noun(doc[toks[0]], f.token, f.noun)
                                                            or in_before_gerund(doc[toks[0]], f.token))} \
        | reason_dates(f.token, dates, index) \
        | later_conjunct_content_dates(f.token, dates, index)   # "accused X and said Y had paid last year" (dates12)


def phrase_tokens(f: Found) -> set[int]:
    """The words of a phrase trigger around its head ("applied to join": a date on "join" is the phrase's own)."""
    words = f.text.lower().split() if f.text else []
    if len(words) < 2:
        return set()
    doc, n = f.token.doc, len(words)
    for s in range(max(0, f.token.i - n + 1), f.token.i + 1):    # the phrase's own span around its head word
        if [t.lower_ for t in doc[s:s + n]] == words:
            return set(range(s, s + n))
    return set()


def other_events_dates(lex, f: Found, found: list[Found], dates, index: DocIndex) -> set[int]:
    """Date phrases that belong to another event noun in this trigger's object or complement
    ("condemn ... a complex attack on February 27": the attack's day, not the condemnation's;
    an anchor "following the August 5 attack" still dates the act); their start offsets."""
    if not dates:
        return set()
    own = {f.token.i} | ({f.noun.i} if f.noun is not None else set())
    own |= {n.i for n in carriers(lex, f.token)} if f.kind in ("verb", "light") else set()
    own |= phrase_tokens(f) | signed_accords(lex, f)      # "signed an agreement on Friday": the signing's day
    nouns = {g.token.i for g in found if g.kind == "noun"} - own
    out = other_clause_dates(f, dates, index) | object_deed_dates(f, dates, index) \
        | (inner_act_dates(lex, f.token, own, dates, index) if f.kind != "noun" else set())
    out -= accord_dates(lex, f, dates, index)
    doc = f.token.doc
    out -= dated_elsewhere_than_noun(lex, dates, out, index)   # "convicted of a 2014 bomb attack on January 15, 2017"
    if not nouns:
        return out
    for d in dates:
        toks = index.tokens_in(d.start, d.end)
        if not toks:
            continue
        t = doc[toks[0]]
        under = False
        for _ in range(12):
            if t.head.i == t.i:
                break
            under = under or t.i in nouns
            if t.head.i == f.token.i:
                if under and t.dep_ in ("dobj", "ccomp", "xcomp", "dative"):
                    out.add(d.start)
                break
            t = t.head
    return out - dated_elsewhere_than_noun(lex, dates, out, index)


def anchored_date(date, index: DocIndex, marks=ANCHOR_MARKS | {"before"}) -> bool:
    """The date phrase sits in an anchoring clause ("came two months after X ousted Y on July 26"): it times
    that background act (news-dev README: anchors are background), not the news around it; ``marks``: the
    subordinators that open such a clause."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        t = t.head
    return False


def in_relative_clause(date, sent, index: DocIndex) -> bool:
    """The date phrase dates a relative, participial or anchoring clause of the sentence ("aid, which the
    U.S. paused on August 5", "came two months after X ousted Y on July 26"), not its main act."""
    toks = index.tokens_in(date.start, date.end)
    return bool(toks) and (in_other_clause(index.ctx.doc[toks[0]], sent.root)
                           or in_misread_participle(index.ctx.doc[toks[0]], sent.root)
                           or names_other_noun(index.ctx.doc[toks[0]], sent.root)
                           or in_before_gerund(index.ctx.doc[toks[0]], sent.root)) or anchored_date(date, index)


def is_background(date, index: DocIndex) -> bool:
    """A date under "since", "until", "prior to" ... dates a background, not the news."""
    toks = index.tokens_in(date.start, date.end)
    if not toks:
        return False
    t = index.ctx.doc[toks[0]]
    for _ in range(5):
        if t.lower_ in BACKGROUND:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return background_by_words(index.ctx.doc[toks[0]])


def off_story_time(date, index: DocIndex) -> bool:
    """A date the story does not run on from: a "since"/"until" frame, a "since" clause's ("since the conflict
    began in 2015"), one that describes someone or names another happening; an "after"/"before" clause's date is a
    point the story told (`shift_reach.frames_a_state`)."""
    return is_background(date, index) or frames_a_state(date, index, anchored_date) \
        or bool(describing_date_starts([date], index))


def document_fallback(events: list[Event], meta: list[dict], dater: EventDater) -> None:
    """Still undated: a press release's news (no source notes) is from its publication
    month; an undated, uncited text's events are from the year it is clearly about (one
    year dominating its dates). A report citing sources leaves undated paragraphs null
    (gold notes §26) unless nothing in it is dated. Null when the text gives no time."""
    # a report citing its sources dates by them and leaves the rest null (gold notes §26)
    fallback = dater.publication_month() if not dater.notes else None
    if fallback is None and dater.published is None and not dater.notes:
        # no publication date: the year the text is about, when it is clearly one year
        fallback = dater.document_year(dominant=True)
    elif fallback is None and all(ev.date is None for ev in events):
        fallback = dater.document_year()    # a cited report dates by paragraph (gold notes §26)
    for ev, m in zip(events, meta):
        if ev.date is None and not m.get("undated"):
            ev.date = fallback


def background_dates(dater: EventDater, index: DocIndex, reacted: set[int]) -> frozenset[int]:
    """Start offsets of the date phrases that time no other sentence's act: a background date, an anchoring
    clause's own date, the date of a deed reacted to."""
    return frozenset(d.start for d in dater.dates if is_background(d, index)
                     or anchored_date(d, index)) | reacted


def year_fallback(events: list[Event], meta: list[dict], dater: EventDater, para_span, index: DocIndex,
                  reacted: set[int]) -> None:
    """An undated event in a dated paragraph is placed in that paragraph's year (year precision).

    A paragraph with no time at all leaves its events undated (gold notes §26); a background date ("Since
    2019, Qatar has hosted ...") times no other sentence's act, nor does an anchoring clause's own date
    ("two months after X ousted Y on July 26").
    """
    background = background_dates(dater, index, reacted) \
        | {d.start for d in dater.dates if after_publication(d, dater)    # a deadline, a plan
           or after_its_note(d, dater, index.ctx.document.text)}      # "... by 2025 (Agency, May 2020)" (dates11)
    # "an embargo imposed in 1992", "the bombing carried out on 9 November 2014" in a 2015 report: no paragraph year
    described = describing_date_starts(dater.dates, index) | earlier_clause_starts(dater, index)
    for ev, m in zip(events, meta):
        if ev.date is None and not m.get("undated"):
            # a bulleted line is an item of its own (bullet_items.py)
            span = bullet_item_span(index.ctx.document.text, ev.start, para_span[m["para"]])
            ev.date = dater.paragraph_year(*span, ev.start,
                                           set(m.get("other_clause_dates", frozenset())) | background
                                           | elsewhere(described, ev.start, index))


def reacted_elsewhere(f: Found, found: list[Found], dates, index: DocIndex) -> set[int]:
    """Starts of the dates of deeds other triggers of the sentence react to, unless inside this trigger's phrase --
    for a clause on a noun ("condemned the attack on Sunday that killed four soldiers") the phrase of that noun,
    whose date is the toll's."""
    mine = {t.i for t in described_noun(f.token).subtree}
    return {start for g in found if g is not f for start in object_deed_dates(g, dates, index)
            if not set(index.tokens_in(start, start + 1)) & mine}


def described_noun(verb):
    """The noun a relative or participial clause verb tells of ("the attack ... that killed X": attack), else the
    verb itself."""
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return verb


def framing_dates(dates, skip, index: DocIndex) -> set[int]:
    """ "reopened its embassy, closed since 1992, in December 2023": a "since"/"until" date frames a state, so
    another date of the sentence (none of ``skip``) times the act; the starts of the framing dates, none when the
    sentence has no other date."""
    framing = {d.start for d in dates if d.start not in skip and is_background(d, index)}
    framing = framing if any(d.start not in skip and d.start not in framing for d in dates) else set()
    return framing | effect_framing(dates, skip, index)      # "with effect from X" (effect_dates.py)


def effect_framing(dates, skip, index: DocIndex) -> set[int]:
    """The starts of "with effect from X" dates (``effect_dates.takes_effect``): they time no decided act, whether or
    not the sentence holds another date (with none, the act takes the story's day)."""
    return {d.start for d in dates if d.start not in skip and takes_effect(d, index)}


def explicit_date(lex, f: Found, kind: str, found: list[Found], sent, dater: EventDater, index: DocIndex,
                  s_start: int, s_end: int):
    """The date phrase of the sentence that times this act, or None."""
    at = index.tok_start[f.token.i]
    # "welcomed the decision of X in June, and Y pledged ...": a deed another verb of the sentence reacts to is
    # timed by its own date, which dates no other act of the sentence outside that deed's phrase
    told = dater.dates_in(s_start, s_end)
    reacted = reacted_elsewhere(f, found, told, index)
    other_dates = other_events_dates(lex, f, found, told, index) | analysis.deadline_dates(f.token, told, index) \
        | reacted | content_deed_dates(f, told, index) \
        | past_dates_after_present(f.token, told, dater.published, index)   # "condemns the seizure ... on 12 March"
    if f.kind in ("verb", "light"):     # "halted aid and in February abolished the office": February is the abolition's
        other_dates |= later_conjunct_dates(f.token, told, index)
    if f.kind in ("verb", "light", "speech"):
        # "thanked X for standing with Y after the killing of Z in January, and called on X ...": the killing's
        # (dates11); "wrote on Tuesday that X had seized Y when Z voted in June, and said ...": statements too
        # (dates12)
        other_dates |= earlier_conjunct_inner_dates(f.token, told, index)
    if f.kind != "noun":                # "told reporters that merchants had lost X since March and thanked Y" (dates10)
        other_dates |= since_elsewhere(f.token, told, index)
        # "7 May 2020 - Hours after parliament approved X on the night of 6 May, Y warned ...": the entry's day (dates10)
        other_dates |= anchored_elsewhere(f.token, told, index, dater.report_starts(), other_dates,
                                          lambda: entry_date_before(dater, s_start, index.ctx.document.text))
    # "proposed a meeting in Damascus early next year": a past act is not timed by a date after the publication
    # (a plan, a deadline its phrase tells; dates12)
    other_dates |= past_act_later_dates(f.token, told, dater)
    starts = measure_starts(told, dater, index)     # "suspended ... starting tomorrow, Friday 17 July": its start
    other_dates |= starts
    nearest = dater.sentence_date(s_start, s_end, at, skip=other_dates | framing_dates(told, other_dates, index))
    # "said on Monday that ... gunmen attacked the barracks on Sunday": the act's own date over the saying's; a
    # "since"/"until" date on the act frames a state and does not time it
    framing = {d.start for d in told if is_background(d, index)} | effect_framing(told, other_dates, index)
    own = own_verb_date(f, told, index, other_dates | framing, dater.report_starts()) \
        if nearest is not None and governing_date(f.token, nearest, index) else None
    # "two days after officers announced that they had removed him": counted from the governing verb's day
    offset = offset_date(f, told, index, other_dates | framing, dater.report_starts()) if nearest is not None else None
    explicit = own_clause_date(f, told, index) or analysis.conjunct_year(f.token, told, index) or own or offset \
        or nearest
    if f.kind in ("verb", "light"):
        # "the statement issued on 18 May by X, which warned ...": the happening's date (happening_relatives, dates11)
        explicit = happening_date(f.token, told, index) or explicit
    # "..., and X recalled its envoy the next day": a shift in the act's own clause counts from the last date
    # nor, for a past act, from a date after the publication ("announced ... on the same day" after "from 28 May")
    # nor from a clause date of an earlier year ("a plan drawn up by X last year. Hours later, ...": past_clause_dates)
    earlier = earlier_clause_starts(dater, index)
    off_story = lambda d: off_story_time(d, index) or later_than_past_act(f.token, d, dater) \
        or d.start in earlier      # noqa: E731
    shifted = analysis.shifted_in_clause(f.token, sent, dater, index, off_story)
    setting = closing_setting(f.token) if shifted is None and f.kind in ("verb", "light") else None
    if setting is not None and not own_date_in(f.token, sent, dater, index):
        # "collapsed the next year, when the army launched an offensive": the clause it elaborates sets its time
        shifted = analysis.shifted_in_clause(setting, sent, dater, index, off_story)
    explicit = shifted or explicit
    if (explicit is None or shifted is None and explicit.start in dater.report_starts()) \
            and f.kind in ("verb", "light"):
        # "the visit she paid to Santiago last month, where she met X": the closing clause's setting (closing_dates),
        # over the dateline's day ("KAMPALA, 3 May - ... since 2 April, when X closed ...", dates11)
        explicit = closing_clause_date(f.token, told, index, off_story) or explicit
    if explicit is None and f.kind in ("verb", "light"):
        # "In early January X paid a visit to Iran. During the visit, X travelled to ...": the visit's date (dates11)
        explicit = during_date(sent, dater, index, off_story)
    if explicit is None and starts and dater.published is not None:
        # the measure is decided or ordered on the publication's day (measure_starts), told at its start phrase
        start = next(d for d in told if d.start in starts)
        explicit = DateValue(iso=dater.published.iso, precision=dater.published.precision, text=start.text,
                             start=start.start, end=start.end)
    if kind == "noun":
        explicit = with_noun_year(f.token, explicit)    # "under a 2009 agreement signed by X": the agreement's year
    if kind == "verb" and explicit is not None and explicit.precision == "day" \
            and past_perfect(f.token) and backshifted(f.token) \
            and dates_the_saying(f.token, explicit, index):
        # "X said on Tuesday it had fired missiles at Y": the day is the saying's; the act came before,
        # within the story's days, so only its month is told
        explicit = DateValue(iso=explicit.iso[:7], precision="month")
    return explicit


def anchor_background(f: Found, kind: str, explicit, dater: EventDater, date_tokens: frozenset[int]) -> bool:
    """An act heading an "after"/"since" clause is background unless its own date puts it in the news's year."""
    if told_beside_statement(f.token):
        return False        # evargs10: "announced that he would resign, after the cleric X called on ..."
    if kind == "verb" and recent_anchor(f.token):
        return False        # evskip5: "..., a day after X clashed with Y": current news (recent_anchors.py)
    return kind == "verb" and in_anchor_clause(f.token) and not (
        explicit is not None and explicit.iso and dater.published is not None and dater.published.iso
        and explicit.iso[:4] == dater.published.iso[:4]
        and any(t.i in date_tokens for t in f.token.subtree))


def date_event(lex, f: Found, kind: str, ev: Event, explicit, sent, dater: EventDater, index: DocIndex, s_start: int,
               s_end: int, para_end: int, running, date_tokens: frozenset[int]):
    """Dates the event and tells whether it is told as undated; returns its source note and that flag."""
    note = told_date(f, ev, explicit, sent, dater, index, s_start, s_end, para_end, running)
    undated = told_undated(lex, f, kind, ev, explicit, note, sent, dater, index, date_tokens)
    window = since_this_year(aspect_verb(f.token), explicit, dater.published, index) \
        if undated and note is None and kind == "verb" else None
    if window is not None:          # "Since January, X has seized two towns": the year both times share
        ev.date, undated = window, False
    framed, then = since_then_date(aspect_verb(f.token), dater, index) if kind == "verb" and note is None \
        else (False, None)
    if framed:                      # "..., and since then X has closed the border": counted from the date told
        ev.date, undated = then, then is None
    if explicit is None and recent_span(sent.text) and dater.published is not None:
        undated = False
        if ev.date is None or ev.date.precision == "year":
            ev.date = dater.publication_month()     # "has sent warships in the past week"
    if undated:
        ev.date = None
    return note, undated


def sequel(verb) -> bool:
    """ "Federal troops then arrested X (Reuters, Jan 29, 2020)": "then" tells the next step of the story, so its
    running date holds over a source note of another year, which dates a later report (or a clause in it)."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ == "then" for c in verb.children)


def told_date(f: Found, ev: Event, explicit, sent, dater: EventDater, index: DocIndex, s_start: int, s_end: int,
              para_end: int, running):
    """The event's date: its own phrase, its source note, the paragraph's running date, the report's present or
    day, a shifted day, the story's year; returns the source note."""
    at = index.tok_start[f.token.i]
    note = dater.note_for(s_start, s_end, para_end, at)
    note_in_sentence = note is not None and note.start < s_end
    # "A few weeks later, ..." moves the story on: the running date no longer holds
    # and so does "two days before the vote", "a week after the coup": a time told from another happening
    running = None if TIME_SHIFT & {t.lower_ for t in sent} or OFFSET_TIME.search(sent.text) \
        else running
    later_report = running is not None and note is not None and note.date is not None \
        and note.date.year != running.year \
        and not report_of_flashback(note, running, note_in_sentence)    # a later sentence's flashback (dates13)
    if later_report and not sequel(f.token):
        running = None          # a background date ("in 2014") does not date this year's news
    ev.date = explicit or (note.date if note_in_sentence and not (later_report and running) else None) \
        or running or (note.date if note is not None else None)
    if explicit is None and told_today(sent, dater, index) and dater.published is not None:
        ev.date = dater.published           # "met ... in London today": the dateline's day
    elif dater.published is not None and today_over_anchor(f.token, explicit, sent, index):
        ev.date = dater.published           # "the decision today to terminate ..., following the request on 16 June"
    elif explicit is None and not note_in_sentence and (present_tense(f.token) or current_perfect(f.token)) \
            and dater.published is not None:
        ev.date = dater.publication_month()  # "Washington blames ...": the report's present
    shift = day_shift(sent.text) if explicit is None and not shift_elsewhere(DAY_SHIFT, sent, f.token) else None
    months = month_shift(sent.text) if explicit is None and shift is None \
        and not shift_elsewhere(MONTH_SHIFT, sent, f.token) else None
    # counted from the story's last date, not from one that describes someone or names another happening
    # nor, for a past act, from a date after the publication (future_dates.shift_bases_to_skip)
    described = describing_date_starts(dater.dates_in(0, s_start), index) \
        | shift_bases_to_skip(f.token, dater.dates_in(0, s_start), dater) | earlier_clause_starts(dater, index) \
        if shift is not None or months is not None else frozenset()
    if shift is not None:
        ev.date = dater.shifted_day(s_start, shift, described) or ev.date   # "recalled its envoy the next day"
    if months is not None:
        ev.date = dater.shifted_month(s_start, months, described) or ev.date   # "sent advisers the following month"
    if ev.date is None and VAGUE_TIME & {t.lower_ for t in sent}:
        ev.date = dater.narrative_year(at)     # "in recent months": the story's year
    return note


def recent_onset(explicit, dater: EventDater) -> bool:
    """ "Since Sunday, units have reinforced the command": a day in the story's last week that a current act
    started on dates it (a background "since 2017" does not)."""
    if explicit.precision != "day" or dater.published is None or dater.published.precision != "day":
        return False
    gap = (date.fromisoformat(dater.published.iso) - date.fromisoformat(explicit.iso)).days
    return 0 <= gap <= 7


def told_undated(lex, f: Found, kind: str, ev: Event, explicit, note, sent, dater: EventDater, index: DocIndex,
                 date_tokens: frozenset[int]) -> bool:
    """A past before the story that the text does not date (null, gold notes §26)."""
    # "has previously sanctioned ...", "Since 2017, the FBI has arrested ...": a present perfect
    # placed before the news tells a past the text does not date (null, gold notes §26)
    undated = note is None and present_perfect(f.token) and (
        explicit is not None and is_background(explicit, index) and not recent_onset(explicit, dater)
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
        and not backshifted(f.token) and not told_time_of_day(f.token)    # "had seized X before dawn": that day
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
        and not any(t.i in date_tokens for t in f.token.subtree) \
        and happening_date(f.token, dater.dates_in(index.tok_start[sent.start], index.tok_end[sent.end - 1]),
                           index) is None   # "the attack carried out last night by X, which killed ..." (dates11)
    # "Today, OFAC designated ...": the publication's day; with none known, no other year of the
    # text (a background "since the 2021 coup") dates it
    # (a word of an outlet's name in a source note, "(Baghdad Today, July 13, 2020)", is no time: today_words, dates13)
    undated = undated or explicit is None and dater.published is None and told_today(sent, dater, index)
    return undated


def sentence_time(found: list[Found], sent, dater: EventDater, index: DocIndex, s_start: int, s_end: int):
    """The dates of deeds reacted to in the sentence, and the date the story moves on to (or None)."""
    # the story moves on to the sentence's own time, not to its background ("since ... in May")
    # nor to a relative clause's own time ("aid, which the U.S. paused on August 5")
    # nor to the time of a deed reacted to ("welcomed the decision of the Council in June")
    reacted = set().union(*(object_deed_dates(f, dater.dates_in(s_start, s_end), index)
                            | content_deed_dates(f, dater.dates_in(s_start, s_end), index) for f in found))
    # nor to a date after the publication ("no combat forces by December 31"), a deadline or a plan (future_dates.py)
    current = [d for d in dater.dates_in(s_start, s_end) if not is_background(d, index)
               and not in_relative_clause(d, sent, index) and d.start not in reacted
               and not after_publication(d, dater)
               and not after_its_note(d, dater, index.ctx.document.text)     # "... no later than 2025 (Agency, 2020)"
               and not in_relayed_past(d, index)      # "told them X had arrested suspects in August" (relayed_pasts)
               and not infinitive_start(d, index)]    # "agreed to extend the hours from January" (dates12)
    # nor to the date of an anchoring phrase when the sentence tells another ("after the death in July of X": dates12)
    current = past_anchors(current, index)
    # nor to a flashback ("X had met them on 2 May.", "Y offered in July to ..."): the story stays where it was (dates13)
    if current and flashback_date(current[-1], index, dater.published, index.ctx.document.text):
        return reacted, None
    return reacted, current[-1] if current else None
