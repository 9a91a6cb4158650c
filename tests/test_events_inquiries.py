"""An inquiry opened or set up is the founding verb's ACCUSE investigate (events/inquiries.py, data/inquiries.yaml;
issue 8, evvocab2 second pass). Sentences are our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.inquiries import inquiry_words

PARTIES = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Congress": ("congress", "organization"),
           "Kazakhstan": ("kazakhstan", "country"), "Kazakh": ("kazakhstan", "country"),
           "Pedro Castillo": ("pedro_castillo", "person"), "Castillo": ("pedro_castillo", "person"),
           "Ghana": ("ghana", "country")}


def investigations(events):
    return [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "Kazakh prosecutors opened a criminal case into the January riots.",
    "The Peruvian Congress set up a commission of inquiry into the killings.",
    "The Peruvian Congress formed a committee to investigate the killings.",
    "Peru's Congress established an investigative commission on the protests.",
    "Peru's Congress launched an inquiry into Pedro Castillo's finances.",
])
def test_an_inquiry_opened_is_an_investigation(tmp_path, sentence):
    assert investigations(wire_events(tmp_path, sentence, PARTIES))


def test_what_the_inquiry_is_into_is_its_target(tmp_path):
    events = wire_events(tmp_path, "Peru's Congress opened an inquiry into Pedro Castillo on Tuesday.", PARTIES)
    assert [e for e in investigations(events) if "pedro_castillo" in e[2]]


@pytest.mark.parametrize("sentence", [
    "Peru's Congress set up a joint committee on trade with Ghana.",        # a body with no inquiry word
    "Kazakhstan opened a new case study centre in Astana.",                 # the bare "case" is no inquiry
    "The Peruvian commission of inquiry will publish its report in June.",  # no founding verb
])
def test_other_bodies_and_cases_are_no_inquiry(tmp_path, sentence):
    assert not investigations(wire_events(tmp_path, sentence, PARTIES))


def test_the_word_lists_are_validated(tmp_path):
    bad = tmp_path / "inquiries.yaml"
    bad.write_text("founding_verbs: [open]\ninquiry_nouns: inquiry\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        inquiry_words(str(bad))
