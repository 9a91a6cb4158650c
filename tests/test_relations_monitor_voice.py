"""A document credited to a monitoring body speaks as no state's release (relations/monitor_voice.py, read by
issuer.issuing_state). Own sentences from arenas outside the tuning documents."""

from __future__ import annotations

from foothold.extract.relations.monitor_voice import credits
from test_relations import extract

ACTORS = {"chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
          "bolivia": ("country", ["Bolivia"]), "rojas": ("person", ["Ana Rojas"])}
BODY = ("Overview\n\nPeru reported its first cases on 2 March, and our earlier entries show the traffic falling since. "
        "Peru closed two crossings on 4 March. Peru suspended flights on 6 March. We expect most crossings to stay "
        "shut.\n\n9 March. Chile closed its land border with Peru and Bolivia. Interior Minister Ana Rojas called the "
        "closure temporary.")


def test_a_monitors_we_makes_no_issuing_state_of_its_main_subject():
    for head, title in (("Andean Crossings Monitor, 10 March 2020\n\n", "Borders around Peru"),
                        ("", "Borders around Peru, 2-9 March 2020 (Andean Crossings Monitor)")):
        _, rels = extract(head + BODY, ACTORS, title=title)
        assert ("rojas", "member_of", "peru") not in rels, title


def test_a_release_with_the_same_voice_still_holds_its_minister():
    _, rels = extract("Lima, 10 March 2020\n\n" + BODY.replace("Chile closed its land border with Peru and Bolivia. ",
                                                               "The cabinet met. "), ACTORS,
                      title="Peru closes its crossings (Ministry of the Interior, 10 March 2020)")
    assert ("rojas", "member_of", "peru") in rels


def test_credits_read_the_title_and_the_date_line():
    assert credits("Andean Crossings Monitor, 10 March 2020\n\nText.", "Borders (Andean Crossings Monitor)") == [
        "Andean Crossings Monitor", "Andean Crossings Monitor"]
    assert credits("Lima, 10 March 2020\n\nText.", None) == ["Lima"]
