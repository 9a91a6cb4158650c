"""A judgement the parser fused with the act it judges is a statement (issue 8, evrecall3; events/fused_judgements.py).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Peruvian": ("peru", "country"),
           "Ana Quispe": ("ana_quispe", "person")}


def test_an_act_called_piracy_treason_or_unacceptable_is_accused(tmp_path):
    for body in ("Chile called that seizure piracy and summoned the Peruvian ambassador in Santiago the same day.",
                 'Peru\'s president called the mutiny "treason" in a televised address on Saturday.',
                 "In Lima, Foreign Minister Ana Quispe called the storming unacceptable on Monday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "ACCUSE" and s for t, s, _ in got), (body, got)


def test_a_minister_called_is_no_judgement(tmp_path):
    got = wire_events(tmp_path, "Chile's president called the defence minister of Peru on Monday.", PARTIES)
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_a_plural_party_fused_with_what_it_is_called(tmp_path):
    # evskip3: "called the rioters criminals": a true plural before the judgement is the judged party
    for body in ("In Lima, Foreign Minister Ana Quispe called the smugglers criminals on Monday.",
                 "The Peruvian interior minister, Ana Quispe, called the looters bandits."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "ACCUSE" and "ana_quispe" in s for t, s, _ in got), (body, got)
    for body in ("In Lima, Foreign Minister Ana Quispe called the arms dealers on Monday.",
                 "In Lima, Foreign Minister Ana Quispe called the weapons inspectors on Monday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t in ("ACCUSE", "SUPPORT") for t, _, _ in got), (body, got)


def test_two_names_fused_before_what_the_second_owns(tmp_path):
    # evskip3: "called China Pakistan's 'iron brother'": the first name is called the second's brother
    got = wire_events(tmp_path, 'Ana Quispe called Chile Peru\'s "iron brother" on Monday.', PARTIES)
    assert any(t == "SUPPORT" and "ana_quispe" in s for t, s, _ in got), got
    got = wire_events(tmp_path, "Ana Quispe called Chile's foreign minister on Monday.", PARTIES)
    assert not any(t in ("ACCUSE", "SUPPORT") for t, _, _ in got), got
