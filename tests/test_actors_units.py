"""Military units, ranks and titles after their holders on unseen text (issue 8, actors9): each rule with sentences of
our own."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _extraction(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _types(tmp_path, text: str) -> dict[str, str]:
    return {a.name: a.type for a in _extraction(tmp_path, text).actors}


def _mentions(tmp_path, text: str) -> dict[str, str]:
    """Each mention's text and type (re3d scores mention spans)."""
    return {m.text: m.type for a in _extraction(tmp_path, text).actors for m in a.mentions}


@pytest.mark.parametrize("text,unit", [
    ("Gunners of the 29th Commando Regiment shelled the ridge above Port Stanley.", "29th Commando Regiment"),
    ("Pilots from the 48th Fighter Wing flew over Benghazi.", "48th Fighter Wing")])
def test_an_ordinal_and_a_unit_head_the_ner_missed_name_a_unit(tmp_path, text, unit):
    assert _types(tmp_path, text).get(unit) == "organization"


def test_a_states_numbered_unit_is_named_whole_and_the_state_mentioned(tmp_path):
    mentions = _mentions(tmp_path, "A frigate of the U.S. 7th Fleet sailed past Taiwan on Monday.")
    assert mentions.get("U.S. 7th Fleet") == "organization"
    assert mentions.get("U.S.") == "country"


def test_a_unit_before_area_of_operations_stays_a_unit(tmp_path):
    mentions = _mentions(tmp_path, "Minesweepers patrol the U.S. 7th Fleet area of operations near Okinawa.")
    assert mentions.get("U.S. 7th Fleet") == "organization"


@pytest.mark.parametrize("text,unit", [
    ("Sappers of Combat Engineer Unit Four cleared the road to Kunduz.", "Combat Engineer Unit Four"),
    ("Medics of Forward Surgical Unit 12 reached Bamako.", "Forward Surgical Unit 12")])
def test_a_unit_numbered_after_its_head_keeps_its_number(tmp_path, text, unit):
    assert _types(tmp_path, text).get(unit) == "organization"


def test_a_numbered_task_force_the_ner_calls_a_product_is_a_unit(tmp_path):
    types = _types(tmp_path, "Task Force 151 seized a skiff off the coast of Somalia.")
    assert types.get("Task Force 151") == "organization"


@pytest.mark.parametrize("text,person,mention", [
    ("Petty Officer 3rd Class Lena Hart was wounded in the blast at Aden.", "Lena Hart",
     "Petty Officer 3rd Class Lena Hart"),
    ("Aviation Boatswain's Mate 1st Class Omar Reyes died on the carrier.", "Omar Reyes", None),
    ("Private First Class Jonah Whitfield was killed near Fallujah.", "Jonah Whitfield",
     "Private First Class Jonah Whitfield")])
def test_a_ranks_class_is_no_part_of_the_name(tmp_path, text, person, mention):
    x = _extraction(tmp_path, text)
    people = {a.name: a for a in x.actors if a.type == "person"}
    assert person in people
    assert not any("Class" in name for name in people)
    if mention:
        assert mention in {m.text for m in people[person].mentions}


def test_a_rating_before_its_class_holds_no_body(tmp_path):
    types = _types(tmp_path, "Hospital Corpsman 2nd Class Ruth Adeyemi treated the wounded in Mosul.")
    assert types.get("Ruth Adeyemi") == "person"
    assert "Hospital Corpsman" not in types


def test_a_class_with_no_rank_before_it_is_left_alone(tmp_path):
    types = _types(tmp_path, "The First Class Lounge at Heathrow was closed by police.")
    assert not any(t == "person" for t in types.values())


def test_a_bidirectional_mark_inside_a_title_hides_no_name(tmp_path):
    """Web pages leave a left-to-right mark after words beside Arabic names: the NLP reads the text without it, the
    mention keeps its original offsets."""
    text = "Jordanian Foreign Minister\u200e Ayman Safadi met envoys in Amman\u200f."
    x = _extraction(tmp_path, text)
    person = next(a for a in x.actors if a.type == "person")
    assert person.name == "Ayman Safadi"
    assert any(text[m.start:m.end] == "Jordanian Foreign Minister\u200e Ayman Safadi" for m in person.mentions)


@pytest.mark.parametrize("text,person,title", [
    ("Maj. Gen. Ruth Okello, commander of the Eastern Brigade, said the road to Gulu was open.", "Ruth Okello",
     "commander of the Eastern Brigade"),
    ("Pilar Ramos, the Coast Guard spokeswoman, said the search off Cadiz would go on.", "Pilar Ramos",
     "Coast Guard spokeswoman"),
    ("Tomas Berg, Nordic Battalion commander, inspected the camp near Tuzla.", "Tomas Berg", "Nordic Battalion commander")])
def test_a_title_apposed_after_its_holder_is_a_mention_of_the_holder(tmp_path, text, person, title):
    x = _extraction(tmp_path, text)
    holder = next(a for a in x.actors if a.name == person)
    assert title in {m.text for m in holder.mentions}
    assert not any(a.name == title for a in x.actors)


