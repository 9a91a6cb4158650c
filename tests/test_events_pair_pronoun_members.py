"""An object "him" is one member of a later pair of persons (issue 8, anaphora; events/pair_pronoun_members.py, read by
arguments.named_pair). Sentences of our own, about arenas outside the development texts (the Southern Cone)."""

from event_fixtures import wire_events

ACTORS = {
    "Carlos Menem": ("carlos_menem", "person"), "Patricio Aylwin": ("patricio_aylwin", "person"),
    "Santiago": ("santiago", "place"), "Chile": ("chile", "country"), "Argentina": ("argentina", "country"),
}
VISIT = ("Carlos Menem arrived on Sunday. \"We come as friends. The border must unite us. Argentina "
         "wants peace.\" Patricio Aylwin greeted him at the palace. The two leaders held talks for "
         "two hours.\n")


def test_the_two_leaders_are_the_host_and_the_one_he_greeted(tmp_path):
    got = wire_events(tmp_path, VISIT, ACTORS)
    assert any(t == "CONSULT" and sorted(s) == ["carlos_menem", "patricio_aylwin"] for t, s, _ in got), got


def test_a_pronoun_is_no_member_of_a_pair_of_states(tmp_path):
    got = wire_events(tmp_path, VISIT.replace("The two leaders", "The two countries"), ACTORS)
    assert not any(t == "CONSULT" and "carlos_menem" in s and len(s) == 2 for t, s, _ in got), got
