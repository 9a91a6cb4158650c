"""The community lexicons (data/lexicons): conversion, validation at load, CAMEO and Phoenix lookups."""

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from foothold import lexicons as L
from foothold.extract.events import cameo
from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.nlp import load_stock

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO.parent / "shared" / "resources"


def _script():
    spec = importlib.util.spec_from_file_location("convert_lexicons", REPO / "scripts" / "convert_lexicons.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def resources() -> Path:
    if not (RESOURCES / "petrarch2" / "CAMEO.2.0.txt").is_file():
        pytest.skip(f"field resources not found at {RESOURCES}")
    return RESOURCES


@pytest.fixture(scope="module")
def built(resources):
    return _script().build(resources)


@pytest.fixture(scope="module")
def nlp():
    return load_stock()


def verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


# ------------------------------------------------------------------------------ conversion

def test_conversion_is_deterministic(resources, built, tmp_path):
    script = _script()
    again = script.build(resources)
    assert script._dump(again["cameo_verbs.json.gz"]) == script._dump(built["cameo_verbs.json.gz"])
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        script.main(["--resources", str(resources), "--out", str(tmp_path / sub)])
    for name in built:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_committed_files_equal_the_script_output(built):
    for name, obj in built.items():
        with gzip.open(L.DATA_DIR / name, "rt", encoding="utf-8") as fh:
            committed = json.load(fh)
        assert committed == json.loads(json.dumps(obj)), f"{name} is stale: run scripts/convert_lexicons.py"


def test_headers_record_counts_sources_and_licences():
    for path in (L.CAMEO_PATH, L.PHOENIX_PATH):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        assert raw["counts"] and "Open Event Data Alliance" in json.dumps(raw["sources"])
    readme = (L.DATA_DIR / "README.md").read_text()
    assert "Copyright (c) 2014 Open Event Data Alliance" in readme and "CC BY-SA 4.0" in readme
    c = L.load_cameo()
    assert c.counts["patterns"] > 4000 and c.counts["verbs"] > 1500


def test_plover_mapping_follows_table_and_manual():
    c = L.load_cameo()
    assert c.plover("111").type == "ACCUSE"
    assert c.plover("057").type == "SUPPORT"            # "sign formal agreement" (table and manual: SUPPORT)
    assert c.plover("163").type == "SANCTION"           # manual overrides the table's COERCE
    assert c.plover("190").type == "ASSAULT"
    assert c.plover("010") is None and c.plover("020") is None     # statements and appeals: no events


# ------------------------------------------------------------------------------ CAMEO lookups

@pytest.mark.parametrize("text, word, ptype, code", [
    ("Iran condemned the attack on the embassy.", "condemned", "ACCUSE", "111"),
    ("Turkish artillery shelled Kurdish villages.", "shelled", "ASSAULT", "190"),
    ("The EU imposed sanctions on Iran.", "imposed", "SANCTION", "163"),
    ("The United States imposed an embargo on Cuba.", "imposed", "SANCTION", "163"),
    ("Iraq and Iran signed an agreement on trade.", "signed", "SUPPORT", "057"),     # sign formal agreement
    ("Iraq and Iran signed a trade agreement.", "signed", "AGREE", "0311"),
    ("Iraq signed a contract with Siemens.", "signed", "COOPERATE", "060"),
    ("The two sides signed a ceasefire.", "signed", "RETREAT", "0871"),
    ("Gunmen gunned down a police officer.", "gunned", "ASSAULT", "193"),
    ("The army cordoned off the area.", "cordoned", "COERCE", "170"),
])
def test_lookup(nlp, text, word, ptype, code):
    cand = cameo.lookup(verb(nlp, text, word))
    assert cand is not None and (cand.type, cand.code) == (ptype, code)
    assert cand.pattern and cand.block


def test_lookup_prefers_the_most_specific_pattern(nlp):
    plain = cameo.lookup(verb(nlp, "The government imposed a curfew.", "imposed"))
    assert (plain.code, plain.pattern) == ("1723", "* curfew")
    assert cameo.lookup(verb(nlp, "The rebels imposed their will.", "imposed")).pattern == "block code"


def test_lookup_gives_no_event_for_null_and_non_plover_codes(nlp):
    assert cameo.lookup(verb(nlp, "The government imposed new taxes.", "imposed")) is None      # [---]
    assert cameo.lookup(verb(nlp, "Baghdad asked for help.", "asked")) is None                  # CAMEO 02
    assert cameo.lookup(verb(nlp, "The minister smiled.", "smiled")) is None                    # unknown verb


def test_fallback_only_for_verbs_the_plover_lexicon_lacks(nlp, monkeypatch):
    lex = load_lexicon()
    monkeypatch.setattr(cameo, "POLICY", "all")
    assert cameo.fallback_trigger(verb(nlp, "Turkish artillery shelled Kurdish villages.", "shelled"), lex) is None
    trig = cameo.fallback_trigger(verb(nlp, "Militants ransacked the police station.", "ransacked"), lex)
    assert trig is not None and trig.type == "ASSAULT"
    monkeypatch.setattr(cameo, "POLICY", "off")
    assert cameo.fallback_trigger(verb(nlp, "Militants ransacked the police station.", "ransacked"), lex) is None


# ------------------------------------------------------------------------------ Phoenix actors

def test_maliki_is_a_dated_iraqi_government_person():
    kind, evidence = L.phoenix_type("Nuri al-Maliki", "2010-05-01")
    assert kind == "person" and "IRQGOV" in evidence
    assert L.Role("IRQ", "GOV", "2006-05-20", "2014-09-08") in L.phoenix_roles("Nouri al-Maliki")
    assert L.phoenix_roles("Nuri al-Maliki", "2010-05-01") == [("IRQ", "GOV", "2006-05-20", "2014-09-08")]
    assert [r.role for r in L.phoenix_roles("Nuri al-Maliki", "2016-01-01")] == ["ELI"]    # the undated default


def test_variant_kinds_inside_group_entries():
    assert L.phoenix_type("ISIS")[0] == "organization"
    assert L.phoenix_type("Abu Bakr al-Baghdadi")[0] == "person"        # listed under ISIL
    assert L.phoenix_type("Hezbollah")[0] == "organization"
    assert L.phoenix_type("Baghdad") == (None, L.phoenix_type("Baghdad")[1]) and "place" in L.phoenix_type("Baghdad")[1]
    assert L.phoenix_type("Nobody Inparticular")[0] is None
    assert L.lookup_actor("AL-MALIKI")[0].name == "NURI AL MALIKI"


# ------------------------------------------------------------------------------ validation at load

def _write(tmp_path, name, obj) -> str:
    p = tmp_path / name
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        json.dump(obj, fh)
    return str(p)


def _cameo(**over):
    raw = {"format": "foothold.cameo_verbs", "version": 1, "sources": {}, "counts": {},
           "codes": {"111": {"type": "ACCUSE", "mode": "disapprove"}, "010": None},
           "synsets": {"&weapon": ["gun"]},
           "blocks": [{"name": "BLAME", "code": "111", "patterns": [{"obj": "&weapon", "code": "111"}]}],
           "verbs": {"condemn": [{"block": 0}]}}
    raw.update(over)
    return raw


def _phoenix(entries=None, names=None):
    return {"format": "foothold.phoenix_actors", "version": 1, "sources": {}, "counts": {},
            "entries": entries if entries is not None else
            [["NURI AL MALIKI", "p", "c", "IRQGOV 2006-05-20 2014-09-08;IRQELI - -"]],
            "names": names if names is not None else {"nuri al maliki": "0p"}}


def test_well_formed_files_built_in_code_load(tmp_path):
    c = L.load_cameo(_write(tmp_path, "c.json.gz", _cameo()))
    assert c.verbs["condemn"][0].code == "111"
    p = L.load_phoenix(_write(tmp_path, "p.json.gz", _phoenix()))
    assert p.lookup("Nuri al-Maliki")[0].kind == "person"


@pytest.mark.parametrize("over, message", [
    ({"codes": {"111": {"type": "CONDEMN"}}}, "16 PLOVER types"),
    ({"codes": {"1x1": {"type": "ACCUSE"}}}, "CAMEO code"),
    ({"verbs": {"condemn": [{"block": 3}]}}, "'block' must index"),
    ({"blocks": [{"name": "B", "code": "999", "patterns": []}]}, "not in 'codes'"),
    ({"synsets": {}}, "unknown word or synset"),
    ({"blocks": None}, "missing section"),
])
def test_malformed_cameo_file_is_a_coded_error(tmp_path, over, message):
    raw = _cameo(**over)
    if over.get("blocks", 0) is None:
        del raw["blocks"]
    with pytest.raises(L.CameoLexiconError) as err:
        L.load_cameo(_write(tmp_path, "bad.json.gz", raw))
    assert err.value.code == "E221" and message in err.value.message


@pytest.mark.parametrize("entries, names, message", [
    ([["X", "p", "c", "IRQGOV 2006-13-40 -"]], None, "YYYY-MM-DD"),
    ([["X", "p", "c", "IRQGOV 20060520 -"]], None, "YYYY-MM-DD"),
    ([["X", "p", "c", "IRQGOV 2006-02-30 -"]], None, "malformed date"),
    ([["X", "p", "c", "IRQGOV 2014-01-01 2006-01-01"]], None, "before it starts"),
    ([["X", "r", "c", ""]], None, "unknown kind"),
    ([["X", "p", "c", "irq gov - -"]], None, "CAMEO-CODE"),
    ([["X", "p"]], None, "needs [name, kind, source, codes]"),
    (None, {"x": "5p"}, "outside the 1 entries"),
    (None, {"x": "0q"}, "entry-index kind-letter"),
])
def test_malformed_phoenix_file_is_a_coded_error(tmp_path, entries, names, message):
    with pytest.raises(L.PhoenixLexiconError) as err:
        L.load_phoenix(_write(tmp_path, "bad.json.gz", _phoenix(entries, names)))
    assert err.value.code == "E222" and message in err.value.message


def test_unreadable_file_is_a_coded_error(tmp_path):
    p = tmp_path / "broken.json.gz"
    p.write_bytes(b"not gzip")
    with pytest.raises(L.CameoLexiconError) as err:
        L.load_cameo(str(p))
    assert err.value.code == "E221" and err.value.path == str(p)


def test_roles_take_partial_dates_and_open_ranges():
    assert L.phoenix_roles("Haidar al-Abadi", "2016") == [("IRQ", "GOV", "2014-09-08", None)]
    assert L.phoenix_roles("Haidar al-Abadi", "2010-03") == []           # not yet in office, no default
    assert L.phoenix_roles("Nobody Inparticular") == []


def test_phoenix_generic_agents_with_their_plurals():
    assert L.agent_code("rebel") == "REB" and L.agent_code("Rebels") == "REB"
    assert L.agent_code("Gunmen") == L.agent_code("gunman") == "UAF"
    assert L.agent_code("policeman") == "COP"          # "POLICE!PERSON!" expanded by the file's own rule
    assert L.agent_code("Hezbollah") is None and L.agent_code("Houthis") is None


def test_a_malformed_agent_file_is_a_coded_error(tmp_path):
    bad = tmp_path / "agents.json"
    bad.write_text(json.dumps({"format": "foothold.phoenix_agents", "version": 1, "agents": {"Rebel": "REB"}}))
    with pytest.raises(L.AgentLexiconError) as err:
        L.load_agents(str(bad))
    assert "[E223]" in err.value.line() and "lower-case" in str(err.value)