def test_a_body_inside_an_apposed_title_keeps_its_tie_to_the_holder(tmp_path):
    x = _extraction(tmp_path, "Maj. Gen. Ruth Okello, commander of the Eastern Brigade, said the road to Gulu was open.")
    body = next(a for a in x.actors if a.name.endswith("Eastern Brigade"))
    assert body.type == "organization"
    names = {a.id: a.name for a in x.actors}
    assert any(names.get(r.subject) == "Ruth Okello" and r.object == body.id for r in x.relations)


def test_an_apposition_that_is_no_title_is_no_mention(tmp_path):
    x = _extraction(tmp_path, "Samuel Otieno, a farmer from Kisumu, said the soldiers came at night.")
    holder = next(a for a in x.actors if a.name == "Samuel Otieno")
    assert {m.text for m in holder.mentions} == {"Samuel Otieno"}


@pytest.mark.parametrize("text,names", [
    ("Both capitals praised the U.S.-Mexico security pact signed in El Paso.", {"U.S.": "country", "Mexico": "country"}),
    ("U.K.-EU fishing talks broke down in Brussels.", {"U.K.": "country", "EU": "organization"})])
def test_states_joined_to_a_dotted_abbreviation_by_a_hyphen_are_each_mentioned(tmp_path, text, names):
    mentions = _mentions(tmp_path, text)
    for name, type_ in names.items():
        assert mentions.get(name) == type_


@pytest.mark.parametrize("text,unit,absent", [
    ("The destroyer joined CTF 151 off the coast of Djibouti.", "CTF 151", None),
    ("The Dutch navy now leads CTF 465 in the Gulf of Aden.", "CTF 465", None),
    ("The RSF 40 fighters were captured near El Fasher.", None, "RSF 40"),
    ("The SPLA 25 km from Juba held its ground.", None, "SPLA 25")])
def test_a_units_acronym_takes_its_number_but_not_a_count(tmp_path, text, unit, absent):
    mentions = _mentions(tmp_path, text)
    if unit:
        assert mentions.get(unit) == "organization"
    if absent:
        assert absent not in mentions


def test_a_press_secretary_is_named_whole_with_the_body_before_the_title(tmp_path):
    x = _extraction(tmp_path, "Kremlin Press Secretary Dmitry Peskov told reporters the talks in Minsk were over.")
    person = next(a for a in x.actors if a.type == "person")
    assert person.name == "Dmitry Peskov"
    assert "Kremlin Press Secretary Dmitry Peskov" in {m.text for m in person.mentions}


def test_an_outlet_named_press_stays_an_outlet(tmp_path):
    types = _types(tmp_path, "The Canadian Press reported the fire in Halifax.")
    assert not any(t == "person" for t in types.values())


def test_a_bare_title_word_apposed_to_a_holder_is_no_mention(tmp_path):
    x = _extraction(tmp_path, "Gen. Amara Diallo, commander, West African Standby Force, visited Bamako.")
    holder = next(a for a in x.actors if a.type == "person")
    assert "commander" not in {m.text for m in holder.mentions}


def test_a_bodys_name_goes_on_with_of_a_generic_body_phrase(tmp_path):
    types = _types(tmp_path, "The Southern Group of Kenyan Forces moved to Kismayo.")
    assert types.get("Southern Group of Kenyan Forces") == "organization"
    assert "Kenyan Forces" not in types


def test_a_listed_body_after_of_stays_its_own(tmp_path):
    from foothold.extract.dictionary import load_dictionary, load_lexicon
    from foothold.extract.actors.extending import _extend_of_generic_body
    from foothold.extract.nlp import load_nlp
    from spacy.tokens import Span
    doc = load_nlp()("The Logistics Command of the Revolutionary Guard moved to Ahvaz.")
    span = Span(doc, 1, 3, label="ORG")                  # "Logistics Command"
    assert _extend_of_generic_body(span, load_lexicon(), load_dictionary()) == span
    doc = load_nlp()("The Logistics Command of the Armed Forces moved to Ahvaz.")
    span = Span(doc, 1, 3, label="ORG")
    assert _extend_of_generic_body(span, load_lexicon(), load_dictionary()).text == "Logistics Command of the Armed Forces"


def test_a_double_surname_cut_at_its_hyphen_is_joined(tmp_path):
    types = _types(tmp_path, "Former president Ellen Johnson-Sirleaf opened the clinic in Monrovia.")
    assert types.get("Ellen Johnson-Sirleaf") == "person"
    assert "Ellen Johnson" not in types


def test_a_person_span_cut_before_a_hyphened_surname_takes_it():
    from spacy.tokens import Span
    from foothold.extract.actors.extending import _extend_person
    from foothold.extract.dictionary import load_dictionary, load_lexicon
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Mayor Alicia Bravo-Lopez reopened the market in Oaxaca.")
    span = Span(doc, 1, 3, label="PERSON")               # "Alicia Bravo", as an NER cut would leave it
    doc.ents = [span]
    assert _extend_person(span, load_lexicon(), load_dictionary()).text == "Alicia Bravo-Lopez"


def test_two_leaders_joined_by_a_hyphen_before_a_noun_stay_two(tmp_path):
    types = _types(tmp_path, "The Emmanuel Macron-Scholz meeting in Berlin ended early.")
    assert not any("-" in name for name, t in types.items() if t == "person")
