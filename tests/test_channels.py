"""Channels of influence (analyze.channels): the classifier on records built in code, its data file's
validation, the stored channels of the seed report, a migrated store, and the exports."""

import io
import json

import pytest
import yaml
from sqlalchemy import func, inspect, select, text

from foothold.analyze.channels import (ChannelDataError, Participant, classify_event, classify_relation, load_rules,
                                       parse_rules, sentence_of)
from foothold.errors import DataFileError
from foothold.store import connect
from foothold.store import schema as t
from arena_store import seed_store, seed_store_copy

KH = Participant("kataeb_hezbollah", "Kataeb Hezbollah", "organization", armed=True)
ATTACHE = Participant("moradian", "Mostafa Moradian", "person", titles=("Military Attache",))
ENERGY = Participant("ardakanian", "Reza Ardakanian", "person", titles=("Minister of Energy",))
HAJJ = Participant("hajj", "Hajj and Pilgrimage Organization", "organization")
MEHR = Participant("mehr", "Mehr news agency", "media")


# --- the classifier on records built in code ---------------------------------------------

@pytest.mark.parametrize("args, channel", [
    (("CONSULT", "visit", "the ambassador visited the border crossing at Mehran"), "economic"),
    (("AGREE", "statement", "decided to extend the contract for the export of electricity and gas"), "economic"),
    (("CONSULT", "meeting", "the meeting between the governors of the two central banks"), "economic"),
    (("CONSULT", "visit", "a delegation of pilgrims visited the shrines of Karbala"), "religious_cultural"),
    (("AGREE", "statement", "the clerics of the seminaries in Najaf agreed"), "religious_cultural"),
    (("ASSAULT", "attacks", "rocket attacks against the American embassy"), "military"),
    (("CONSULT", "meeting", "the Iranian military attache met the Iraqi chief of staff"), "military"),
    (("CONSULT", "meeting", "the prime minister met the ambassador"), "political"),
    (("SANCTION", "sanctions", "the reimposition of sanctions"), "economic"),
    (("SUPPORT", "homage", "he travelled to the gravesite"), "religious_cultural"),
])
def test_event_channel_from_type_mode_and_words(args, channel):
    d = classify_event(*args)
    assert d.channel == channel, d.reason
    assert d.reason


def test_participants_decide_what_the_words_leave_open():
    # The same neutral words: the minister's title makes it economic, the attache's military.
    assert classify_event("CONSULT", "visit", "he arrived for an official visit", participants=[ENERGY]).channel == "economic"
    assert classify_event("CONSULT", "visit", "he arrived for an official visit", participants=[ATTACHE]).channel == "military"
    assert classify_event("CONSULT", "visit", "he arrived for an official visit").channel == "political"
    # The organisation's name: a COOPERATE (no realm of its own) by the pilgrimage body.
    d = classify_event("COOPERATE", None, "the organization is developing protocols", participants=[HAJJ])
    assert d.channel == "religious_cultural" and "Hajj and Pilgrimage Organization" in d.reason
    # An outlet acting is the information channel; an outlet used as a medium is not.
    assert classify_event("ACCUSE", None, "censured the raid", participants=[MEHR], sources=["mehr"]).channel == "information"
    assert classify_event("SUPPORT", None, "congratulated him", participants=[MEHR], sources=[]).channel == "political"


def test_an_armed_group_does_not_make_a_political_act_military():
    assert classify_event("REJECT", "oppose appointment", "Kataeb Hezbollah, which opposed it",
                          participants=[KH]).channel == "political"
    # ... but decides an act with no realm of its own.
    assert classify_event("COOPERATE", None, "worked together", participants=[KH]).channel == "military"


def test_context_sentence_is_weaker_than_the_type():
    sentence = "Iran wants trade, gas and electricity exports. He met the prime minister."
    d = classify_event("CONSULT", "meeting", "He met the prime minister", sentence=sentence)
    assert d.channel == "political"
    d = classify_event("COOPERATE", None, "they cooperated", sentence="Trade and electricity exports grew; they cooperated.")
    assert d.channel == "economic" and "sentence" in d.reason


