"""Common nouns capitalised by their place at a sentence's or a heading's start are no actors (issue 8, actors25):
"Gunfire rang out", a heading's "Screens and speakers", "Border crossings watch", a section heading "Outlook".
And a legislature named by one word of its own language that "declared" is a body.
The place of "the Mayor of X, Y," stays an actor.
Sentences and names of our own, from other arenas."""

from pathlib import Path

from spacy.tokens import Span

from foothold.extract.actors.opening_words import common_word_opening
from foothold.extract.dictionary import load_dictionary, load_lexicon
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


def _opening(text: str, start: int, label: str) -> bool:
    doc = load_nlp()(text)
    return common_word_opening(Span(doc, start, start + 1, label=label), doc.text, load_lexicon(), load_dictionary())


def test_a_sound_opening_a_sentence_is_no_person(tmp_path):
    actors = _actors(tmp_path, "Rifle fire in the north\n\nGunfire rang out over Maseru before dawn on Sunday. "
                               "Soldiers took over the radio station, a police spokesman said.")
    assert "Gunfire" not in actors
    assert actors.get("Maseru") == "place"


def test_a_plural_noun_opening_a_heading_is_no_person(tmp_path):
    actors = _actors(tmp_path, "Screens and speakers: Moscow's media in Serbia\n\nThe channels carry the Kremlin's "
                               "line, said Dragan Petrovic.")
    assert "Screens" not in actors
    assert actors.get("Dragan Petrovic") == "person"


def test_the_shape_rule_on_tagged_spans():
    assert _opening("Border crossings watch: Armenia's crossings with Georgia\n", 0, "PERSON")
    # a place tag stays: WordNet lists provinces and states too
    assert not _opening("Manitoba Premier Ann Rigby said the tolls would stay.\n", 0, "GPE")
    # a speaking verb after it: a person
    assert not _opening("Lincoln said the vote would come on Friday.\n", 0, "PERSON")
    assert _opening("Trade fell in March.\nOutlook\nWe expect the Sejm to approve the bill.\n", 6, "ORG")
    # a company opening a sentence may be a company: a body must stand alone on its line
    assert not _opening("Shell said on Monday it would sell its stake.\n", 0, "ORG")
    # written capitalised alone inside a sentence elsewhere: a name
    assert not _opening("Bush spoke first. Reporters then asked Bush about Iraq.\n", 0, "PERSON")
    # not at a sentence's or line's start
    assert not _opening("The talks with Gunfire went on.\n", 3, "PERSON")
    # a given name, a dictionary state
    assert not _opening("Rose told reporters the plan stood.\n", 0, "PERSON")
    assert not _opening("Turkey said it would close the border.\n", 0, "GPE")


def test_names_that_are_english_words_stay(tmp_path):
    actors = _actors(tmp_path, "George Bush met Tony Blair on Monday. Bush said the talks went well. "
                               "Turkey said it would close the border.")
    assert actors.get("George Bush") == "person"
    assert actors.get("Turkey") == "country"


def test_a_legislature_that_declares_is_a_body(tmp_path):
    # data/voting_bodies.yaml `body_acts`: declare (actors25)
    actors = _actors(tmp_path, "In May 2021 the Folketing declared Belarus a threat to the region, and since then "
                               "the government has closed two crossings.")
    assert actors.get("Folketing") == "organization"
    assert actors.get("Belarus") == "country"


def test_the_place_of_a_capitalised_mayor_apposed_to_the_holder_stays(tmp_path):
    # extractor._jurisdiction_at: the role "the Mayor of X" no longer swallows X (actors25)
    text = "The Mayor of Tshwane, Sipho Dlamini, said the city would open two shelters on Monday."
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    extraction = run(read_document(path))
    actors = {a.name: a.type for a in extraction.actors}
    assert actors.get("Tshwane") == "place"
    assert actors.get("Sipho Dlamini") == "person"
    assert ("sipho_dlamini", "leads", "tshwane") in {(r.subject, r.predicate, r.object) for r in extraction.relations}
    # a portfolio after a title stays inside the title
    actors = _actors(tmp_path, "The Minister for the Middle East, Tobias Ellwood, met the envoy on Monday.")
    assert "Middle East" not in actors
