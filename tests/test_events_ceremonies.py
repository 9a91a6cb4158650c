"""Ceremonies attended, and a light verb's object the parser hung on a time phrase (events/ceremonies.py,
data/ceremonies.yaml, events/time_objects.py; issue 8, evvocab2 second pass). Sentences are our own, about arenas outside the development texts."""

import pytest

from event_fixtures import wire_events
from foothold.errors import DataFileError
from foothold.extract.events.ceremonies import ceremony_words

PARTIES = {"Ruto": ("william_ruto", "person"), "William Ruto": ("william_ruto", "person"),
           "Ghana": ("ghana", "country"), "Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"),
           "Mahama": ("john_mahama", "person"), "John Mahama": ("john_mahama", "person"),
           "Ethiopia": ("ethiopia", "country"), "Abiy Ahmed": ("abiy_ahmed", "person"),
           "Ethiopian": ("ethiopia", "country"), "Eritrea": ("eritrea", "country"),
           "Eritrean": ("eritrea", "country"), "Badme": ("badme", "place")}


def typed(events, etype):
    return [e for e in events if e[0] == etype]


@pytest.mark.parametrize("sentence", [
    "Ruto attended Mahama's swearing-in in Accra on Tuesday.",
    "William Ruto attended the inauguration of John Mahama in Accra.",
    "Abiy Ahmed attended the funeral of John Mahama on Friday.",
])
def test_attending_a_partys_ceremony_supports_it(tmp_path, sentence):
    assert [e for e in typed(wire_events(tmp_path, sentence, PARTIES), "SUPPORT") if "john_mahama" in e[2]]


def test_attending_talks_stays_a_consultation(tmp_path):
    events = wire_events(tmp_path, "William Ruto attended talks with Abiy Ahmed in Addis Ababa.", PARTIES)
    assert typed(events, "CONSULT") and not typed(events, "SUPPORT")


def test_an_object_hung_on_a_later_time_phrase_is_the_light_verbs(tmp_path):
    events = wire_events(tmp_path, "Ethiopia and Eritrea fought over Badme in May, and Ethiopia declared a "
                                   "unilateral truce days later.", PARTIES)
    assert [e for e in typed(events, "CONCEDE") if e[1] == ["ethiopia"]]


def test_the_word_lists_are_validated(tmp_path):
    bad = tmp_path / "ceremonies.yaml"
    bad.write_text("attending_verbs: [attend]\nceremony_nouns: [\"\"]\nhomage_nouns: [funeral]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        ceremony_words(str(bad))
