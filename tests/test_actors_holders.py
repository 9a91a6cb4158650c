"""Holders and bodies the actor layer missed or cut (issue 8, actors10): each mechanism with sentences of our own,
from arenas other than the texts that showed the need."""

import pytest

from foothold.extract.actors.extractor import ActorExtractor
from foothold.extract.actors.honored import _honored_runs
from foothold.extract.actors.titled import _split_title_inside
from foothold.extract.actors.widening import _subject_after_fronted_phrase
from foothold.extract.dictionary import load_lexicon
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run
from foothold.ingest import read_document
from spacy.tokens import Span


def _actors(tmp_path, text: str) -> dict[str, tuple[str, list[str]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, a.aliases) for a in run(read_document(path)).actors}


# --- a long name after a personal honorific (honored.py, lexicon name_run_openers) ---

@pytest.mark.parametrize("text,name", [
    ("Sheikh Nasser Mohammed Al-Ahmad Al-Sabah left Kuwait on Monday.", "Nasser Mohammed Al-Ahmad Al-Sabah"),
    ("Sheikh Salem Abdullah Al-Jaber Al-Sabah met the envoy in Kuwait City.", "Salem Abdullah Al-Jaber Al-Sabah")])
def test_a_long_name_after_sheikh_is_one_person_not_an_outlet(tmp_path, text, name):
    actors = _actors(tmp_path, text)
    assert actors.get(name, ("",))[0] == "person"
    assert not any(type_ == "media" for type_, _ in actors.values())


def test_a_states_name_inside_an_honoured_name_is_no_state(tmp_path):
    actors = _actors(tmp_path, "Hajji Chad Gul Khan was freed in Khost.")
    assert actors.get("Chad Gul Khan", ("",))[0] == "person"
    assert "Hajji Chad Gul Khan" in actors["Chad Gul Khan"][1]        # the courtesy form is an alias
    assert "Chad" not in actors


def test_a_courtesy_word_before_one_word_names_no_person(tmp_path):
    actors = _actors(tmp_path, "Lorries queued at the Haji Lalak crossing on the border.")
    assert all(type_ != "person" for type_, _ in actors.values())


def test_honored_runs_cut_nothing_closed_by_a_head_word_or_read_whole():
    nlp, lexicon = load_nlp(), load_lexicon()
    doc = nlp("Crowds gathered at the Sheikh Zayed Grand Mosque in Abu Dhabi.")
    assert _honored_runs(doc, list(doc.ents), lexicon) == list(doc.ents)
    doc = nlp("Sheikh Hasina flew to Delhi.")            # one name word: nothing to join
    assert _honored_runs(doc, list(doc.ents), lexicon) == list(doc.ents)


def test_an_honored_run_replaces_the_pieces_inside_it():
    nlp, lexicon = load_nlp(), load_lexicon()
    doc = nlp("Mullah Niger Abdul Wahid addressed elders in Ghazni.")
    pieces = [Span(doc, 1, 2, label="GPE"), Span(doc, 2, 4, label="PERSON")]
    runs = _honored_runs(doc, pieces, lexicon)
    assert [(e.text, e.label_) for e in runs] == [("Niger Abdul Wahid", "PERSON")]


# --- a title inside a body-title-name run (titled.py) ---

@pytest.mark.parametrize("text,person,body", [
    ("Botswana National Assembly Speaker Dithapelo Keorapetse opened the session.", "Dithapelo Keorapetse",
     "Botswana National Assembly"),
    ("Namibian National Council Chairperson Lukas Muha opened the session.", "Lukas Muha", "Namibian National Council")])
def test_a_title_after_a_body_head_splits_body_and_holder(tmp_path, text, person, body):
    actors = _actors(tmp_path, text)
    assert actors.get(person, ("",))[0] == "person"
    assert actors.get(body, ("",))[0] == "organization"


def test_split_title_inside_splits_an_org_span_and_keeps_a_unit_name():
    nlp, lexicon = load_nlp(), load_lexicon()
    doc = nlp("Lesotho National Assembly Speaker Tlohang Sekhamane spoke.")
    pieces = _split_title_inside(Span(doc, 0, 6, label="ORG"), lexicon)
    assert [(p.text, p.label_) for p in pieces] == [("Lesotho National Assembly", "ORG"), ("Tlohang Sekhamane", "PERSON")]
    doc = nlp("The Army Special Operations Command Headquarters issued a statement.")
    whole = Span(doc, 1, 6, label="ORG")
    assert _split_title_inside(whole, lexicon) == [whole]


# --- a state's possessive at the head of a body's dictionary name (states._prefixed_states) ---

def test_a_possessive_state_heading_a_body_name_is_mentioned():
    extractor = ActorExtractor()
    text = "Kenya's Defence Ministry denied the report."
    found = [[0, 23, "organization", "dict:kenya_mod", 0, 23]]
    assert list(extractor._prefixed_states(text, found)) == [(0, 5, "dict:kenya")]
    text = "Chile\u2019s Foreign Ministry protested."
    found = [[0, 24, "organization", "ner:ORG", 0, 24]]
    assert list(extractor._prefixed_states(text, found)) == [(0, 5, "dict:chile")]


# --- a fronted phrase's place before the clause's subject (widening._subject_after_fronted_phrase) ---

@pytest.mark.parametrize("text,place,subject", [
    ("After the ambush in Kashmir, Harkat-ul-Ansar claimed the attack.", "Kashmir", "Harkat-ul-Ansar"),
    ("In the Caribbean, Venezuela seized a tanker.", "Caribbean", "Venezuela")])
def test_a_name_after_a_fronted_phrase_is_the_subject_not_a_region(tmp_path, text, place, subject):
    actors = _actors(tmp_path, text)
    assert place in actors and subject in actors


def test_subject_after_fronted_phrase_reads_the_opener_and_the_verb():
    nlp = load_nlp()
    doc = nlp("After the ambush in Kashmir, Harkat-ul-Ansar claimed the attack.")
    place = next(t.i for t in doc if t.text == "Kashmir")
    claimed = next(t for t in doc if t.text == "claimed")
    assert _subject_after_fronted_phrase(doc, place, place + 1, claimed)
    doc = nlp("Fighting near Raqqa, Syria killed ten.")     # no fronted phrase: the region of the place
    place = next(t.i for t in doc if t.text == "Raqqa")
    assert not _subject_after_fronted_phrase(doc, place, place + 1, next(t for t in doc if t.text == "killed"))


def test_a_place_and_its_region_still_join(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Fighting near Raqqa, Syria killed ten.\n", encoding="utf-8")
    mentions = [m.text for a in run(read_document(path)).actors for m in a.mentions]
    assert "Raqqa, Syria" in mentions


# --- data: groups named by their common name (conflicts.yaml); a suffixed name is a surface form ---

def test_a_group_known_by_its_common_name(tmp_path):
    actors = _actors(tmp_path, "The Tamil Tigers attacked a naval base near Jaffna.")
    assert any(type_ == "organization" and (name == "Tamil Tigers" or "Tamil Tigers" in aliases)
               for name, (type_, aliases) in actors.items())


def test_a_person_with_initials_and_a_suffix_has_the_suffixed_name_as_alias(tmp_path):
    actors = _actors(tmp_path, "Governor Martin L. Okafor, Jr. visited the port.")
    person = next((v for k, v in actors.items() if k.startswith("Martin L. Okafor")), None)
    assert person is not None and person[0] == "person"
    assert "Martin L. Okafor, Jr." in [*person[1], next(k for k in actors if k.startswith("Martin L. Okafor"))]
