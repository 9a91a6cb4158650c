"""A definite "the group" is no state office named as the last subject (relations/sentence.py `group_topic`,
issue 8): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"dept": ("organization", ["Department of the Treasury", "Department"]),
          "hassan": ("person", ["Ali Hassan", "Hassan"]), "said": ("person", ["Omar Said", "Said"]),
          "red": ("organization", ["Red Brigade"]), "chad": ("country", ["Chad"])}

TEXT = ("The Department of the Treasury acted today. In March 2017, the Department designated Ali Hassan and Omar Said "
        "as terrorists. Hassan, a national of Chad, is a senior member of the Red Brigade. Said, who leads the group "
        "from Libya, has directed cells in Chad.")


def test_the_group_led_is_the_one_named_before_not_the_department_that_designated():
    _, rels = extract(TEXT, ACTORS)
    assert ("said", "leads", "dept") not in rels and ("said", "leads", "red") in rels, rels


def test_the_group_still_stands_for_a_subject_group():
    _, rels = extract("The Red Brigade attacked a convoy in Chad. Omar Said, who leads the group, fled.", ACTORS)
    assert ("said", "leads", "red") in rels, rels
