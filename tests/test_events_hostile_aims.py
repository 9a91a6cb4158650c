"""events/hostile_aims.py and attributed_acts.py (issue 8, statements2): a statement with no cue word that names a
hostile aim, arms delivered by another party, or a conflict participle's by-agent accuses (PLOVER ACCUSE).
Sentences written for these tests (Andean arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.attributed_acts import arming_words
from foothold.extract.events.hostile_aims import aim_words

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Shining Path": ("sp", "organization"), "Pedro Ruiz": ("ruiz", "person"), "Ana Soto": ("soto", "person")}
HEADER = "source: https://example.org/andes.html\ntitle: Andes report (Reuters, 5 May 2011)\n\n"


def said_by(tmp_path, sentence: str, speaker: str) -> list[str]:
    """Types of the events the speaker is the source of."""
    return [e.type for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events if speaker in e.source]


@pytest.mark.parametrize("sentence", [
    "Information Minister Pedro Ruiz told reporters that the bombing was an attempt to subvert the constitutional order.",
    "Pedro Ruiz said the gangs behind the blockade were trying to strangle the economy of Peru.",
    "Pedro Ruiz said on Monday that the strike was a bid to destabilise the new government.",
])
def test_a_hostile_aim_accuses(tmp_path, sentence):
    assert said_by(tmp_path, sentence, "ruiz") == ["ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "Pedro Ruiz said the meeting was an attempt to reach a settlement with Bolivia.",     # no harm aimed
    "Pedro Ruiz said the strike was not an attempt to subvert the constitutional order.",   # negated
    "Pedro Ruiz said we were trying to weaken the smugglers' hold on the border.",          # his own aim
])
def test_no_hostile_aim_no_accusation(tmp_path, sentence):
    assert "ACCUSE" not in said_by(tmp_path, sentence, "ruiz")


def test_arms_delivered_by_another_party_accuse(tmp_path):
    sentence = "General Pedro Ruiz said in March that Chile was sending weapons to the rebels through Bolivia."
    assert said_by(tmp_path, sentence, "ruiz") == ["ACCUSE"]


def test_the_speakers_own_side_delivering_food_accuses_no_one(tmp_path):
    sentence = "Pedro Ruiz said in March that Chile was sending food to the flooded towns of Bolivia."
    assert "ACCUSE" not in said_by(tmp_path, sentence, "ruiz")


def test_an_attack_participle_with_another_partys_agent_accuses(tmp_path):
    sentence = "Pedro Ruiz said it was a mortar round fired by the Shining Path from a ridge north of the town."
    assert said_by(tmp_path, sentence, "ruiz") == ["ACCUSE"]


def test_a_participle_with_no_named_agent_accuses_no_one(tmp_path):
    sentence = "Pedro Ruiz said it was a mortar round fired from a ridge north of the town."
    assert "ACCUSE" not in said_by(tmp_path, sentence, "ruiz")


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("aim_words: [attempt]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        aim_words(str(bad))
    with pytest.raises(DataFileError):
        arming_words(str(bad))
