"""A date's words are no part of the name written after them (irq21, actors/calendar.py and dates.DATED_NAME).
Sentences are our own, from arenas other than the text that showed the need."""

import pytest

from foothold.extract.actors.calendar import date_opening
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _names(tmp_path, text: str) -> list[str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [a.name for a in run(read_document(path)).actors]


@pytest.mark.parametrize("text,name", [
    ("On 21 October Wagner Group's commanders left the town of Bakhmut.", "Wagner Group"),
    ("On 2 June Houthi Movement officials denied the report.", "Houthi Movement"),
    ("On 5 March Hezbollah's fighters fired at a post near Metula.", "Hezbollah"),
    ("Since 12 May Sinaloa Cartel gunmen have blocked the road.", "Sinaloa Cartel")])
def test_a_day_first_date_is_cut_from_the_name_after_it(tmp_path, text, name):
    names = _names(tmp_path, text)
    assert name in names, names
    assert not any(n != name and n.endswith(name) for n in names), names


@pytest.mark.parametrize("text,name", [
    ("The March 23 Movement seized Goma.", "March 23 Movement"),
    ("The 14 March Alliance won a majority in parliament.", "14 March Alliance"),
    ("Supporters of the April 6 Youth Movement marched in Cairo.", "April 6 Youth Movement")])
def test_a_date_naming_a_group_stays_in_its_name(tmp_path, text, name):
    assert name in _names(tmp_path, text)


def test_date_opening_reads_the_date_before_a_name_only():
    text = "On 21 October Kataib Hezbollah spoke. Theresa May spoke. in October Hamas spoke. On Monday Fatah spoke."
    at = text.index
    assert date_opening(text, at("21 October"), at(" spoke")) == len("21 October ")
    assert date_opening(text, at("Theresa"), at(" spoke. in")) == 0
    assert date_opening(text, at("May spoke"), at(" spoke. in")) == 0
    assert date_opening(text, at("October Hamas"), at(" spoke. On")) == len("October ")
    assert date_opening(text, at("Monday"), len(text) - len(" spoke.")) == len("Monday ")


def test_a_month_after_a_sentence_opening_preposition_is_the_date():
    # evargs9: "In May X's office" -- the NER took "May X" as one person
    text = "In May Mwangi's office welcomed the vote. Later Theresa May spoke."
    at = text.index
    assert date_opening(text, at("May Mwangi"), at("'s office")) == len("May ")
    assert date_opening(text, at("Theresa"), at(" spoke")) == 0
