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
