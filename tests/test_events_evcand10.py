"""Events with no candidate, tenth pass (issue 8, evcand10): a party's stated readiness or commitment to work with
another is AGREE (PLOVER; the seed notes: "stated intentions or willingness to cooperate or assist"), told with
"ready", "willing", "prepared" (data/commitments.yaml `committing`), with a gerund after "committed to", or as the
second act of a said clause whose first verb is a trigger of its own (events/commitments.py).

Sentences are our own, written for these tests about arenas outside the development texts (the Andes, East Africa).
"""

import pytest
from event_fixtures import wire_events

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Kenya": ("kenya", "country"),
           "Somalia": ("somalia", "country"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country")}


def _agree(events):
    return [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize("sentence, source, target", [
    ("Chile is ready to deepen cooperation with Peru.", "chile", "peru"),
    ("Ghana stands ready to work with Togo on the border.", "ghana", "togo"),
    ("Kenya is willing to strengthen its partnership with Somalia.", "kenya", "somalia"),
    ("Kenya remains committed to deepening relations with Somalia.", "kenya", "somalia"),
])
def test_readiness_or_commitment_to_work_with_another_is_agree(tmp_path, sentence, source, target):
    events = _agree(wire_events(tmp_path, sentence, PARTIES))
    assert any(e[1] == [source] and target in e[2] for e in events), events


def test_a_said_clauses_second_act_is_its_own_agree(tmp_path):
    events = wire_events(tmp_path, "A foreign ministry spokesman said Chile welcomed the vote and was ready to deepen "
                                   "cooperation with Peru.", PARTIES)
    assert any(e[0] == "AGREE" and e[1] == ["chile"] and e[2] == ["peru"] for e in events), events
    assert any(e[0] == "SUPPORT" for e in events), events          # the welcome stays its own act


@pytest.mark.parametrize("sentence", [
    "Chile was not ready to deepen cooperation with Peru.",              # negated
    "Analysts say Chile may be ready to deepen cooperation with Peru.",  # hedged forecast
    "Kenya remains committed to fighting terrorism.",                    # no one to work with
])
def test_negated_hedged_or_partnerless_readiness_is_no_agree(tmp_path, sentence):
    assert not _agree(wire_events(tmp_path, sentence, PARTIES))


def test_readiness_to_harm_stays_a_threat(tmp_path):
    events = wire_events(tmp_path, "Chile is ready to attack Peru.", PARTIES)
    assert not _agree(events) and any(e[0] == "THREATEN" for e in events), events


def test_a_gerund_after_another_preposition_is_still_a_purpose(tmp_path):
    events = wire_events(tmp_path, "Kenya set up a committee for the purpose of deepening relations with Somalia.",
                         PARTIES)
    assert not _agree(events), events


# plover.yaml nominal.zero: "the recall of" an envoy is the verb `recall` (SANCTION expel); events/envoy_recalls.py
# aims it at the envoy's posting, not at the state the envoy serves.
@pytest.mark.parametrize("sentence, source", [
    ("Kenya ordered the recall of its ambassador to Somalia for consultations on Monday.", ["kenya"]),
    ("President Ruto ordered the recall of Kenya's ambassador to Somalia on Monday.", ["ruto"]),
    ("The recall of Kenya's ambassador to Somalia was announced on Monday.", []),
])
def test_an_envoys_recall_told_by_the_noun_is_aimed_at_his_posting(tmp_path, sentence, source):
    events = [e for e in wire_events(tmp_path, sentence, {**PARTIES, "Ruto": ("ruto", "person")})
              if e[0] == "SANCTION"]
    assert events and events[0][2] == ["somalia"], events
    assert events[0][1] == source, events


@pytest.mark.parametrize("sentence", [
    "Kenya demanded the recall of Somalia's ambassador.",               # asked for, not done
    "Following the recall of its ambassador, Kenya met Somalia's envoy.",  # an anchor
    "The recall of the vaccine batch by Kenya was announced on Monday.",    # no envoy recalled
])
def test_a_recall_asked_for_anchored_or_of_no_envoy_is_no_sanction(tmp_path, sentence):
    assert not [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == "SANCTION"]


def test_a_veto_told_by_the_noun_rejects(tmp_path):
    events = wire_events(tmp_path, "Chile's veto of the resolution on Monday angered Peru.", PARTIES)
    assert any(e[0] == "REJECT" and e[1] == ["chile"] for e in events), events


# plover.yaml `search` (PLOVER COERCE seize: "execute search, confiscate property, raid"): a home or office searched.
EAST_AFRICA = {"Ruto": ("ruto", "person"), "Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"),
               "Somalia": ("somalia", "country"), "Nairobi": ("nairobi", "place"),
               "Somali Airways": ("somali_airways", "organization")}


@pytest.mark.parametrize("sentence, target", [
    ("Kenyan police searched the home of opposition leader Ruto in Nairobi on Monday.", "ruto"),
    ("Kenyan investigators searched the offices of Somali Airways in Nairobi on Monday.", "somali_airways"),
])
def test_a_home_or_office_searched_is_coerce(tmp_path, sentence, target):
    events = [e for e in wire_events(tmp_path, sentence, EAST_AFRICA) if e[0] == "COERCE"]
    assert any(target in e[2] for e in events), events


@pytest.mark.parametrize("sentence", [
    "Kenyan rescue workers searched the rubble for survivors on Monday.",
    "Kenyan police searched for the missing boy near the border with Somalia.",
    "Kenya searched the area around the border with Somalia.",
])
def test_searching_rubble_or_for_someone_is_no_coercion(tmp_path, sentence):
    assert not [e for e in wire_events(tmp_path, sentence, EAST_AFRICA) if e[0] == "COERCE"]


# events/presence_votes.py: a vote to end another's presence asks for it (REQUEST demand, as the news-dev makers code
# a parliament's vote on expelling troops).
PARLIAMENT = {**EAST_AFRICA, "Kenyan parliament": ("kenyan_parliament", "organization")}


def test_a_vote_to_end_foreign_troops_presence_is_a_demand(tmp_path):
    events = wire_events(tmp_path, "The Kenyan parliament voted on Monday to end the presence of Somali troops in the "
                                   "country.", {**PARLIAMENT, "Somali": ("somalia", "country")})
    assert any(e[0] == "REQUEST" and e[1] == ["kenyan_parliament"] and "somalia" in e[2] for e in events), events


@pytest.mark.parametrize("sentence", [
    "The Kenyan parliament voted to end the session on Monday.",
    "The Kenyan parliament did not vote to end the presence of Somali troops.",
    "The Kenyan parliament will vote to end the presence of Somali troops next week.",
])
def test_a_vote_on_something_else_a_negated_or_a_future_vote_is_no_demand(tmp_path, sentence):
    events = wire_events(tmp_path, sentence, {**PARLIAMENT, "Somali": ("somalia", "country")})
    assert not [e for e in events if e[0] == "REQUEST"], events
