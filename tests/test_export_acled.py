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
