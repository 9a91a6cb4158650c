""""They" after a list of named parties is that list (issue 8, args; events/plural_pronouns.py). Sentences of our
own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {
    "Peru": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Chile": ("chile", "country"),
    "Bolivia": ("bolivia", "country"), "Andean Red Cross": ("andean_red_cross", "organization"),
    "Norway": ("norway", "country"), "Canada": ("canada", "country"), "Lima": ("lima", "place"),
}


def test_they_after_an_object_list_is_that_list_not_the_last_body(tmp_path):
    got = wire_events(tmp_path, "The Andean Red Cross said its teams had collected bodies. Peru accused Chile and "
                                "Bolivia of arming the rebels and demanded that they withdraw their advisers.\n", ACTORS)
    assert ("REQUEST", ["peru"], ["chile", "bolivia"]) in got, got


def test_their_troops_after_a_subject_list_are_both_parties(tmp_path):
    got = wire_events(tmp_path, "Chile and Bolivia sent troops to the border in 1990. Their troops clashed near "
                                "the salt flats in 1991.\n", ACTORS)
    assert any(t == "ASSAULT" and s == ["chile", "bolivia"] for t, s, _ in got), got


def test_they_continues_the_subject_list_of_the_clause_it_hangs_on(tmp_path):
    got = wire_events(tmp_path, "Chile and Bolivia accused Peru of arming the rebels and said they would close "
                                "the border.\n", ACTORS)
    assert any(t == "THREATEN" and s == ["chile", "bolivia"] for t, s, _ in got), got


def test_a_list_inside_a_modifier_or_behind_a_plural_subject_is_no_antecedent(tmp_path):
    got = wire_events(tmp_path, "Envoys of Peru and Ecuador met in Lima under an initiative of Norway and Canada. "
                                "On Thursday they signed a declaration.\n", ACTORS)
    assert not any(t == "SUPPORT" and sorted(s) == ["canada", "norway"] for t, s, _ in got), got
