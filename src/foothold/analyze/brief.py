"""The cited brief: an actor's influence in a country as plain sentences, every one footnoted.

``brief(engine_or_conn, actor, country, date_from=None, date_to=None, by="month") -> Brief`` is
built from the arena view (``analyze.arena.arena`` with the same arguments), so every count in
it is the arena's count. Sections: key judgements (the dominant channel, the
cooperation/conflict balance, the direction over periods, the proxies doing most of it), one
per channel (counts, actors, proxies, main events), the main actors and their ties (each
proxy with its path), notable events, challenges (the events against the actor's interests)
and the watch rules that fired (stored alerts in the period that concern the actor or
country). The words come from templates (``brief_templates``): no network, no model.

Every sentence carries at least one footnote: the document, the original character span, the
quoted words (checked against the document's text) and the outlet and date of the source
notes the store links to that telling (``occurrence_citations``/``event_citations``; for a
tie or an alert, the source notes within the same sentence of the document). A sentence
whose evidence cannot be found is not emitted; ``Brief.omitted`` counts them by reason.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import schema as t
from ..store.queries import sentence_around
from .arena import _within, arena
from .brief_templates import event_sentence, human_date, join_names
from .proxies import _conn_of, proxies_of

CHANNEL_TITLES = {"political": "Political channel", "military": "Military and security channel",
                  "economic": "Economic channel", "religious_cultural": "Religious and cultural channel",
                  "information": "Information channel", "unclassified": "Unclassified events"}
CHANNEL_WORDS = {"political": "political", "military": "military", "economic": "economic",
                 "religious_cultural": "religious and cultural", "information": "information",
                 "unclassified": "unclassified"}
SAMPLE = 3              # events cited behind a count
TELLINGS = 2            # tellings (documents, spans) cited for one event
MAIN_EVENTS = 4         # event sentences per channel section
NOTABLE = 6
CHALLENGES = 8
PROXIES = 8
TOP = 4                 # actors or places named in one sentence
HOPS = 3                # tie evidence cited for one proxy path

NO_SPAN = "no evidence span stored"
MISMATCH = "evidence differs from the document's text"
NO_EVENTS = "no event to cite"
NO_ALERTS = "no watch rule fired in the period"


@dataclass
class Source:
    outlet: str
    date: str | None


@dataclass
class Footnote:
    document_id: str
    document: str                  # the document's title (or file name)
    start: int
    end: int
    quote: str                     # the original text at [start, end)
    sources: list[Source] = field(default_factory=list)
    event_id: str | None = None
    n: int = 0                     # its number in the brief (first use)


@dataclass
class Sentence:
    text: str
    footnotes: list[Footnote]
    event_ids: list[str] = field(default_factory=list)
    cell: dict | None = None       # the arena number it states: {"channel": ..., "cell": ...}


@dataclass
class Section:
    key: str
    title: str
    sentences: list[Sentence]


@dataclass
class Brief:
    actor: dict
    country: dict
    date_from: str | None
    date_to: str | None
    by: str
    counts: dict                   # the arena's numbers: events, roles, balance, per channel
    sections: list[Section]
    footnotes: list[Footnote]      # in the order of their numbers
    omitted: dict[str, int]        # sentences not emitted, by reason
    unusable: dict[str, int] = field(default_factory=dict)   # pieces of evidence not cited, by reason

    def to_dict(self) -> dict:
        return {"actor": self.actor, "country": self.country, "from": self.date_from, "to": self.date_to,
                "by": self.by, "counts": self.counts,
                "sections": [{"key": s.key, "title": s.title,
                              "sentences": [{"text": x.text, "footnotes": [f.n for f in x.footnotes],
                                             "event_ids": x.event_ids, "cell": x.cell} for x in s.sentences]}
                             for s in self.sections],
                "footnotes": [asdict(f) for f in self.footnotes],
                "omitted": {"count": sum(self.omitted.values()), "by_reason": self.omitted},
                "unusable_evidence": {"count": sum(self.unusable.values()), "by_reason": self.unusable}}


# --- drafts: sentences with references to evidence, resolved in one pass -----------------------

@dataclass
class _Draft:
    text: str
    refs: list[tuple]              # ("event", id) | ("span", document_id, start, end, words, event id or None)
    event_ids: list[str] = field(default_factory=list)
    cell: dict | None = None


def _sample(ids: list[str], k: int = SAMPLE) -> list[str]:
    """Up to k ids spread over the list (first, middle, last...): deterministic."""
    if len(ids) <= k:
        return list(ids)
    picks = [ids[round(i * (len(ids) - 1) / (k - 1))] for i in range(k)] if k > 1 else [ids[0]]
    return list(dict.fromkeys(picks))


def _ev_refs(ids) -> list[tuple]:
    return [("event", i) for i in ids]


def _pct(n: int, total: int) -> str:
    return f"{round(100 * n / total)}%" if total else "0%"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def brief(engine_or_conn, actor: str, country: str, date_from: str | None = None, date_to: str | None = None,
          by: str = "month") -> Brief:
    """The cited brief of ``actor`` in ``country``; see the module doc."""
    with _conn_of(engine_or_conn) as conn:
        view = arena(conn, actor, country, date_from, date_to, by)
        return _build(conn, view)


def _build(conn: Connection, view: dict) -> Brief:
    events = view["events"]
    told = _ranks(conn, list(events))
    ranks = {i: _score(ev, told) for i, ev in events.items()}       # each event's rank, computed once
    drafts: dict[str, tuple[str, list[_Draft]]] = {}
    omitted: dict[str, int] = defaultdict(int)

    notable = _notable(events, ranks)
    drafts["judgements"] = ("Key judgements", _judgements(view))
    for c in view["channels"]:
        if c["events"]["count"]:
            drafts[f"channel:{c['channel']}"] = (CHANNEL_TITLES.get(c["channel"], c["channel"]),
                                                 _channel(view, c, ranks, set(notable)))
    drafts["actors"] = ("Main actors and their ties", _actors(conn, view))
    drafts["notable"] = ("Notable events", [_event(view, i) for i in sorted(notable, key=list(events).index)])
    drafts["challenges"] = ("Challenges", _challenges(conn, view, ranks))
    alerts = _alerts(conn, view)
    if not alerts:
        omitted[NO_ALERTS] += 1
    drafts["alerts"] = ("Watch rules that fired", alerts)
    if not events:
        omitted[NO_EVENTS] += 1

    resolver = _Resolver(conn, view)
    resolver.prefetch([d for _, ds in drafts.values() for d in ds])
    numbered: dict[tuple, Footnote] = {}
    sections = []
    for key, (title, ds) in drafts.items():
        sentences = []
        for d in ds:
            notes, why = resolver.footnotes(d.refs)
            if not notes:
                omitted[why or NO_SPAN] += 1
                continue
            final = []
            for f in notes:
                k = (f.document_id, f.start, f.end)
                if k not in numbered:
                    f.n = len(numbered) + 1
                    numbered[k] = f
                if numbered[k] not in final:
                    final.append(numbered[k])
            sentences.append(Sentence(d.text, final, d.event_ids, d.cell))
        if sentences:
            sections.append(Section(key, title, sentences))
    tot = view["totals"]
    counts = {"events": tot["events"]["count"],
              "roles": {r: c["count"] for r, c in tot["roles"].items()},
              "balance": {"cooperation": tot["balance"]["cooperation"]["count"],
                          "conflict": tot["balance"]["conflict"]["count"], "net": tot["balance"]["net"]},
              "channels": {c["channel"]: c["events"]["count"] for c in view["channels"]},
              "proxies": {p["id"]: p["events"]["count"] for p in view["proxies"]}}
    return Brief(view["actor"], view["country"], view["from"], view["to"], view["by"], counts, sections,
                 list(numbered.values()), dict(omitted), dict(resolver.unusable))


# --- the sections -------------------------------------------------------------------------------

def _judgements(view: dict) -> list[_Draft]:
    name, place = view["actor"]["name"], view["country"]["name"]
    tot = view["totals"]
    total = tot["events"]["count"]
    out = []
    chans = sorted((c for c in view["channels"] if c["events"]["count"] and c["channel"] != "unclassified"),
                   key=lambda c: (-c["events"]["count"], c["channel"]))
    if chans:
        top = chans[0]
        n = top["events"]["count"]
        text = (f"The {CHANNEL_WORDS[top['channel']]} channel carries the largest share of {name}'s recorded activity "
                f"in {place}: {n} of {total} events ({_pct(n, total)})")
        if len(chans) > 1:
            rest = [f"{CHANNEL_WORDS[c['channel']]} {c['events']['count']}" for c in chans[1:]]
            text += f", ahead of the {'other channels' if len(rest) > 1 else 'other channel'} ({', '.join(rest)})"
        ids = top["events"]["event_ids"]
        out.append(_Draft(text + ".", _ev_refs(_sample(ids)), _sample(ids), {"channel": top["channel"], "cell": "events"}))
    bal = tot["balance"]
    coop, conf = bal["cooperation"]["event_ids"], bal["conflict"]["event_ids"]
    if coop or conf:
        if len(coop) > len(conf):
            head = "Cooperation outweighs conflict"
        elif len(conf) > len(coop):
            head = "Conflict outweighs cooperation"
        else:
            head = "Cooperation and conflict are even"
        text = (f"{head}: {_plural(len(coop), 'cooperative event')} against {len(conf)} in conflict "
                f"(net {bal['net']:+d}, by PLOVER quad class)")
        ids = _sample(coop, 2) + _sample(conf, 2)
        out.append(_Draft(text + ".", _ev_refs(ids), ids, {"channel": "all", "cell": "balance.conflict"
                                                           if len(conf) > len(coop) else "balance.cooperation"}))
    if conf:
        per = sorted(((len(c["balance"]["conflict"]["event_ids"]), c) for c in view["channels"]
                      if c["balance"]["conflict"]["count"]), key=lambda x: (-x[0], x[1]["channel"]))
        n, c = per[0]
        ids = c["balance"]["conflict"]["event_ids"]
        share = f"all {_plural(n, 'event')} in conflict" if n == len(conf) else f"{n} of the {len(conf)} events in conflict"
        out.append(_Draft(f"Conflict concentrates in the {CHANNEL_WORDS[c['channel']]} channel: {share}.",
                          _ev_refs(_sample(ids)), _sample(ids),
                          {"channel": c["channel"], "cell": "balance.conflict"}))
    trend = _trend(view)
    if trend:
        out.append(trend)
    roles = tot["roles"]
    via, direct = roles["via_proxies"]["event_ids"], roles["direct"]["event_ids"]
    acting: dict[str, list[str]] = defaultdict(list)          # the proxies' own acts, per proxy on the path
    for i in via:
        for x in view["events"][i]["through"]:
            acting[x].append(i)
    if via:
        names = {p["id"]: p["name"] for p in view["proxies"]}
        top = sorted(acting.items(), key=lambda kv: (-len(kv[1]), names.get(kv[0], kv[0])))[:2]
        lead = join_names([f"{names.get(k, k)} ({len(v)})" for k, v in top])
        if len(via) > len(direct):
            head = f"{name} acts mostly through others: {len(via)} of {total} events are its proxies' acts"
        else:
            head = f"{name} acts more in its own name than through proxies: {len(via)} of {total} events are its proxies' acts"
        text = f"{head}, against {len(direct)} of its own; the proxies acting most are {lead}"
        ids = [i for _, v in top for i in _sample(v, 2)]
        out.append(_Draft(text + ".", _ev_refs(ids), ids, {"channel": "all", "cell": "roles.via_proxies"}))
    elif direct:
        out.append(_Draft(f"{name} acts in its own name: {len(direct)} of {total} events, none through proxies.",
                          _ev_refs(_sample(direct)), _sample(direct), {"channel": "all", "cell": "roles.direct"}))
    return out


def _period_shape(period: str, by: str) -> bool:
    if by == "month":
        return len(period) == 7 and period[4] == "-"
    if by == "quarter":
        return "-Q" in period
    return len(period) == 4


def _trend(view: dict) -> _Draft | None:
    """The direction over the last two periods with events (and the busiest one)."""
    by = view["by"]
    trend = [p for p in view["totals"]["trend"] if _period_shape(p["period"], by)]
    if len(trend) < 2:
        return None
    (a, b), busiest = trend[-2:], max(trend, key=lambda p: (p["count"], p["period"]))
    word = "rose" if b["count"] > a["count"] else "fell" if b["count"] < a["count"] else "held steady"
    text = (f"Activity {word} from {_plural(a['count'], 'event')} in {a['period']} to {b['count']} in {b['period']}, "
            f"the latest {by} on record")
    ids = _sample(b["event_ids"], 2)
    if busiest["period"] not in (a["period"], b["period"]):
        text += f"; the busiest {by} was {busiest['period']} ({busiest['count']})"
        ids += _sample(busiest["event_ids"], 1)
    else:
        ids += _sample(a["event_ids"], 1)
    return _Draft(text + ".", _ev_refs(ids), ids, {"channel": "all", "cell": f"trend.{b['period']}"})


def _ranks(conn: Connection, ids: list[str]) -> dict[str, tuple[int, int]]:
    """Per event: (tellings, source notes) -- how often and how well it is told."""
    tellings: dict[str, int] = defaultdict(int)
    notes: dict[str, int] = defaultdict(int)
    want = set(ids)
    # Only the events told more than once come back (the others count one telling): less to read.
    for event_id, n in conn.exec_driver_sql("SELECT event_id, count(*) FROM event_occurrences GROUP BY event_id "
                                            "HAVING count(*) > 1"):
        if event_id in want:
            tellings[event_id] = n
    for event_id, n in conn.exec_driver_sql("SELECT event_id, count(*) FROM event_citations GROUP BY event_id"):
        if event_id in want:
            notes[event_id] = n
    return {i: (tellings.get(i, 1), notes.get(i, 0)) for i in ids}


def _score(ev: dict, ranks: dict) -> tuple:
    tellings, notes = ranks.get(ev["id"], (0, 0))
    material = (ev["quad"] or "").startswith("material")
    both = bool(ev["source"]) and bool(ev["target"])
    day = ev["dated_by"] == "event" and len(ev["date"] or "") >= 10
    return (-tellings, -notes, -material, -both, -day, ev["date"] or "9999", ev["id"])


def _notable(events: dict, ranks: dict) -> list[str]:
    return sorted(events, key=ranks.__getitem__)[:NOTABLE]


def _event(view: dict, event_id: str) -> _Draft:
    ev = view["events"][event_id]
    return _Draft(event_sentence(ev, view["actor"]["name"]), [("event", event_id)], [event_id])


def _named_counts(items: list[dict]) -> str:
    return join_names([f"{x['name']} ({x['count']})" for x in items])


def _channel(view: dict, c: dict, ranks: dict, skip: set[str]) -> list[_Draft]:
    name, ch = view["actor"]["name"], c["channel"]
    r, b = c["roles"], c["balance"]
    ids = c["events"]["event_ids"]
    out = [_Draft(f"The {CHANNEL_WORDS[ch]} channel counts {_plural(len(ids), 'event')}: {r['direct']['count']} by "
                  f"{name} itself, {r['via_proxies']['count']} through its proxies, {r['against']['count']} against it "
                  f"and {r['toward']['count']} toward it; {b['cooperation']['count']} in cooperation and "
                  f"{b['conflict']['count']} in conflict (net {b['net']:+d}).", _ev_refs(_sample(ids)), _sample(ids),
                  {"channel": ch, "cell": "events"})]
    through: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        for x in view["events"][i]["through"]:
            through[x].append(i)
    if through:
        names = {p["id"]: p["name"] for p in view["proxies"]}
        ranked = sorted(through.items(), key=lambda kv: (-len(kv[1]), names.get(kv[0], kv[0])))[:TOP]
        text = f"In this channel {name} works through {_named_counts([{'name': names.get(k, k), 'count': len(v)} for k, v in ranked])}"
        refs = [v[0] for _, v in ranked]
        out.append(_Draft(text + ".", _ev_refs(refs), refs, {"channel": ch, "cell": "roles.via_proxies"}))
    actors = [a for a in c["top_actors"] if not a["proxy"]][:TOP]
    if actors:
        refs = [a["event_ids"][0] for a in actors]
        out.append(_Draft(f"The other actors most involved are {_named_counts(actors)}.", _ev_refs(refs), refs,
                          {"channel": ch, "cell": f"top_actors.{actors[0]['id']}"}))
    places = c["top_places"][:TOP]
    if places:
        refs = [p["event_ids"][0] for p in places]
        out.append(_Draft(f"Places named: {_named_counts(places)}.", _ev_refs(refs), refs,
                          {"channel": ch, "cell": f"top_places.{places[0]['id']}"}))
    main = sorted((i for i in ids if i not in skip), key=ranks.__getitem__)[:MAIN_EVENTS]
    out += [_event(view, i) for i in sorted(main, key=ids.index)]
    return out


def _actors(conn: Connection, view: dict) -> list[_Draft]:
    name = view["actor"]["name"]
    paths = {p.actor_id: p for p in proxies_of(conn, view["actor"]["id"])}
    out = []
    for p in view["proxies"][:PROXIES]:
        full = paths.get(p["id"])
        refs: list[tuple] = []
        if full:
            for hop in full.path:
                refs += [("span", x.document_id, x.start, x.end, x.evidence, None) for x in hop.evidence[:1]]
            refs = refs[:HOPS]
        since = f", given since {human_date(p['since'])}" if p["since"] else ""
        text = (f"{p['name']} acts for {name} ({p['kind']}; path {p['via']}{since}): "
                f"{_plural(p['events']['count'], 'event')} here.")
        out.append(_Draft(text, refs, [], {"channel": "all", "cell": f"proxies.{p['id']}"}))
    others = [a for a in view["totals"]["top_actors"] if not a["proxy"]][:TOP]
    if others:
        ids = [a["event_ids"][0] for a in others]
        out.append(_Draft(f"Besides its proxies, the actors most involved with {name} in {view['country']['name']} "
                          f"are {_named_counts(others)}.", _ev_refs(ids), ids,
                          {"channel": "all", "cell": f"top_actors.{others[0]['id']}"}))
    return out


def _challenges(conn: Connection, view: dict, ranks: dict) -> list[_Draft]:
    from .countries import members
    name, place = view["actor"]["name"], view["country"]["name"]
    against = view["totals"]["roles"]["against"]["event_ids"]
    if not against:
        return []
    inside = members(conn, view["country"]["id"])
    own = [i for i in against if any(x["id"] in inside for x in view["events"][i]["source"])]
    text = f"{_plural(len(against), 'event')} went against {name}'s interests in {place}"
    if own:
        text += f", {len(own)} of them by {place}'s own actors"
    out = [_Draft(text + ".", _ev_refs(_sample(against)), _sample(against), {"channel": "all", "cell": "roles.against"})]
    picked = sorted(against, key=ranks.__getitem__)[:CHALLENGES]
    out += [_event(view, i) for i in sorted(picked, key=against.index)]
    return out


def _alerts(conn: Connection, view: dict) -> list[_Draft]:
    """Stored alerts with an event in the period that concern the arena: one of its events is
    counted here, or the rule names the actor or the country."""
    from ..watch.manage import list_alerts
    names = [view["actor"]["name"].lower(), view["country"]["name"].lower(), view["actor"]["id"], view["country"]["id"]]
    out = []
    for a in sorted(list_alerts(conn), key=lambda a: (a["window_end"] or "", min((e["date"] or "" for e in a["events"]),
                                                                                  default=""), a["rule"], a["id"])):
        evs = a["events"]
        if not any(_within(e["date"], view["from"], view["to"]) for e in evs):
            continue
        ours = any(e["event_id"] in view["events"] for e in evs)
        rule = str(a.get("details") or "").lower()
        if not ours and not any(n and n in rule for n in names):
            continue
        details = a.get("details") or {}
        what = a["summary"].split(": ", 1)[-1].rstrip(".") if a["summary"].startswith(a["rule"]) else a["summary"]
        window = f" between {human_date(a['window_start'])} and {human_date(a['window_end'])}" \
            if a["window_start"] and a["window_end"] else ""
        text = f"The watch rule {a['rule']} ({a['severity'] or 'unrated'}) fired on {_plural(a['count'], 'event')}{window}: {what}"
        if details.get("indicator"):
            text += f" — indicator: {details['indicator'].rstrip('.')}"
        text += "."
        refs = [("span", e["document_id"], e["start"], e["end"], e["evidence"], e["event_id"]) for e in evs[:SAMPLE]]
        out.append(_Draft(text, refs, [e["event_id"] for e in evs if e["event_id"] in view["events"]]))
    return out


# --- evidence -----------------------------------------------------------------------------------

class _Resolver:
    """Turns references into footnotes: tellings of events, spans of ties and alerts; checks
    every quote against the document's text and attaches the source notes."""

    def __init__(self, conn: Connection, view: dict):
        self.conn, self.view = conn, view
        self.tellings: dict[str, list[dict]] = {}
        self.docs: dict[str, dict] = {}
        self.cites: dict[str, list[tuple[int, int, Source]]] = {}
        self.unusable: dict[str, int] = defaultdict(int)      # evidence that could not be cited, by reason

    def prefetch(self, drafts: list[_Draft]) -> None:
        conn = self.conn
        wanted = sorted({r[1] for d in drafts for r in d.refs if r[0] == "event"})
        o, oc, ec, c = t.event_occurrences, t.occurrence_citations, t.event_citations, t.citations
        occ: dict[str, list[dict]] = defaultdict(list)
        cited: dict[str, list[Source]] = defaultdict(list)
        event_cited: dict[str, list[Source]] = defaultdict(list)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for r in conn.execute(select(o.c.id, o.c.event_id, o.c.document_id, o.c.start, o.c.end, o.c.evidence)
                                  .where(o.c.event_id.in_(chunk)).order_by(o.c.document_id, o.c.start, o.c.id)):
                occ[r.event_id].append(dict(r._mapping))
            for r in conn.execute(select(oc.c.occurrence_id, c.c.outlet, c.c.date).join(c, c.c.id == oc.c.citation_id)
                                  .join(o, o.c.id == oc.c.occurrence_id).where(o.c.event_id.in_(chunk))
                                  .order_by(c.c.position)):
                cited[r.occurrence_id].append(Source(r.outlet, r.date))
            for r in conn.execute(select(ec.c.event_id, c.c.outlet, c.c.date).join(c, c.c.id == ec.c.citation_id)
                                  .where(ec.c.event_id.in_(chunk)).order_by(c.c.position)):
                event_cited[r.event_id].append(Source(r.outlet, r.date))
        for event_id in wanted:
            ev = self.view["events"][event_id]
            own = {"document_id": ev["document_id"], "start": ev["start"], "end": ev["end"],
                   "evidence": ev["evidence"], "sources": event_cited.get(event_id, [])}
            rest = []
            for x in occ.get(event_id, []):
                entry = x | {"sources": cited.get(x["id"], [])}
                if (x["document_id"], x["start"], x["end"]) == (own["document_id"], own["start"], own["end"]):
                    own["sources"] = entry["sources"] or own["sources"]
                else:
                    rest.append(entry)
            self.tellings[event_id] = [own, *rest]
        docs = {x["document_id"] for v in self.tellings.values() for x in v}
        docs |= {r[1] for d in drafts for r in d.refs if r[0] == "span" and r[1]}
        d = t.documents
        keys = sorted(x for x in docs if x)
        for i in range(0, len(keys), 500):
            for r in conn.execute(select(d.c.id, d.c.name, d.c.title, d.c.text).where(d.c.id.in_(keys[i:i + 500]))):
                self.docs[r.id] = {"title": r.title or r.name, "text": r.text}

    def _notes_near(self, document_id: str, start: int, end: int) -> list[Source]:
        """Source notes in the same sentence of the document as [start, end)."""
        if document_id not in self.cites:
            c = t.citations
            self.cites[document_id] = [(r.start, r.end, Source(r.outlet, r.date)) for r in self.conn.execute(
                select(c.c.start, c.c.end, c.c.outlet, c.c.date).where(c.c.document_id == document_id)
                .order_by(c.c.start))]
        s, e = sentence_around(self.docs[document_id]["text"], start, end)
        return [src for cs, ce, src in self.cites[document_id] if cs is not None and s <= cs and (ce or cs) <= e + 2]

    def _footnote(self, document_id, start, end, words, sources, event_id) -> tuple[Footnote | None, str | None]:
        doc = self.docs.get(document_id)
        if doc is None or start is None or end is None or not (0 <= start < end <= len(doc["text"])):
            return None, NO_SPAN
        quote = doc["text"][start:end]
        if words is not None and words != quote:
            return None, MISMATCH
        return Footnote(document_id, doc["title"], start, end, quote, list(sources), event_id), None

    def footnotes(self, refs: list[tuple]) -> tuple[list[Footnote], str | None]:
        out, why = [], None
        for ref in refs:
            if ref[0] == "event":
                made = 0
                for x in self.tellings.get(ref[1], []):
                    note, problem = self._footnote(x["document_id"], x["start"], x["end"], x["evidence"],
                                                   x["sources"], ref[1])
                    if note:
                        out.append(note)
                        made += 1
                        if made == TELLINGS:
                            break
                    else:
                        why = why or problem
                        self.unusable[problem or NO_SPAN] += 1
            else:
                _, document_id, start, end, words, event_id = ref
                note, problem = self._footnote(document_id, start, end, words, [], event_id)
                if note:
                    note.sources = self._notes_near(document_id, start, end)
                    out.append(note)
                else:
                    why = why or problem
                    self.unusable[problem or NO_SPAN] += 1
        return out, why
