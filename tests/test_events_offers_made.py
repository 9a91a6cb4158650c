"""An offer made to a party is a promise, PLOVER AGREE (issue 8, evskip; events/offers_made.py, data/offers.yaml).
Sentences of our own, about arenas outside the development texts."""

from event_fixtures import wire_events

from foothold.extract.events.offers_made import not_offered, not_offered_acts

PARTIES = {"Norway": ("norway", "country"), "Norwegian": ("norway", "country"), "Iceland": ("iceland", "country"),
           "Denmark": ("denmark", "country"), "Finland": ("finland", "country")}


def test_a_thing_offered_to_a_party_or_an_act_offered_is_a_promise(tmp_path):
    for body in ("Norway offered Iceland two coastguard cutters on Monday.",
                 "Norway offered the Icelandic fishermen new quotas in the northern zone on Monday.",
                 "Denmark offered to buy Finland's surplus grain at cost on Monday.",
                 "Norway offered them seats on the new fisheries board on Monday, Iceland said.",
                 "At the summit, Norway offered the three islands 20 million kroner in loans and grants "
                 "(NTB, May 9, 2021).",
                 "At the summit, Norway offered the five states 26 billion yuan in financing (NTB, May 9, 2021).",
                 "Denmark offered in June 2019 to sell Iceland gas at a reduced price over the same pipeline."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "AGREE" for t, _, _ in got), (body, got)


def test_words_feelings_and_steps_away_are_no_promise(tmp_path):
    for body in ("Norway offered Iceland its condolences on Monday.",
                 "Norway offered Iceland no explanation on Monday.",
                 "The Norwegian fisheries minister offered to resign on Monday.",
                 "The report offered a glimpse of Denmark's plans on Monday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "AGREE" for t, _, _ in got), (body, got)


def test_a_reward_offered_stays_a_request(tmp_path):
    got = wire_events(tmp_path, "Norway offered a reward of $1 million for information on the smugglers on Monday.",
                      PARTIES)
    assert any(t == "REQUEST" for t, _, _ in got) and not any(t == "AGREE" for t, _, _ in got), got


def test_the_word_lists_load():
    assert "condolence" in not_offered() and "resign" in not_offered_acts()
