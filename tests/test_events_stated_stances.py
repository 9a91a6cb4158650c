"""events/stated_stances.py (issue 8, statements2): a statement wanting another's act is a demand (REQUEST); one
holding an allegation true accuses (ACCUSE). Sentences written for these tests (Sahel arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.stated_stances import stance_words

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Algeria": ("algeria", "country"),
          "ECOWAS": ("ecowas", "organization"), "Moussa Traore": ("traore", "person")}
HEADER = "source: https://example.org/sahel.html\ntitle: Sahel report (Reuters, 5 May 2011)\n\n"


def said_by(tmp_path, sentence: str, speaker: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events if speaker in e.source]


@pytest.mark.parametrize("sentence", [
    "Algeria said on Monday that it wanted the result of the referendum respected.",
    "Moussa Traore said he wanted all foreign forces to leave the north of Mali.",
])
def test_wanting_anothers_act_is_a_demand(tmp_path, sentence):
    assert said_by(tmp_path, sentence, "algeria" if "Algeria" in sentence else "traore") == ["REQUEST"]


@pytest.mark.parametrize("sentence", [
    "Moussa Traore said on Monday that he wanted peace.",               # no act wanted
    "Moussa Traore said on Monday that he did not want foreign forces to leave.",   # negated
])
def test_no_act_wanted_no_demand(tmp_path, sentence):
    assert "REQUEST" not in said_by(tmp_path, sentence, "traore")


def test_an_allegation_held_true_accuses(tmp_path):
    sentence = ("ECOWAS found in a report in January that allegations of Algerian weapons deliveries to the rebels "
                "were credible.")
    assert said_by(tmp_path, sentence, "ecowas") == ["ACCUSE"]


def test_an_allegation_held_untrue_does_not_accuse(tmp_path):
    sentence = ("ECOWAS found in a report in January that allegations of Algerian weapons deliveries to the rebels "
                "were not credible.")
    assert "ACCUSE" not in said_by(tmp_path, sentence, "ecowas")


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("wanting_verbs: [want]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        stance_words(str(bad))


def test_a_trial_judged_unfair_accuses(tmp_path):
    # "unfair" joined the ACCUSE cues of plover.yaml (a judgement word, like "unjust")
    sentence = "ECOWAS considers the trial in Mali unfair: it was held far from the accused's home region."
    assert said_by(tmp_path, sentence, "ecowas") == ["ACCUSE"]
