"""A stated commitment (issue 8): "reaffirmed its commitment to X". PLOVER: a commitment to do something is a
promise (AGREE); a commitment to a thing or a cause endorses it (SUPPORT). The noun's complement decides: a verb
("to working with X", "to help X") or a noun ("to the territorial integrity of X").

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"NATO": ("nato", "organization"), "Georgia": ("georgia", "country"), "Japan": ("japan", "country"),
          "South Korea": ("south_korea", "country"), "Chile": ("chile", "country"), "Colombia": ("colombia", "country"),
          "Canada": ("canada", "country"), "Haiti": ("haiti", "country"), "Laos": ("laos", "country"),
          "Vietnam": ("vietnam", "country"), "Ghana": ("ghana", "country")}


def types(got):
    return [g[0] for g in got]


def test_a_commitment_to_a_cause_supports_it(tmp_path):
    got = wire_events(tmp_path, "NATO reaffirmed its commitment to the territorial integrity of Georgia.\n", ACTORS)
    assert ("SUPPORT", ["nato"], ["georgia"]) in got, got
    got = wire_events(tmp_path, "Chile expressed its commitment to the peace process in Colombia.\n", ACTORS)
    assert ("SUPPORT", ["chile"], ["colombia"]) in got, got


def test_a_commitment_to_act_is_a_promise(tmp_path):
    got = wire_events(tmp_path, "Japan reiterated its commitment to working with South Korea on maritime "
                                "security.\n", ACTORS)
    assert ("AGREE", ["japan"], ["south_korea"]) in got, got
    got = wire_events(tmp_path, "Canada reaffirmed its commitment to help Haiti rebuild its police.\n", ACTORS)
    assert "AGREE" in types(got) and all(g[1] == ["canada"] for g in got if g[0] == "AGREE"), got
    got = wire_events(tmp_path, "Laos and Vietnam reaffirmed their commitment to settling the dispute over the "
                                "river through talks.\n", ACTORS)
    assert "AGREE" in types(got), got


def test_a_commitment_questioned_by_others_is_no_stated_pledge(tmp_path):
    # near miss: the noun is not what the subject states
    got = wire_events(tmp_path, "Critics in Ghana questioned the commitment of Canada to the mission.\n", ACTORS)
    assert "AGREE" not in types(got) and "SUPPORT" not in types(got), got


def test_a_commitment_to_fight_a_party_is_no_cooperative_pledge(tmp_path):
    # a pledge whose complement is a conflict act ("to defeating X") promises the target nothing
    got = wire_events(tmp_path, "Ghana reaffirmed its commitment to defeating the rebels of Laos.\n", ACTORS)
    assert "AGREE" not in types(got) and "SUPPORT" not in types(got), got
    got = wire_events(tmp_path, "Vietnam reiterated its commitment to expelling Laos from the bloc.\n", ACTORS)
    assert "AGREE" not in types(got), got
