"""Ordered outcomes told as a bare participle (issue 8, evcand6): events/ordered_participles.py; a person put in
another's place: events/replacements.py.

Sentences are our own, written for these tests about an arena outside the development texts (Ecuador).
"""

from event_fixtures import wire_events
from foothold.extract.events.ordered_participles import ordered_participles

PARTIES = {"Supreme Court": ("supreme_court", "organization"), "Unity Party": ("unity", "organization"),
           "Ecuador": ("ecuador", "country"), "Moreno": ("moreno", "person"), "Daily Herald": ("herald", "media"),
           "Quito": ("quito", "place"), "Lasso": ("lasso", "person"), "Noboa": ("noboa", "person"),
           "Popular Front": ("popular_front", "organization")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def typed(events, etype):
    return [e for e in events if e[0] == etype]


def test_a_party_ordered_dissolved_is_dissolved_by_the_orderer(tmp_path):
    events = wire_events(tmp_path, "In July the Supreme Court ordered the Unity Party dissolved.", PARTIES)
    coerced = typed(events, "COERCE")
    assert coerced and coerced[0][1] == ["supreme_court"] and coerced[0][2] == ["unity"]


def test_an_outlet_ordered_closed_is_the_orderers_act(tmp_path):
    events = wire_events(tmp_path, "Moreno ordered the Daily Herald closed on Monday.", PARTIES)
    coerced = typed(events, "COERCE")
    assert coerced and coerced[0][1] == ["moreno"] and "herald" in coerced[0][2]


def test_the_participle_is_read_only_after_an_ordering_verb():
    assert [(v.text, s.text) for v, s in ordered_participles(_nlp("The court ordered the party dissolved."))] \
        == [("dissolved", "party")]
    assert ordered_participles(_nlp("The court ordered the army to withdraw.")) == []
    assert ordered_participles(_nlp("Moreno wanted the paper closed.")) == []
    assert ordered_participles(_nlp("The court said the party dissolved itself.")) == []


def test_an_order_to_act_keeps_the_ordered_party_as_doer(tmp_path):
    events = wire_events(tmp_path, "Moreno ordered the army to withdraw from Quito.", PARTIES)
    assert not any(e[2] == ["army"] for e in events)
    assert typed(events, "RETREAT") and typed(events, "RETREAT")[0][1] == ["moreno"]


def test_the_group_ordered_dissolved_is_the_organisation_named_before_not_an_earlier_subject(tmp_path):
    text = ("The commander of the Popular Militia warned of unrest. A week earlier the Supreme Court had suspended "
            "the Unity Party, and in July it ordered the group dissolved.")
    parties = {**PARTIES, "Popular Militia": ("militia", "organization")}
    coerced = typed(wire_events(tmp_path, text, parties), "COERCE")
    assert coerced and all(e[2] == ["unity"] for e in coerced)


def test_a_conjoined_order_keeps_the_first_verbs_subject_as_orderer(tmp_path):
    events = wire_events(tmp_path, "Moreno blamed the Unity Party and ordered the consulate closed on Friday.", PARTIES)
    closed = typed(events, "SANCTION")
    assert closed and closed[0][1] == ["moreno"]


# --- replacements

def test_replaced_by_a_named_person_appoints_the_successor_with_no_appointer(tmp_path):
    events = wire_events(tmp_path, "The regional president, Lasso, resigned on Monday and was replaced by Noboa.", PARTIES)
    appointed = typed(events, "SUPPORT")
    assert appointed and appointed[0][1] == [] and appointed[0][2] == ["noboa"]


def test_replacing_one_person_with_another_appoints_the_with_object(tmp_path):
    events = wire_events(tmp_path, "Moreno replaced Lasso with Noboa as prime minister on Monday.", PARTIES)
    appointed = typed(events, "SUPPORT")
    assert appointed and appointed[0][1] == ["moreno"] and appointed[0][2] == ["noboa"]


def test_things_replaced_appoint_no_one(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert not typed(wire_events(tmp_path / "a", "The army replaced its old tanks with new ones.", PARTIES), "SUPPORT")
    assert not typed(wire_events(tmp_path / "b", "The old constitution was replaced by the Popular Front charter in 2008.",
                                 PARTIES), "SUPPORT")


# --- a member phrase hung on the verb (member_objects.py)

def test_allies_briefed_with_the_in_phrase_hung_on_the_verb_are_the_body(tmp_path):
    parties = {"Norway": ("norway", "country"), "NATO": ("nato", "organization")}
    consulted = typed(wire_events(tmp_path, "Norway briefed its allies in NATO on Friday.", parties), "CONSULT")
    assert consulted and consulted[0][2] == ["nato"]


def test_allies_briefed_in_a_city_have_no_body(tmp_path):
    parties = {"Norway": ("norway", "country"), "Oslo": ("oslo", "place")}
    events = wire_events(tmp_path, "Norway briefed its allies in Oslo on Friday.", parties)
    assert not any(e[2] == ["oslo"] for e in events)
