"""A capitalised "the Monitor" is the one organisation whose name ends in that word, however far back it was named
(issue 8, evargs5; events/short_names.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Andean Rights Monitor": ("andean_rights_monitor", "organization"), "Cusco": ("cusco", "place"),
          "Peruvian Red Cross": ("peruvian_red_cross", "organization"), "Peruvian": ("peru", "country"),
          "Highland Monitor": ("highland_monitor", "organization")}

OPENING = "The Andean Rights Monitor recorded two killings of activists in Cusco in ten days.\n\n"
# a long middle: the short name comes far after the full one (beyond arguments.HEAD_WINDOW tokens)
MIDDLE = "".join(f"On {d} August the Peruvian Red Cross opened another clinic in a district of Cusco and treated "
                 f"dozens of wounded residents.\n\n" for d in range(1, 28))
CLOSING = "Concerns. The Monitor knows of no arrest in either case. It calls on the Peruvian government to publish " \
          "the findings of its investigation.\n"


def test_the_capitalised_short_name_far_after_the_full_name_is_that_body(tmp_path):
    got = wire_events(tmp_path, OPENING + MIDDLE + CLOSING, ACTORS)
    assert any(t == "REQUEST" and s == ["andean_rights_monitor"] for t, s, _ in got), got


def test_two_bodies_ending_in_the_word_leave_it_unresolved(tmp_path):
    text = OPENING + "The Highland Monitor reported the same.\n\n" + MIDDLE + CLOSING
    got = wire_events(tmp_path, text, ACTORS)
    assert not any(t == "REQUEST" and s == ["andean_rights_monitor"] for t, s, _ in got), got
