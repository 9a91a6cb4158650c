"""People within a named body act for it (issue 8, evargs5; events/members_within.py). Sentences of our own, about
arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Congress": ("congress", "organization"), "Peruvian": ("peru", "country"), "Chile": ("chile", "country"),
          "Shining Path": ("shining_path", "organization"), "Lima": ("lima", "place"),
          "Blue Party": ("blue_party", "organization")}


def test_critics_in_a_parliament_are_the_parliament(tmp_path):
    got = wire_events(tmp_path, "Critics in the Peruvian Congress demanded access to the files on Monday.\n", ACTORS)
    assert any(t == "REQUEST" and s == ["congress"] for t, s, _ in got), got


def test_hardliners_within_a_party_are_the_party(tmp_path):
    got = wire_events(tmp_path, "Hardliners within the Blue Party rejected the deal with Chile on Monday.\n", ACTORS)
    assert any(t == "REJECT" and s == ["blue_party"] for t, s, _ in got), got


def test_people_in_a_place_are_no_doer(tmp_path):
    got = wire_events(tmp_path, "Critics in Lima demanded access to the files on Monday.\n", ACTORS)
    assert not any("lima" in s for _, s, _ in got), got


# --- one reader per shape (fixes15): "a spokesman for X" is spokespeople.spoken_for's, not this module's ---

def test_a_spokesmans_for_phrase_is_read_by_spokespeople_alone(tmp_path, monkeypatch):
    from foothold.extract.events import arguments
    text = "A spokesman for the Blue Party rejected the deal with Chile on Monday.\n"
    assert any(t == "REJECT" and s == ["blue_party"] for t, s, _ in wire_events(tmp_path, text, ACTORS))
    monkeypatch.setattr(arguments, "spoken_for", lambda tok, index, phrase_actors: [])
    got = wire_events(tmp_path, text, ACTORS)
    assert not any(s == ["blue_party"] for _, s, _ in got), got     # members_within no longer reads it


def test_an_official_for_a_named_body_is_still_read_here(tmp_path, monkeypatch):
    from foothold.extract.events import arguments
    monkeypatch.setattr(arguments, "spoken_for", lambda tok, index, phrase_actors: [])
    got = wire_events(tmp_path, "An adviser for the Blue Party rejected the deal with Chile on Monday.\n", ACTORS)
    assert any(t == "REJECT" and s == ["blue_party"] for t, s, _ in got), got
