"""A counted common noun ("the three presidents", "the four countries") stands for as many parties of its kind
named just before, as "the two leaders" stands for a pair (issue 8, evgap).

Invented sentences from arenas outside the text that showed the need; the near miss is a pair noun after three
parties, which still binds the last two.
"""

from event_fixtures import wire_events

ACTORS = {"William Ruto": ("ruto", "person"), "Paul Kagame": ("kagame", "person"),
          "Evariste Ndayishimiye": ("ndayishimiye", "person"), "Nairobi": ("nairobi", "place"),
          "Peru": ("peru", "country"), "Chile": ("chile", "country"), "Ecuador": ("ecuador", "country"),
          "Bolivia": ("bolivia", "country")}


def test_the_three_presidents_are_the_three_named_before(tmp_path):
    got = wire_events(tmp_path, "William Ruto, Paul Kagame and Evariste Ndayishimiye were in Nairobi on Monday for a "
                                "trade fair. The three presidents agreed to open a joint border post.", ACTORS)
    assert ("AGREE", ["ruto", "kagame", "ndayishimiye"], []) in got, got


def test_the_four_countries_are_the_four_named_before(tmp_path):
    got = wire_events(tmp_path, "Peru, Chile, Ecuador and Bolivia sent envoys to Lima on Monday. The four countries "
                                "condemned the seizure of a fishing fleet.", ACTORS)
    assert any(t == "ACCUSE" and sorted(s) == ["bolivia", "chile", "ecuador", "peru"] for t, s, _ in got), got


def test_a_pair_noun_still_binds_two(tmp_path):
    got = wire_events(tmp_path, "Peru, Chile and Ecuador sent envoys to Lima on Monday. On Tuesday Peru met Chile. The "
                                "two countries condemned the seizure of a fishing fleet.", ACTORS)
    assert any(t == "ACCUSE" and sorted(s) == ["chile", "peru"] for t, s, _ in got), got
