"""events/futures.py: a stated future act typed by PLOVER (issue 8, evtype). Harm a speaker says will be done
threatens (THREATEN) over any cue of blame, readiness or endorsement in the statement; a promised cooperative act
is a promise (AGREE), not the aid or endorsement done. Sentences written for these tests (Andean arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.futures import future_words

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Arica": ("arica", "place"), "Tacna": ("tacna", "place"), "Pedro Ruiz": ("ruiz", "person"),
          "Ana Soto": ("soto", "person")}
HEADER = "source: https://example.org/andes.html\ntitle: Andes report (Reuters, 5 May 2011)\n\n"


def types(tmp_path, sentence: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events]


@pytest.mark.parametrize("sentence", [
    # a hostile judgement, with "as" hung on a noun far below the verb, outranks the blame cue "hostile"
    "Ana Soto said her forces would treat any aircraft flying over Arica without permission as hostile.",
    # readiness to use means against someone outranks the cooperative cue "ready"
    "Ana Soto said Chile was ready to use every tool at its disposal against those who undermine the truce.",
    # a harm verb in a backshifted future, with a blame cue ("abuses") in the statement
    "Pedro Ruiz said on Monday that his fighters would resist any Peruvian force that committed abuses.",
])
def test_harm_a_statement_says_will_be_done_threatens(tmp_path, sentence):
    assert types(tmp_path, sentence) == ["THREATEN"]


@pytest.mark.parametrize("sentence", [
    '"We will respond firmly and proportionately to attacks on our soldiers," Pedro Ruiz said.',
    '"We will hold accountable those responsible," Ana Soto said in a statement.',
])
def test_a_first_person_future_of_harm_threatens(tmp_path, sentence):
    assert "THREATEN" in types(tmp_path, sentence) and "AGREE" not in types(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Pedro Ruiz said he would respond to the letter from Ana Soto next week.",     # answering no hostile act
    "Ana Soto said her forces would not treat aircraft flying over Arica as hostile.",   # negated
])
def test_no_harm_meant_no_threat(tmp_path, sentence):
    assert "THREATEN" not in types(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "Pedro Ruiz said Chile would continue to support Peru's bid to join the trade bloc.",
    "Pedro Ruiz underscored that Chile will maintain its food assistance to the people of Peru.",
    "Ana Soto announced that Chile will provide an additional $30 million in assistance to help Peru rebuild its ports.",
])
def test_a_promised_cooperative_act_is_a_promise(tmp_path, sentence):
    assert types(tmp_path, sentence) == ["AGREE"]


def test_aid_told_as_given_stays_aid(tmp_path):
    sentence = "Ana Soto said Chile had provided $30 million in assistance to Peru."
    assert "AGREE" not in types(tmp_path, sentence)


def test_the_vocabulary_is_validated_when_loaded(tmp_path):
    assert "resist" in future_words().harm_verbs and "AID" in future_words().promised_types
    bad = tmp_path / "futures.yaml"
    bad.write_text("harm_verbs: resist\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        future_words(str(bad))