def test_unclassified_says_why():
    d = classify_event("COOPERATE", None, "they worked together")
    assert d.channel == "unclassified" and "COOPERATE" in d.reason and "no channel cue" in d.reason
    d = classify_relation("part_of", "the institute of Gallup")
    assert d.channel == "unclassified" and "part_of" in d.reason


def test_relation_channels():
    assert classify_relation("member_of", "the Iranian Military Attache to Baghdad, Mostafa Moradian",
                             title="Military Attache").channel == "military"
    assert classify_relation("allied_with", "Kataeb Hezbollah, the Iranian-backed Shia militia", subject=KH).channel == "military"
    assert classify_relation("allied_with", "Tasnim news agency, affiliated with the IRGC",
                             subject=Participant("tasnim", "Tasnim", "media")).channel == "information"
    assert classify_relation("leads", "the Governor of the Central Bank of Iran",
                             title="Governor").channel == "economic"
    assert classify_relation("leads", "the President of Iran", title="President").channel == "political"


def test_cue_words_are_whole_words():
    # "important" is no import, "basement" no base.
    assert classify_event("CONSULT", "meeting", "an important meeting in the basement").channel == "political"


def test_sentence_of():
    text = "First sentence here. Iran sent gas to Iraq. Third one."
    start = text.index("sent gas")
    assert sentence_of(text, start, start + 4) == "Iran sent gas to Iraq."


# --- the data file ------------------------------------------------------------------------

def test_bundled_rules_load():
    rules = load_rules()
    assert set(rules.channels) == {"political", "military", "economic", "religious_cultural", "information"}


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(version=2), "version"),
    (lambda d: d["modes"].update(spiritual=["prayer vigil"]), "unknown channel 'spiritual'"),
    (lambda d: d["types"].update(ASSAULT=["military"]), "types.ASSAULT"),
    (lambda d: d["cues"].update(economic="gas"), "cues.economic"),
    (lambda d: d["weights"].pop("mode"), "weights"),
])
def test_invalid_rules_raise_a_coded_error(change, words):
    from importlib import resources
    data = yaml.safe_load(resources.files("foothold").joinpath("data/channels.yaml").read_text())
    change(data)
    with pytest.raises(ChannelDataError) as info:
        parse_rules(data, "channels.yaml")
    assert info.value.code == "E231" and isinstance(info.value, DataFileError)
    assert words in info.value.message and "channels.yaml" in info.value.line()


# --- the seed report, stored ---------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_engine():
    engine = connect(seed_store())
    yield engine
    engine.dispose()


def _events(engine, *words):
    e = t.events
    with engine.connect() as conn:
        rows = conn.execute(select(e.c.id, e.c.type, e.c.channel, e.c.channel_reason, e.c.evidence)).all()
    return [r for r in rows if all(w.lower() in (r.evidence or "").lower() for w in words)]


@pytest.mark.parametrize("words, channel", [
    (("electricity", "export"), "economic"),                 # Ardakanian: export of electricity extended
    (("paid", "electricity"), "economic"),                    # Iraq paid its debt for electricity
    (("border crossings", "Masjedi"), "economic"),            # Masjedi visited the border crossings
    (("Shalamcheh border crossing",), "economic"),
    (("central banks",), "economic"),
    (("rocket attacks",), "military"),
    (("Military Attache", "met"), "military"),
    (("gravesite",), "religious_cultural"),
    (("Mehr news agency censured",), "information"),
])
def test_seed_event_channels(seed_engine, words, channel):
    rows = _events(seed_engine, *words)
    assert rows, f"no seed event with {words}"
    for r in rows:
        assert r.channel == channel, (r.evidence, r.channel_reason)


def test_seed_pilgrimage_body_is_religious(seed_engine):
    rows = _events(seed_engine, "medical protocols")
    assert rows and all(r.channel == "religious_cultural" for r in rows)


