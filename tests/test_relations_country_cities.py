"""A city named for its state ("Djibouti City", "Luxembourg City") stands for that state where the gazetteer lists
it under another name (issue 8, reltitle10, `TokenIndex.state_of_place`). Own sentences."""

from __future__ import annotations

from test_relations import extract

DJ = {"djibouti": ("country", ["Djibouti"]), "somalia": ("country", ["Somalia"]),
      "farah": ("person", ["Abdi Farah"])}


def test_a_release_place_line_in_a_city_named_for_its_state():
    text = ("Statement on the port corridor\n\nDjibouti City, 4 April 2025\n\nThe Council of Ministers met today, "
            "chaired by the Prime Minister, Abdi Farah, and approved the corridor accord with Somalia. Djibouti "
            "will open the corridor in May.")
    _, rels = extract(text, DJ, title="Council of Ministers approves the corridor accord")
    assert ("farah", "leads", "djibouti") in rels


def test_a_city_whose_first_words_name_no_state_stands_for_none():
    text = ("Statement on the port corridor\n\nQuezon City, 4 April 2025\n\nThe Council of Ministers met today, "
            "chaired by the Prime Minister, Abdi Farah, and approved the corridor accord with Somalia. Djibouti "
            "will open the corridor in May.")
    _, rels = extract(text, DJ, title="Council of Ministers approves the corridor accord")
    assert ("farah", "leads", "somalia") not in rels
