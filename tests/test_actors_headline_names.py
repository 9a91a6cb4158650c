"""Names only the NER read in a title-case headline (issue 8, actors13): a headline with an initialism's stops
("U.S. Troops Conduct Raids ...") is still a headline, so a name only the NER read there is dropped as in any
headline. Documents of our own, from other arenas."""

import pytest

from foothold.extract.actors.headings import _title_case
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _names(tmp_path, text: str) -> set[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name for a in run(read_document(path)).actors}


@pytest.mark.parametrize("line,expected", [
    ("U.S. Troops Conduct Raids in Northern Mali", True),
    ("U.N. Envoy Opens Talks on Cyprus Crossings", True),
    ("Troops raided two villages. Officials said six men were held", False),   # a stop between sentences
    ("Rebels Seize Northern Town, Army Says", True)])
def test_title_case_reads_initialisms_as_no_sentence_break(line, expected):
    assert _title_case(line) is expected


def test_a_headline_with_an_initialism_drops_its_ner_only_names(tmp_path):
    names = _names(tmp_path, "U.S. Marines Conduct Drills Near Darwin\n\n"
                             "DARWIN, Australia, July 3 - United States marines held live-fire drills near Darwin "
                             "on Wednesday with the Australian Defence Force, officials said.\n")
    assert "Conduct Drills" not in names and "Marines Conduct Drills" not in names
    assert "Darwin" in names


def test_a_name_the_body_repeats_stays(tmp_path):
    names = _names(tmp_path, "U.N. Council Extends Mission in South Sudan\n\n"
                             "NEW YORK, May 8 - The U.N. Security Council extended its peacekeeping mission in "
                             "South Sudan for a year on Thursday.\n")
    assert "South Sudan" in names