def test_seed_force_by_or_on_kataeb_hezbollah_is_military(seed_engine):
    e, ea = t.events, t.event_actors
    with seed_engine.connect() as conn:
        rows = conn.execute(select(e.c.channel, e.c.evidence).join(ea, ea.c.event_id == e.c.id)
                            .where(ea.c.actor_id == "kataeb_hezbollah", e.c.quad == "material_conflict")).all()
    assert rows and all(r.channel == "military" for r in rows)


def test_every_stored_fact_has_a_channel(seed_engine):
    with seed_engine.connect() as conn:
        for table in (t.events, t.event_occurrences, t.relations):
            rows = conn.execute(select(table.c.channel, table.c.channel_reason)).all()
            assert rows and all(r.channel and r.channel_reason for r in rows), table.name
        relations = {r.channel for r in conn.execute(select(t.relations.c.channel))}
    assert {"political", "military", "economic"} <= relations


def test_event_rows_take_their_first_tellings_channel(seed_engine):
    e, o = t.events, t.event_occurrences
    with seed_engine.connect() as conn:
        pairs = conn.execute(select(e.c.channel, o.c.channel).join(o, o.c.id == e.c.id)).all()
    assert pairs and all(a == b for a, b in pairs)


# --- migrating a store made before channels ---------------------------------------------------

def test_migration_computes_channels_for_stored_rows(tmp_path):
    url = seed_store_copy(tmp_path)
    engine = connect(url)
    with engine.begin() as conn:
        expected = dict(conn.execute(select(t.events.c.id, t.events.c.channel)).all())
        links = conn.execute(select(func.count()).select_from(t.occurrence_actors)).scalar_one()
    # Back to the schema before channels (later revisions first), then up again through 0008.
    from alembic import command
    from foothold.store.db import alembic_config
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
    with engine.connect() as conn:
        assert "channel" not in {c["name"] for c in inspect(conn).get_columns("events")}
        # (a batch-mode downgrade recreated the tables and the cascade emptied occurrence_actors)
        assert conn.execute(select(func.count()).select_from(t.occurrence_actors)).scalar_one() == links
    engine.dispose()
    engine = connect(url)       # upgrades to the newest revision
    with engine.connect() as conn:
        got = dict(conn.execute(select(t.events.c.id, t.events.c.channel)).all())
        assert conn.execute(select(t.relations.c.channel).where(t.relations.c.channel.is_(None))).first() is None
    engine.dispose()
    assert got == expected


# --- exports and extract --------------------------------------------------------------------

def test_exports_carry_the_channel(seed_engine):
    from foothold.export import Filters, export
    outs = {}
    for fmt in ("json", "stix", "plover", "csv"):
        buf = io.StringIO()
        export(seed_engine, fmt, buf, Filters())
        outs[fmt] = buf.getvalue()
    docs = json.loads(outs["json"])["documents"]
    events = [e for d in docs for e in d.get("events", [])]
    relations = [r for d in docs for r in d.get("relations", [])]
    assert events and all(e["channel"] for e in events) and all(r["channel"] for r in relations)
    bundle = json.loads(outs["stix"])
    assert any(o.get("x_foothold_channel") == "economic" for o in bundle["objects"])
    plover = [json.loads(line) for line in outs["plover"].splitlines() if line.strip()]
    assert plover and all(p["channel"] for p in plover)
    header = outs["csv"].splitlines()[0].split(",")
    assert "channel" in header



def test_export_filters_by_channel(seed_engine):
    from foothold.export import Filters, export
    from foothold.export.select import ExportFilterError
    buf = io.StringIO()
    export(seed_engine, "json", buf, Filters(channel="economic"))
    docs = json.loads(buf.getvalue())["documents"]
    events = [e for d in docs for e in d["events"]]
    relations = [r for d in docs for r in d["relations"]]
    assert events and relations
    assert all(r["channel"] == "economic" for r in relations)
    with seed_engine.connect() as conn:
        wanted = set(conn.execute(select(t.events.c.id).where(t.events.c.channel == "economic")).scalars())
    assert {e["event_id"] for e in events} == wanted
    with pytest.raises(ExportFilterError) as info:
        Filters(channel="spiritual")
    assert info.value.code == "E501"
