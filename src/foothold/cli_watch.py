"""`foothold watch ...` and `foothold follow`: watch rules, alerts and feeds on the command line.

Exit codes (for schedulers such as cron): 0 the run went through and raised
no new alert; 3 new alerts were raised (and stored, and sent to the webhook);
1 something failed (a bad rule, feed, URL or webhook) — alerts raised
before the failure are still stored and sent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .cli import DbOption, FormatOption, _check_format, _engine, _print_json, _table, app, err, fails_cleanly, out
from .errors import FootholdError, InputError
from .settings import WEBHOOK

NEW_ALERTS = 3
EXIT_HELP = "Exit code: 0 no new alert, 3 new alerts, 1 a failure (alerts raised are still stored and sent)."

watch = typer.Typer(help="Watch rules over events: YAML patterns evaluated on every ingest and on demand; "
                         "each hit is an alert stored with its events and evidence, never repeated. " + EXIT_HELP,
                    no_args_is_help=True, rich_markup_mode="rich")
app.add_typer(watch, name="watch")

WebhookOption = typer.Option(None, "--webhook", envvar=WEBHOOK.env, show_envvar=True,
                             help=WEBHOOK.help + ".")


def _print_alerts(alerts, names=None) -> None:
    for alert in alerts:
        colour = {"high": "red", "medium": "yellow"}.get(alert.rule.severity, "cyan")
        out.print(f"[{colour}]ALERT[/] [{alert.rule.severity}] {escape(alert.summary)}  [dim]({alert.id[:12]})[/]",
                  highlight=False)
        for e in alert.events[:5]:
            out.print(f"    [dim]{e.date or '?'} {e.type} · {escape((e.evidence or '')[:160])}[/]", highlight=False)
        if len(alert.events) > 5:
            out.print(f"    [dim]… and {len(alert.events) - 5} more events[/]", highlight=False)


def evaluate_and_report(engine, *, rules=None, documents=None, webhook: str | None = None,
                        fmt: str = "table") -> int:
    """Run the rules, print new alerts and problems, send the webhook; the exit code (0, 3 or 1)."""
    from .watch.evaluate import run_rules
    report = run_rules(engine, rules, documents=documents)
    names = report.names
    failed = bool(report.errors)
    for exc in report.errors:
        err.print(exc.line(), markup=False, highlight=False)
    if report.alerts and webhook:
        from .watch.notify import post_alerts
        for exc in post_alerts(engine, webhook, report.alerts, names):
            failed = True
            err.print(exc.line(), markup=False, highlight=False)
    if fmt == "json":
        _print_json({"alerts": [a.to_dict(names) for a in report.alerts], "matched": report.matched,
                     "undatable": report.undatable, "missing": report.missing,
                     "errors": [e.to_dict()["error"] for e in report.errors]})
    else:
        _print_alerts(report.alerts)
        for name, refs in report.missing.items():
            out.print(f"[dim]note: rule '{name}' names actors not in the store yet: "
                      f"{escape(', '.join(dict.fromkeys(refs)))}[/]", highlight=False)
        for name, n in report.undatable.items():
            if n:
                out.print(f"[dim]note: rule '{name}': {n} matching {'event is' if n == 1 else 'events are'} dated "
                          f"only to the month or year and cannot be placed in its window of days[/]", highlight=False)
        evaluated = len(report.matched)
        if not evaluated and not report.errors:
            out.print("[dim]no watch rules: add some with `foothold watch add FILE.yaml` or `--starter`[/]",
                      highlight=False)
        out.print(f"{evaluated} rules evaluated, {sum(report.matched.values())} matching events, "
                  f"{len(report.alerts)} new alerts.", highlight=False)
    if failed:
        return 1
    return NEW_ALERTS if report.alerts else 0


def watch_after_ingest(engine, documents: list[str]) -> None:
    """Evaluate the stored rules on what an ingest stored (called by `foothold ingest`)."""
    from .watch.manage import has_rules
    if not documents or not has_rules(engine):
        return
    out.print("[bold]watch[/]: evaluating the stored rules on the new documents", highlight=False)
    evaluate_and_report(engine, documents=documents, webhook=WEBHOOK.value() or None)


@watch.command("add")
@fails_cleanly
def watch_add(files: list[Path] = typer.Argument(None, help="YAML rule files (one rule, or rules: [...])."),
              starter: bool = typer.Option(False, "--starter", help="Add the bundled starter rules: indicators of a "
                                           "shift in Iran's strategy in Iraq (data/watch/iran_iraq_shift.yaml)."),
              db: Optional[str] = DbOption) -> None:
    """Validate rule files and add their rules to the store (a stored name is replaced).

    Rule format: name, description, indicator, severity (low|medium|high), when: {type, mode, quad,
    channel, source, target, either_direction, place, date: {from, to}, include_uncertain} and
    optionally count: {at_least, within_days, more_than_previous}. Actor sets: a name, a list,
    or {actor, type, part_of, proxies_of}. See foothold/watch/rules.py and the starter file.
    """
    from .watch import adapters
    from .watch.manage import add_rules
    from .watch.rules import STARTER, load_rule_file
    paths = list(files or []) + ([STARTER] if starter else [])
    if not paths:
        raise InputError("no rule file given", fix="Pass YAML rule files, or --starter for the bundled rules.")
    rules = [rule for p in paths for rule in load_rule_file(p)]     # every file valid before anything is stored
    usable, refused = [], []
    for rule in rules:
        try:
            adapters.require(rule)
            usable.append(rule)
        except FootholdError as exc:
            refused.append(exc)
    engine = _engine(db)
    for name, status in add_rules(engine, usable):
        out.print(f"{status:<10} {name}", highlight=False)
    for exc in refused:
        err.print(f"not added  {exc.line()}", markup=False, highlight=False)
    if refused:
        raise typer.Exit(1)


@watch.command("remove")
@fails_cleanly
def watch_remove(name: str = typer.Argument(..., help="Rule name."), db: Optional[str] = DbOption) -> None:
    """Remove a rule from the store (its alerts are kept)."""
    from .watch.manage import remove_rule
    remove_rule(_engine(db), name)
    out.print(f"removed    {name}")


@watch.command("list")
@fails_cleanly
def watch_list(db: Optional[str] = DbOption, format: str = FormatOption,
               yaml_: bool = typer.Option(False, "--yaml", help="Print the rules as YAML (what is evaluated).")) -> None:
    """The stored rules: name, severity, pattern in words, alerts raised."""
    from .watch.manage import list_rules
    _check_format(format)
    with _engine(db).connect() as conn:
        rows = list_rules(conn)
    if yaml_:
        out.print("\n".join("---\n" + r["yaml"] for r in rows), markup=False, highlight=False)
        return
    if format == "json":
        return _print_json(rows)
    out.print(_table("Watch rules", ["name", "severity", "pattern", "alerts", "last alert"],
                     [[r["name"], r["severity"], r["pattern"], r["alerts"], r["last_alert"]] for r in rows],
                     justify_right={"alerts"}))


@watch.command("run")
@fails_cleanly
def watch_run(files: list[Path] = typer.Argument(None, help="Evaluate these rule files instead of the stored rules."),
              db: Optional[str] = DbOption, format: str = FormatOption,
              webhook: Optional[str] = WebhookOption) -> None:
    """Evaluate the rules on the whole store now; store and print new alerts.

    Exit code: 0 no new alert, 3 new alerts, 1 a failure (a rule that cannot be evaluated, a webhook that failed).
    """
    from .watch.rules import load_rule_file
    _check_format(format)
    rules = [rule for p in files for rule in load_rule_file(p)] if files else None
    code = evaluate_and_report(_engine(db), rules=rules, webhook=webhook or None, fmt=format)
    raise typer.Exit(code)


@watch.command("alerts")
@fails_cleanly
def watch_alerts(rule: Optional[str] = typer.Option(None, "--rule", help="Only this rule's alerts."),
                 since: Optional[str] = typer.Option(None, "--since", help="Only alerts fired on or after (ISO date)."),
                 alert: Optional[str] = typer.Option(None, "--id", help="One alert (id or id prefix) with all its evidence."),
                 limit: int = typer.Option(50, "--limit", "-n", help="At most this many."),
                 db: Optional[str] = DbOption, format: str = FormatOption) -> None:
    """Stored alerts, newest first, with their events and evidence."""
    from .watch.manage import list_alerts
    _check_format(format)
    with _engine(db).connect() as conn:
        rows = list_alerts(conn, rule=rule, since=since, limit=limit, alert_id=alert)
    if format == "json":
        return _print_json(rows)
    if not rows:
        out.print("no alerts")
        return
    for r in rows:
        out.print(f"[bold]{escape(r['summary'])}[/]  [dim]{r['id'][:12]} · {r['severity']} · fired "
                  f"{str(r['fired_at'])[:19]}{' · webhook ' + r['delivered'] if r['delivered'] else ''}[/]",
                  highlight=False)
        shown = r["events"] if alert else r["events"][:5]
        for e in shown:
            out.print(f"    {e['date'] or '?'} {e['type']}{' (' + e['mode'] + ')' if e['mode'] else ''} "
                      f"{escape(e['source'] or '?')} → {escape(e['target'] or '?')}  [dim]{escape(e['document'] or '')}"
                      f" {e['start']}–{e['end']}[/]", highlight=False)
            out.print(f"      [dim]“{escape((e['evidence'] or '') if alert else (e['evidence'] or '')[:160])}”[/]",
                      highlight=False)
        if len(r["events"]) > len(shown):
            out.print(f"    [dim]… {len(r['events']) - len(shown)} more (--id {r['id'][:12]})[/]", highlight=False)


@app.command()
@fails_cleanly
def follow(feeds: list[str] = typer.Argument(None, help="RSS or Atom feed URLs [default: every feed followed before]."),
           db: Optional[str] = DbOption,
           date: Optional[str] = typer.Option(None, "--date", help="Publication date (ISO) for every item, overriding theirs."),
           webhook: Optional[str] = WebhookOption) -> None:
    """Ingest a feed's new items (remembering what was seen) and run the watch rules on them.

    Exit code: 0 no new alert, 3 new alerts, 1 a failure (a bad feed or item page; nothing of a bad feed is stored).
    """
    from .store.batch import STYLES
    from .store.follow import describe, follow_feed, followed_feeds
    engine = _engine(db)
    feeds = list(feeds or []) or followed_feeds(engine)
    if not feeds:
        raise InputError("no feed given and none followed before", fix="Pass a feed URL: foothold follow URL.")
    failed, new_docs = False, []

    def note(outcome) -> None:
        target = err if outcome.status == "failed" else out
        target.print(f"[{STYLES[outcome.status]}]{escape(outcome.line())}[/]", highlight=False)

    for url in feeds:
        try:
            report = follow_feed(engine, url, date=date, note=note)
        except FootholdError as exc:
            failed = True
            err.print(exc.line(), markup=False, highlight=False)
            continue
        for w in report.feed.warnings:
            err.print(f"{url}: warning: {w}", markup=False, highlight=False)
        out.print(describe(report), highlight=False)
        failed |= bool(report.failed)
        new_docs += report.new_documents
    code = 0
    from .watch.manage import has_rules
    if new_docs and has_rules(engine):
        code = evaluate_and_report(engine, documents=new_docs, webhook=webhook or None)
    if failed or code == 1:
        raise typer.Exit(1)
    raise typer.Exit(code)
