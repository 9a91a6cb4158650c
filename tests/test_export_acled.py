"""ACLED-style CSV: ACLED's columns, event types by PLOVER type and mode, geocoded locations."""

import csv
import io

from foothold.export import Filters, export
from foothold.export.acled import acled_type

from export_store import build


def rows():
    out = io.StringIO()
    export(build("sqlite://"), "csv", out, Filters())
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_columns_and_rows():
    table = rows()
    assert len(table) == 6
    assert {"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
            "latitude", "longitude", "geo_precision", "source", "notes"} <= set(table[0])
    attack = next(r for r in table if r["plover_type"] == "ASSAULT")
    assert (attack["event_type"], attack["event_date"], attack["time_precision"]) == \
        ("Explosions/Remote violence", "2020-03-01", "2")
    assert attack["latitude"] == "" and attack["location"] == "Camp Taji"     # unknown place: no guessed coordinates
    protest = next(r for r in table if r["plover_type"] == "PROTEST")
    assert (protest["event_type"], protest["location"], protest["geo_precision"]) == ("Protests", "Basra", "1")
    assert protest["latitude"].startswith("30.5")
    visit = next(r for r in table if r["plover_mode"] == "visit")
    assert visit["source"] == "IRNA" and visit["notes"].startswith("[CONSULT: visit]")


def test_type_mapping():
    assert acled_type("ASSAULT", "drone strike") == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_type("ASSAULT", "firearms") == ("Battles", "Armed clash")
    assert acled_type("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert acled_type("COERCE", "arrest") == ("Strategic developments", "Arrests")
    assert acled_type("CONSULT", "visit") == ("Strategic developments", "Other")


def test_formula_cells_are_neutralised(tmp_path):
    """CSV injection: a file named like a formula is the 'source' of its events; it must stay text."""
    from foothold.export.acled import spreadsheet_safe
    from foothold.store import connect
    from foothold.store.batch import ingest_file

    assert spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert [spreadsheet_safe(v) for v in ("+1+1", "@SUM(A1)", "\tx", "\rx", "-2+3")] == \
        ["'+1+1", "'@SUM(A1)", "'\tx", "'\rx", "'-2+3"]
    assert spreadsheet_safe("-33.1234") == "-33.1234" and spreadsheet_safe(7) == 7 and spreadsheet_safe("Iran") == "Iran"

    path = tmp_path / "=cmd|' calc'!A0.txt"
    path.write_text("Iranian-backed militias fired rockets at the U.S. embassy in Baghdad on March 3, 2020.\n",
                    encoding="utf-8")
    engine = connect(f"sqlite:///{tmp_path / 'f.db'}")
    ingest_file(engine, path)
    out = io.StringIO()
    export(engine, "csv", out, Filters())
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert table, "the rocket attack is exported"
    for row in table:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or value.replace("-", "", 1).replace(".", "", 1).isdigit(), value
    assert table[0]["source"].startswith("'=cmd")
