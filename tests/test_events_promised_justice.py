"""Justice promised for wrongdoers is a promise (events/promised_justice.py; issue 8, evtypes8): AGREE, as "would be
brought to justice" reads, while a named party or armed opponents punished stay THREATEN. Our own sentences."""

from event_fixtures import wire_events

from foothold.extract.events.promised_justice import wrongdoer_nouns

ACTORS = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Ana Quispe": ("ana_quispe", "person")}


def types(got):
    return [t for t, _, _ in got]


def test_punishment_of_unnamed_wrongdoers_promised_is_a_promise(tmp_path):
    for body in ("Ana Quispe promised on Monday that the killers would be punished.\n",
                 "Ana Quispe promised on Monday that the officers who fired on the marchers would be punished.\n"):
        got = wire_events(tmp_path, body, ACTORS)
        assert "AGREE" in types(got) and "THREATEN" not in types(got), (body, got)


def test_a_named_party_punished_stays_a_threat(tmp_path):
    # near miss: the punished is a named state (the manual's coercive warning)
    got = wire_events(tmp_path, "Ana Quispe vowed on Monday that Chile would be punished for the raid.\n", ACTORS)
    assert "THREATEN" in types(got), got


def test_the_word_list_loads():
    assert {"killer", "perpetrator"} <= wrongdoer_nouns()
