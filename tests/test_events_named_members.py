"""Named members of an acted-on group join the target (issue 8, evrecall4; events/named_members.py). Sentences of
our own, about arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Chilean": ("chile", "country"),
          "Senate": ("senate", "organization"), "Juan Soto": ("juan_soto", "person"), "Rosa Paz": ("rosa_paz", "person"),
          "Bolivia": ("bolivia", "country")}


def test_a_partner_named_after_including_is_the_one_thanked(tmp_path):
    got = wire_events(tmp_path, "Bolivia thanked its partners in the region, including Peru, on Monday.\n", ACTORS)
    assert any(t == "SUPPORT" and tg == ["peru"] for t, _, tg in got), got


def test_members_named_after_among_them_are_targets_beside_the_group(tmp_path):
    got = wire_events(tmp_path, "Bolivia imposed visa restrictions on Monday on 300 Chilean nationals, among them "
                                "100 members of the Senate, for undermining democracy.\n", ACTORS)
    assert any(t == "SANCTION" and "senate" in tg for t, _, tg in got), got


def test_names_after_a_clause_boundary_or_far_from_the_group_are_not_members(tmp_path):
    got = wire_events(tmp_path, "Chile expelled three diplomats on Monday, and Bolivia, including its allies, "
                                "protested.\n", ACTORS)
    assert not any(t == "SANCTION" and "bolivia" in tg for t, _, tg in got), got


def test_places_named_as_members_are_targets_but_where_they_are_is_not(tmp_path):
    actors = {"Chile": ("chile", "country"), "Oruro": ("oruro", "place"), "Potosi": ("potosi", "place")}
    got = wire_events(tmp_path, "Chile shelled several towns on Monday, including Oruro and Potosi. Chile attacked "
                                "the rebels on Tuesday, including those in Oruro.\n", actors)
    assert ("ASSAULT", ["chile"], ["oruro", "potosi"]) in got, got
    assert ("ASSAULT", ["chile"], []) in got, got
