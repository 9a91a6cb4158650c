"""events/pronoun_objects.py and outlets_restricted.py (issue 8, statements2): a conjoined verb's "it" is the first
verb's object for the lexicon's object senses; a named media outlet suspended or blocked is censorship (COERCE).
Sentences written for these tests (Baltic arena)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.outlets_restricted import restricting_verbs

ACTORS = {"Latvia": ("latvia", "country"), "Estonia": ("estonia", "country"), "Saeima": ("saeima", "organization"),
          "Baltic Radio": ("baltic_radio", "media"), "Riga Times": ("riga_times", "media"),
          "Hanza Bank": ("hanza", "organization")}
HEADER = "source: https://example.org/baltic.html\ntitle: Baltic report (Reuters, 5 May 2011)\n\n"


def events(tmp_path, sentence: str) -> list[tuple]:
    return [(e.type, e.source, e.target) for e in extract_events(tmp_path, HEADER + sentence, ACTORS).events]


def test_a_lifted_it_is_the_curfew_imposed(tmp_path):
    found = events(tmp_path, "The government of Latvia imposed a curfew on Friday and lifted it on Sunday.")
    assert len(found) == 2 and found[0][0] == "COERCE" and found[1][0] in ("RETREAT", "CONCEDE")


def test_an_approved_it_is_the_agreement_signed(tmp_path):
    found = events(tmp_path, "In May the ministers of Latvia and Estonia signed a border agreement, "
                             "and the Saeima approved it on June 3.")
    assert ("SUPPORT", ["saeima"], []) in found


def test_it_with_no_listed_antecedent_stays_the_other_sense(tmp_path):
    found = events(tmp_path, "The government of Latvia bought a building on Friday and lifted it with a crane.")
    assert not any(t in ("RETREAT", "CONCEDE") for t, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "In April the media regulator of Latvia suspended Baltic Radio and the Riga Times for two weeks.",
    "Latvia blocked Baltic Radio in March over its coverage of the protests.",
])
def test_a_named_outlet_restricted_is_censorship(tmp_path, sentence):
    assert any(t == "COERCE" and "baltic_radio" in target for t, _, target in events(tmp_path, sentence))


def test_a_body_suspended_that_is_no_outlet_is_not_censorship(tmp_path):
    found = events(tmp_path, "Latvia suspended the licence of Hanza Bank in March.")
    assert not any(t == "COERCE" for t, _, _ in found)


def test_word_list_is_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("other: [x]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        restricting_verbs(str(bad))
