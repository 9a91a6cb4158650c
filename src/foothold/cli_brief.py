"""The `brief` command: an actor's influence in a country as a cited brief (Markdown, HTML or JSON).

Registered on the main Typer app (imported at the bottom of cli.py); the work lives in
foothold.analyze.brief (the sentences and their footnotes) and brief_render (the formats).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .cli import DbOption, _engine, _print_json, app, fails_cleanly, out
from .cli_arena import _iso
from .errors import FootholdError, InputError

FORMATS = ("md", "html", "json")


class BriefOutputError(FootholdError):
    """The brief could not be written where --out says."""
    code = "E271"


@app.command()
@fails_cleanly
def brief(actor: str = typer.Argument(..., help="The actor whose influence to brief on (id, name or alias), e.g. Iran."),
          country: str = typer.Option(..., "--in", help="The country (arena), e.g. Iraq."),
          date_from: Optional[str] = typer.Option(None, "--from", help="Only events dated on or after (ISO)."),
          date_to: Optional[str] = typer.Option(None, "--to", help="Only events dated on or before (ISO)."),
          by: str = typer.Option("month", "--by", help="Periods of the trend judgement: month | quarter | year."),
          format: str = typer.Option("md", "--format", "-f", help="md (Markdown, [^n] footnotes) | html | json."),
          output: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of printing."),
          link_base: Optional[str] = typer.Option(None, "--link-base", help="HTML: the workbench address its links "
                                                  "point at [default: http://HOST:PORT from the settings]."),
          db: Optional[str] = DbOption) -> None:
    """A cited brief: key judgements, a section per channel, actors and ties, notable events,
    challenges and the watch rules that fired -- every sentence footnoted to its documents and spans.
    Counts are the arena view's (`foothold arena`)."""
    from .analyze.brief import brief as build
    from .analyze import brief_render
    if format not in FORMATS:
        raise InputError(f"unknown format '{format}'", fix="Use --format md, html or json.")
    b = build(_engine(db, existing=True), actor, country, _iso(date_from, "--from"), _iso(date_to, "--to"), by)
    if format == "json" and output is None:
        return _print_json(b.to_dict())
    if format == "json":
        import json
        text = json.dumps(b.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
    elif format == "html":
        if link_base is None:
            from .settings import HOST, PORT
            link_base = f"http://{HOST.value()}:{PORT.value()}"
        text = brief_render.html_document(b, link_base.rstrip("/"))
    else:
        text = brief_render.markdown(b)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BriefOutputError(f"cannot write the brief ({exc.strerror or exc})", path=str(output),
                               fix="Choose a writable --out path.") from exc
    omitted = sum(b.omitted.values())
    out.print(f"wrote {output}: {sum(len(s.sentences) for s in b.sections)} sentences, {len(b.footnotes)} footnotes"
              + (f", {omitted} left out for lack of evidence" if omitted else ""), markup=False, highlight=False)
