"""Commands of the influence picture: `arena`, `proxies`, `cut`, `cuts`.

Registered on the main Typer app (imported at the bottom of cli.py); the work lives in
foothold.analyze.arena / proxies / countries.
"""

from __future__ import annotations

from typing import Optional

import typer
from rich.markup import escape

from .cli import ISO_DATE, DbOption, FormatOption, _check_format, _engine, _print_json, _table, app, fails_cleanly, out
from .errors import InputError


def _iso(value: str | None, option: str) -> str | None:
    if value and not ISO_DATE.match(value):
        raise InputError(f"{option} '{value}' is not an ISO date", fix="Use 2020, 2020-07 or 2020-07-14.")
    return value


@app.command()
@fails_cleanly
def arena(actor: str = typer.Argument(..., help="The actor whose influence to show (id, name or alias), e.g. Iran."),
          country: str = typer.Option(..., "--in", help="The country (arena), e.g. Iraq."),
          date_from: Optional[str] = typer.Option(None, "--from", help="Only events dated on or after (ISO)."),
          date_to: Optional[str] = typer.Option(None, "--to", help="Only events dated on or before (ISO)."),
          by: str = typer.Option("month", "--by", help="Trend periods: month | quarter | year."),
          show: Optional[str] = typer.Option(None, "--show", help="Print the events behind one number: CHANNEL:CELL, "
                                             "e.g. military:roles.via_proxies, economic:events, all:roles.against, "
                                             "political:trend.2020-05, military:top_actors.kataeb_hezbollah."),
          db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """An actor's influence in a country per channel: its events (direct and through proxies), the
    cooperation/conflict balance, top actors and places, the trend -- every number backed by event ids."""
    from .analyze.arena import arena as compute, select_cell
    _check_format(format)
    view = compute(_engine(db), actor, country, _iso(date_from, "--from"), _iso(date_to, "--to"), by)
    if show:
        channel, _, cell = show.partition(":")
        ids = select_cell(view, channel, cell or "events")
        if format == "json":
            return _print_json({"channel": channel, "cell": cell or "events", "event_ids": ids,
                                "events": [view["events"][i] for i in ids]})
        out.print(f"[bold]{len(ids)} events[/] behind {escape(show)}", highlight=False)
        for i in ids:
            ev = view["events"][i]
            via = f"  via {'; '.join(ev['via'])}" if ev["via"] else ""
            out.print(f"{ev['date'] or '?'}  [bold]{ev['type']}[/] {ev['channel']} {ev['role']}{escape(via)}  "
                      f"[dim]{ev['document']}:{ev['start']}-{ev['end']} {i}[/]", highlight=False)
            out.print(f"    {escape(' '.join((ev['evidence'] or '').split()))}", highlight=False)
        return
    if format == "json":
        return _print_json(view)
    period = f" {date_from or '…'} to {date_to or '…'}" if (date_from or date_to) else ""
    tot = view["totals"]
    out.print(f"[bold]{escape(view['actor']['name'])}[/] in [bold]{escape(view['country']['name'])}[/]{period}: "
              f"{tot['events']['count']} events — {tot['roles']['direct']['count']} direct, "
              f"{tot['roles']['via_proxies']['count']} through proxies, {tot['roles']['against']['count']} against it, "
              f"{tot['roles']['toward']['count']} toward it", highlight=False)
    if not tot["events"]["count"]:
        out.print(f"[dim]No event of {escape(view['actor']['name'])} or its proxies in {escape(view['country']['name'])}"
                  f"{period} is stored. `foothold proxies {escape(view['actor']['id'])}` shows whose acts would count.[/]",
                  highlight=False)
        return
    rows = []
    for c in view["channels"]:
        r, b = c["roles"], c["balance"]
        rows.append([c["channel"], c["events"]["count"], r["direct"]["count"], r["via_proxies"]["count"],
                     r["against"]["count"], r["toward"]["count"], b["cooperation"]["count"], b["conflict"]["count"],
                     f"{b['net']:+d}"])
    out.print(_table("Channels", ["channel", "events", "direct", "via proxies", "against", "toward", "coop", "conflict",
                                  "net"], rows,
                     justify_right={"events", "direct", "via proxies", "against", "toward", "coop", "conflict", "net"}))
    out.print(_table("Top actors and places", ["channel", "actors", "places"],
                     [[c["channel"], ", ".join(f"{a['name']} {a['count']}" for a in c["top_actors"][:5]),
                       ", ".join(f"{p['name']} {p['count']}" for p in c["top_places"][:3])] for c in view["channels"]]))
    periods = sorted({t["period"] for c in view["channels"] for t in c["trend"]})
    trend = [[c["channel"], *({t["period"]: t["count"] for t in c["trend"]}.get(p, "") for p in periods)]
             for c in view["channels"]]
    if periods:
        out.print(_table(f"Trend by {by}", ["channel", *periods], trend, justify_right=set(periods)))
    out.print(_table("Proxies acting here", ["proxy", "kind", "since", "events", "path"],
                     [[p["name"], p["kind"], p["since"], p["events"]["count"], p["via"]] for p in view["proxies"]],
                     justify_right={"events"}))
    out.print("[dim]The events behind any number: --show CHANNEL:CELL (e.g. military:roles.via_proxies); "
              "--format json lists the event ids of every number.[/]", highlight=False)


@app.command()
@fails_cleanly
def proxies(actor: str = typer.Argument(..., help="The actor (id, name or alias), e.g. Iran."),
            country: Optional[str] = typer.Option(None, "--in", help="Only proxies in this country (belonging to it, "
                                                  "acting there, or on the path of one that does)."),
            on: Optional[str] = typer.Option(None, "--on", help="Only ties a source gave by this date (ISO)."),
            evidence: bool = typer.Option(False, "--evidence", help="Print every hop's evidence."),
            db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Whose acts count as ACTOR's influence: arms, agents, leaders, backed groups -- with the path,
    every hop's evidence and the date from which a source gives it. Cut a wrong hop with `foothold cut`."""
    from .analyze.countries import find_country, resolve_actor
    from .analyze.proxies import proxies_of
    _check_format(format)
    engine = _engine(db)
    with engine.connect() as conn:
        actor_id = resolve_actor(conn, actor)
        country_id = find_country(conn, country) if country else None
        found = proxies_of(conn, actor_id, in_country=country_id, on=_iso(on, "--on"))
    if format == "json":
        return _print_json({"actor": actor_id, "in": country_id, "on": on, "proxies": [p.to_dict() for p in found]})
    cols = ["proxy", "type", "kind", "since", "path"] + (["in the country"] if country_id else [])
    out.print(_table(f"Proxies of {actor_id}" + (f" in {country_id}" if country_id else ""), cols,
                     [[p.name, p.type, p.kind, p.since, p.via] + ([p.in_country] if country_id else []) for p in found]))
    if evidence:
        for p in found:
            out.print(f"[bold]{escape(p.via)}[/]", highlight=False)
            for h in p.path:
                out.print(f"  {escape(h.line())} (since {h.since or '?'}; {', '.join(h.predicates)})", highlight=False)
                for x in h.evidence:
                    out.print(f"    [dim]{escape(x.document)}:{x.start}-{x.end} ({x.extractor}, relation {x.relation_id})[/] "
                              f"“{escape(' '.join((x.evidence or '').split()))}”", highlight=False)


@app.command()
@fails_cleanly
def cut(proxy: str = typer.Argument(..., help="The actor on the acting side of the hop (e.g. Thar Allah)."),
        actor: str = typer.Argument(..., help="The actor it was said to act for (e.g. Iran)."),
        predicate: Optional[str] = typer.Option(None, "--predicate", help="Only ties of this predicate "
                                                "(part_of, member_of, leads, allied_with) [default: every tie]."),
        reason: Optional[str] = typer.Option(None, "--reason", help="Why the hop is wrong (kept with the cut)."),
        undo: bool = typer.Option(False, "--undo", help="Remove the recorded cut instead."),
        db: Optional[str] = DbOption) -> None:
    """Cut a wrong hop PROXY -> ACTOR out of the proxy graph. Recorded and re-applied (survives re-ingest)."""
    from .analyze.proxies import cut_tie, uncut_tie
    if undo:
        n = uncut_tie(_engine(db), proxy, actor)
        out.print(f"removed {n} cut{'s' if n != 1 else ''} of {proxy} -> {actor}", highlight=False)
        return
    r = cut_tie(_engine(db), proxy, actor, predicate, reason)
    out.print(f"cut {r['from']} -> {r['to']}" + (f" ({r['predicate']})" if r["predicate"] else ""), highlight=False)


@app.command()
@fails_cleanly
def cuts(db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Recorded cuts of proxy hops, oldest first."""
    from .analyze.proxies import list_cuts
    _check_format(format)
    rows = list_cuts(_engine(db))
    if format == "json":
        return _print_json(rows)
    out.print(_table("Cuts", ["from", "to", "predicate", "reason", "when"],
                     [[r["from"], r["to"], r["predicate"] or "any", r["reason"], r["created_at"]] for r in rows]))
