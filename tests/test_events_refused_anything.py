"""A negated future refusing "any" thing is a refusal, PLOVER REJECT (issue 8, evskip3; refusals.refused_anything);
a vote said to be "marred by" fraud, incitement, a sponsor of terrorism are complaints (data/statement_cues.yaml).
Sentences of our own, about arenas outside the development texts (the Andes)."""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Hugo Vera": ("vera", "person")}


def test_any_thing_refused_by_the_own_side_is_rejected(tmp_path):
    for body in ("Hugo Vera said afterwards that his movement would not take any ministry.",
                 "Hugo Vera said on Monday that his party would not join any coalition."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "REJECT" and "vera" in s for t, s, _ in got), (body, got)


def test_restraint_or_another_party_s_refusal_is_no_reject(tmp_path):
    for body in ("Hugo Vera said on Monday that his forces would not attack any village in Chile.",
                 "Hugo Vera said on Monday that Chile would not accept any deal."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "REJECT" for t, _, _ in got), (body, got)


def test_a_vote_said_marred_by_fraud_accuses(tmp_path):
    # evskip3: data/statement_cues.yaml ACCUSE "marred by"
    got = wire_events(tmp_path, "Hugo Vera said on Monday the vote had been marred by ballot stuffing.", PARTIES)
    assert any(t == "ACCUSE" and "vera" in s for t, s, _ in got), got


def test_incitement_or_a_sponsor_of_terrorism_declared_accuses(tmp_path):
    # evskip3: data/statement_cues.yaml ACCUSE "incitement", "sponsor of terror"
    for body in ("In August 2022 the Peru parliament declared Chile a state sponsor of terrorism.",
                 "The Peru commission regards such content as incitement to violence and hatred."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "ACCUSE" and "peru" in s for t, s, _ in got), (body, got)
