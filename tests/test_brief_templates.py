"""Sentence templates of the brief (analyze.brief_templates): every PLOVER type and mode covered,
malformed files refused with E270, events turned into plain dated sentences."""

import pytest
import yaml
from importlib import resources

from foothold.analyze.brief_templates import (BriefTemplateError, event_sentence, human_date, join_names,
                                              parse_templates, templates)


def _person(i, name):
    return {"id": i, "name": name, "type": "country"}


def test_every_plover_type_has_all_forms():
    plover = yaml.safe_load(resources.files("foothold").joinpath("data/plover.yaml").read_text(encoding="utf-8"))
    found = templates()
    assert set(found) == set(plover["types"])
    for name, entry in found.items():
        assert set(entry["forms"]) == {"both", "source", "target", "none"}, name
        assert set(entry["modes"]) <= set(plover["types"][name]["modes"]), name     # no mode PLOVER lacks


@pytest.mark.parametrize("text,words", [
    ("version: 2\ntypes: {}", "version"),
    ("version: 1\ntypes:\n  AGREE: {both: '{source} agreed'}", "AGREE.both"),
    ("version: 1\ntypes:\n  AGREE: {both: '{source} x {target}', source: '{source}', target: '{target}'}", "missing none"),
    ("version: 1\ntypes:\n  AGREE: {both: '{source} x {target}', source: '{source}', target: '{target}', none: 'x',"
     " modes: {visit: {wrong: 'x'}}}", "unknown form 'wrong'"),
    ("version: 1\ntypes: [", "invalid brief templates"),
])
def test_malformed_templates_are_refused(text, words):
    with pytest.raises(BriefTemplateError) as info:
        parse_templates(text, "brief.yaml")
    assert info.value.code == "E270" and words in info.value.line() and "brief.yaml" in info.value.line()


def test_event_sentences():
    iraq, iran = _person("iraq", "Iraq"), _person("iran", "Iran")
    ev = {"type": "AGREE", "mode": "agreement", "date": "2020-06-17", "dated_by": "event",
          "source": [iraq], "target": [iran], "location": None, "role": "toward", "via": [], "named_only": None}
    assert event_sentence(ev, "Iran") == "On 17 June 2020, Iraq and Iran signed an agreement."
    kh = {"id": "kh", "name": "Kataeb Hezbollah", "type": "organization"}
    ev = {"type": "ASSAULT", "mode": "rocket", "date": "2020-03", "dated_by": "event", "source": [kh],
          "target": [_person("usa", "United States")], "location": {"id": "b", "name": "Baghdad"},
          "role": "via_proxies", "via": ["Kataeb Hezbollah → Iran"], "named_only": None}
    assert event_sentence(ev, "Iran") == ("In March 2020, Kataeb Hezbollah fired rockets at United States in Baghdad "
                                          "(for Iran: Kataeb Hezbollah → Iran).")
    ev = {"type": "ASSAULT", "mode": "assassination", "date": "2020-01", "dated_by": "event", "source": [],
          "target": [_person("a", "Qasem Soleimani"), _person("b", "Abu Mahdi al-Muhandis")], "location": None,
          "role": "against", "via": ["Qasem Soleimani → Qods Force → Iran"], "named_only": None}
    assert event_sentence(ev, "Iran") == ("In January 2020, Qasem Soleimani and Abu Mahdi al-Muhandis were "
                                          "assassinated (against Iran's proxy: Qasem Soleimani → Qods Force → Iran).")
    ev = {"type": "SANCTION", "mode": "border closure", "date": "2020-06-30", "dated_by": "document", "source": [],
          "target": [], "location": None, "role": "against", "via": [], "named_only": ["Iran"]}
    assert event_sentence(ev, "Iran") == ("In a report dated 30 June 2020, a border crossing was closed "
                                          "(its words name Iran).")


def test_dates_and_names():
    assert human_date("2020-06-03") == "3 June 2020" and human_date("2020-06") == "June 2020"
    assert human_date("2020") == "2020" and human_date(None) == ""
    assert join_names(["A", "B", "C", "A"]) == "A, B and C" and join_names(["A"]) == "A" and join_names([]) == ""
