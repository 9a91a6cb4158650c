"""Reported statements (events/speech.py, events/speakers.py): what a speaker says of another party's conduct, claims of an act,
denials. Each mechanism is checked on an invented sentence and on its near miss."""
from functools import partial

from event_fixtures import wire_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
          "Peruvian": ("peru", "country"), "Chilean": ("chile", "country"),
          "the Shining Path": ("shining_path", "organization")}


def test_a_speaker_telling_another_partys_hostile_act_accuses_it(tmp_path):
    got = wire_events(tmp_path, "Chile said Peruvian troops had crossed the border.\n", ACTORS)
    assert ("ACCUSE", ["chile"], ["peru"]) in got, got
    got = wire_events(tmp_path, "Bolivia said the Shining Path was hiding weapons in the mountains.\n", ACTORS)
    assert ("ACCUSE", ["bolivia"], ["shining_path"]) in got, got


def test_a_speaker_telling_its_own_sides_act_or_a_future_one_accuses_no_one(tmp_path):
    got = wire_events(tmp_path, "Chile said its troops had crossed the border.\n", ACTORS)
    assert not any(t == "ACCUSE" for t, _, _ in got), got
    got = wire_events(tmp_path, "Chile said Chilean troops had crossed the border.\n", ACTORS)
    assert not any(t == "ACCUSE" for t, _, _ in got), got
    got = wire_events(tmp_path, "Chile said Peruvian troops might cross the border.\n", ACTORS)
    assert not any(t == "ACCUSE" for t, _, _ in got), got
    got = wire_events(tmp_path, "Chile said Peruvian troops had not crossed the border.\n", ACTORS)
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_an_act_told_by_its_event_noun_is_reported_not_alleged(tmp_path):
    # "a Peruvian drone attack killed two": the news of an attack, told through an official
    got = wire_events(tmp_path, "Chile said a Peruvian drone attack had killed two soldiers.\n", ACTORS)
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_a_claimed_act_is_the_claimants(tmp_path):
    got = wire_events(tmp_path, "On Monday the Shining Path claimed the bombing of the bridge near Lima.\n", ACTORS)
    assert ("ASSAULT", ["shining_path"], []) in [(t, s, []) for t, s, _ in got], got
    # a claim about something else names no act
    assert wire_events(tmp_path, "On Monday the Shining Path claimed the bridge near Lima.\n", ACTORS) == []


def test_denying_that_ones_own_side_acted_is_only_the_denial(tmp_path):
    got = wire_events(tmp_path, "Chile denied that its troops had attacked Peruvian villages.\n", ACTORS)
    assert [t for t, _, _ in got] == ["REJECT"], got
    got = wire_events(tmp_path, "Chile denied that Chilean troops had attacked Peruvian villages.\n", ACTORS)
    assert [t for t, _, _ in got] == ["REJECT"], got


def test_a_cue_phrase_closing_on_a_particle_is_no_word_prefix():
    from foothold.extract.events.lexicon import load_lexicon
    from foothold.extract.events.speech import cue_at, statement_type
    assert cue_at(" they had tortured residents ", "had to") == -1
    assert cue_at(" iraq had to leave ", "had to") >= 0
    assert cue_at(" they condemned it ", "condemn") >= 0          # a one-word cue still finds its forms
    typed = partial(statement_type, load_lexicon())
    assert typed("Peruvian soldiers had tortured and executed residents") != "REQUEST"
    assert typed("Peru had to withdraw its troops") == "REQUEST"


def test_the_suspected_party_of_an_infinitive_clause_is_the_target(tmp_path):
    got = wire_events(tmp_path, "Chile denied any role and instead suspected the Shining Path to be responsible.\n", ACTORS)
    assert ("ACCUSE", ["chile"], ["shining_path"]) in got, got


def test_an_accusation_in_a_second_that_clause(tmp_path):
    got = wire_events(tmp_path, "Chile said that the talks had stalled and that Peruvian troops had crossed the border.\n",
                      ACTORS)
    assert ("ACCUSE", ["chile"], ["peru"]) in got, got


def test_an_investigation_is_no_investment():
    from foothold.extract.events.lexicon import load_lexicon
    from foothold.extract.events.speech import statement_type
    typed = partial(statement_type, load_lexicon())
    assert typed("for an independent investigation.") != "AGREE"
    assert typed("it would invest in the port of Callao") == "AGREE"


def test_a_cue_prefix_does_not_find_an_excluded_word():
    from foothold.extract.events.lexicon import load_lexicon
    from foothold.extract.events.speech import cue_at, statement_type
    assert cue_at(" to discuss crimea. ", "crime", frozenset({"crimea"})) == -1
    assert cue_at(" war crimes ", "crime", frozenset({"crimea"})) >= 0
    typed = partial(statement_type, load_lexicon())
    assert typed("he met Turkish officials to discuss Crimea") != "ACCUSE"
    assert typed("the shelling was a war crime") == "ACCUSE"


def test_not_hesitating_to_act_is_a_stated_intention(tmp_path):
    # "would not hesitate to use force": a double negative, a threat (PLOVER THREATEN), not a refusal
    from event_fixtures import wire_events
    found = wire_events(tmp_path, "China said on Monday it would not hesitate to use force against Taiwan.\n\n"
                                  "Japan said on Tuesday it would not attack Taiwan.\n",
                        {"China": ("china", "country"), "Taiwan": ("taiwan", "country"), "Japan": ("japan", "country")})
    assert [(t, s) for t, s, _ in found] == [("THREATEN", ["china"])], found


def test_a_stance_formula_in_the_present_is_a_statement(tmp_path):
    # "Japan stands with Ukraine": said in the present, the formula is the statement (PLOVER SUPPORT);
    # "Iran supports militias" stays a standing practice
    from event_fixtures import wire_events
    found = wire_events(tmp_path, "Japan stands with Ukraine, the foreign minister said on Monday.\n\n"
                                  "Iran supports militias in Iraq.\n",
                        {"Japan": ("japan", "country"), "Ukraine": ("ukraine", "country"), "Iran": ("iran", "country"),
                         "Iraq": ("iraq", "country")})
    assert [(t, s, g) for t, s, g in found] == [("SUPPORT", ["japan"], ["ukraine"])], found
