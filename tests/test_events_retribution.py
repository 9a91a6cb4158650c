"""events/retribution.py (issue 8, statements2): a said future promising retribution threatens (PLOVER THREATEN); one
keeping the speaker's side's pledge promises (AGREE). Sentences written for these tests (Andean arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.retribution import retribution_words
from foothold.model import Relation

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Shining Path": ("sp", "organization"),
          "Pedro Ruiz": ("ruiz", "person"), "Ana Soto": ("soto", "person")}
HEADER = "source: https://example.org/andes.html\ntitle: Andes report (Reuters, 5 May 2011)\n\n"


def said_by(tmp_path, sentence: str, speaker: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events if speaker in e.source]


@pytest.mark.parametrize("sentence", [
    "President Ana Soto said the killing of the governor would not go unpunished.",
    "Ana Soto said on Monday that the ambush of the patrol will not go unanswered.",
    "Defence Minister Pedro Ruiz affirmed that the armed forces will not rest until the Shining Path is defeated.",
    "Pedro Ruiz wrote that the Shining Path's allies in the cabinet would pay for its deeds.",
])
def test_retribution_promised_threatens(tmp_path, sentence):
    assert said_by(tmp_path, sentence, "soto" if "Soto" in sentence else "ruiz") == ["THREATEN"]


@pytest.mark.parametrize("sentence", [
    "Pedro Ruiz said Chile would pay for the reconstruction of the bridge.",     # money paid, no misdeed
    "Pedro Ruiz said the talks will not stop until a deal is reached.",            # no conflict act awaited
    "Ana Soto said the killing of the governor had gone unpunished for years.",     # no future
])
def test_no_retribution_no_threat(tmp_path, sentence):
    assert "THREATEN" not in said_by(tmp_path, sentence, "soto" if "Soto" in sentence else "ruiz")


def test_keeping_its_own_commitments_is_a_promise(tmp_path):
    sentence = "Army spokesman Pedro Ruiz said the army would keep its commitments as long as the rebels did."
    assert said_by(tmp_path, sentence, "ruiz") == ["AGREE"]


def test_another_partys_kept_pledge_is_a_prediction(tmp_path):
    sentence = "Ana Soto of Peru said Chile would honour the truce."
    assert "AGREE" not in said_by(tmp_path, sentence, "soto")


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("unpunished_stems: [punish]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        retribution_words(str(bad))


def test_a_capital_as_the_subject_is_the_speakers_state(tmp_path):
    actors = {**ACTORS, "London": ("london", "place"), "United Kingdom": ("uk", "country")}
    text = HEADER + "Ana Soto of the United Kingdom said London would work with Chile on the new port."
    rel = Relation(subject="soto", predicate="member_of", object="uk", evidence="Ana Soto", start=0, end=8,
                   extractor="test")
    ctx = extract_events(tmp_path, text, actors, relations=[rel])
    assert "AGREE" in [e.type for e in ctx.events]
