"""Statement words no cue listed before (issue 8, evrecall3; plover.yaml `speech.verbs` "find", `cues`): a body's
finding that a party acts in violation accuses it; a forceful answer promised, "all means", "will not be spared"
threaten; a pretext or a distorted picture accuses; a brotherly neighbour praises. Sentences of our own, about arenas
outside the development texts."""

from event_fixtures import wire_events

PARTIES = {"Panel": ("panel", "organization"), "Chile": ("chile", "country"), "Chilean": ("chile", "country"),
           "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"),
           "Court": ("court", "organization")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_a_finding_of_acts_in_violation_accuses(tmp_path):
    got = wire_events(tmp_path, "The Panel finds that the Chilean navy supplies the Bolivian rebels by sea, in violation "
                                "of the arms embargo.\n", PARTIES)
    assert any(s == ["panel"] and "chile" in t for _, s, t in typed(got, "ACCUSE")), got


def test_a_finding_with_no_cue_is_no_event(tmp_path):
    got = wire_events(tmp_path, "The Panel found that the fire had started in the engine room.\n", PARTIES)
    assert not any(s == ["panel"] for _, s, _ in got), got


def test_a_forceful_answer_promised_threatens_and_an_answer_to_questions_does_not(tmp_path):
    got = wire_events(tmp_path, "Chile's foreign minister said on Monday that Chile would respond in a way that was "
                                '"measured but firm".\n', PARTIES)
    assert typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Bolivia's president told the assembly that Chile would \"not be spared\" if the "
                                "shelling went on.\n", PARTIES)
    assert typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Chile said it would respond to the questions of the committee next week.\n", PARTIES)
    assert not typed(got, "THREATEN"), got


def test_a_pretext_or_a_distorted_picture_accuses_and_a_brotherly_neighbour_praises(tmp_path):
    got = wire_events(tmp_path, "Bolivia's spokesman called the Chilean note a pretext for aggression against "
                                "Bolivia.\n", PARTIES)
    assert typed(got, "ACCUSE"), got
    got = wire_events(tmp_path, "Peru said on Monday that the Court had presented a distorted picture of the border "
                                "dispute.\n", PARTIES)
    assert typed(got, "ACCUSE"), got
    got = wire_events(tmp_path, "Chile's president called Peru a brotherly neighbour on Monday.\n", PARTIES)
    assert typed(got, "SUPPORT"), got
