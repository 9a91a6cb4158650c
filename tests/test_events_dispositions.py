"""events/dispositions.py (issue 8, evstate2): a release's present disposition with no speech verb -- "is
determined to deepen cooperation with X" (AGREE), "remains open to dialogue with X" (AGREE), "stands ready to impose
further restrictive measures" (THREATEN). Sentences written for these tests (Nordic and West African arenas)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.dispositions import disposition_words

ACTORS = {"Norway": ("norway", "country"), "Iceland": ("iceland", "country"), "Ghana": ("ghana", "country"),
          "Togo": ("togo", "country"), "Finland": ("finland", "country")}
HEADER = "source: https://example.org/mfa.html\ntitle: Ministry statement (Reuters, 5 May 2011)\n\n"


def events_of(tmp_path, sentence: str, source: str):
    return [e for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events if source in e.source]


@pytest.mark.parametrize("sentence,source,target", [
    ("Norway is determined to deepen its cooperation with Iceland in fisheries and energy.", "norway", "iceland"),
    ("Ghana remains open to dialogue with Togo on all matters of common interest.", "ghana", "togo"),
    ("Norway remains committed to working with Iceland on the protection of fish stocks.", "norway", "iceland"),
])
def test_a_cooperative_disposition_is_an_intention(tmp_path, sentence, source, target):
    found = [e for e in events_of(tmp_path, sentence, source) if e.type == "AGREE"]
    assert found and target in found[0].target
    assert found[0].extractor and found[0].evidence


def test_a_hostile_disposition_threatens(tmp_path):
    sentence = "Finland stands ready to impose further sanctions on Togo if the repression continues."
    assert "THREATEN" in [e.type for e in events_of(tmp_path, sentence, "finland")]
    sentence = "Finland stands ready to take further restrictive measures against Togo if the repression continues."
    assert "THREATEN" in [e.type for e in events_of(tmp_path, sentence, "finland")]


@pytest.mark.parametrize("sentence", [
    "In 1990 Norway was determined to deepen its cooperation with Iceland.",     # past: narrated
    "Norway is not open to dialogue with Iceland on the quota.",                 # negated
    "Norway is ready for the winter season.",                                    # no act
    "Norway, which is open to dialogue with Iceland, sold more fish in May.",   # relative clause
])
def test_no_stated_disposition(tmp_path, sentence):
    assert not [e for e in events_of(tmp_path, sentence, "norway") if e.type in ("AGREE", "THREATEN")]


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("disposition_words: [ready]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        disposition_words(str(bad))
