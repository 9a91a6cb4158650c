"""An unnamed state body acting ("police detained", "security forces dispersed") acts for the state its scene lies
in (issue 8, event actors): a subject a fronted date swallowed (events/date_bound_subject.py), a place placed within
another ("in Freedom Square in Tbilisi", one_state_scene.placed_within), a scene told up to STORY_SENTENCES back
but not across a heading (arguments.story_state), an air force's craft (arguments.names_state_body). Sentences of
our own, on arenas outside the development texts (Georgia, Peru, Cuba-hosted talks elsewhere)."""

from event_fixtures import wire_events
from foothold.extract.events.arguments import names_state_body
from foothold.extract.events.date_bound_subject import date_bound_subject
from foothold.extract.nlp import load_nlp

GEORGIA = {"Georgia": ("georgia", "country"), "Tbilisi": ("tbilisi", "place"),
           "Freedom Square": ("freedom_square", "place")}


def parsed(text):
    return load_nlp()(text)


def test_a_subject_swallowed_by_a_fronted_date_is_the_subject():
    doc = parsed("On Friday police detained the organisers of the march.")
    verb = next(t for t in doc if t.lower_ == "detained")
    assert not any(c.dep_ == "nsubj" for c in verb.children)       # the parser's reading: "Friday police" as one
    assert date_bound_subject(verb).lower_ == "police"


def test_a_subject_the_parser_read_is_not_replaced():
    doc = parsed("On Friday, police detained the organisers of the march. In the capital crowds gathered.")
    for verb in (t for t in doc if t.lower_ in ("detained", "gathered")):
        assert date_bound_subject(verb) is None


def test_police_after_a_fronted_date_act_for_the_scene_state(tmp_path):
    got = wire_events(tmp_path, "Georgia's parliament passed the bill on Monday in Tbilisi. "
                                "On Friday police detained the organisers of the march.\n", GEORGIA)
    assert any(t == "COERCE" and s == ["georgia"] for t, s, _ in got), got


def test_a_square_within_a_capital_is_the_capital_state_scene(tmp_path):
    got = wire_events(tmp_path, "Georgia's parliament passed the bill on Monday. Thousands of students rallied in "
                                "Freedom Square in Tbilisi on Tuesday. Police dispersed the crowd with water "
                                "cannon.\n", GEORGIA)
    assert any(t in ("COERCE", "ASSAULT") and s == ["georgia"] for t, s, _ in got), got


def test_the_scene_is_read_four_sentences_back(tmp_path):
    got = wire_events(tmp_path, "Thousands of students rallied in Tbilisi, Georgia on Tuesday. They marched to the "
                                "parliament. Speakers read poems. The crowd grew after dark. Security forces "
                                "dispersed the crowd with water cannon.\n", GEORGIA)
    assert any(t in ("COERCE", "ASSAULT") and s == ["georgia"] for t, s, _ in got), got


def test_a_heading_closes_the_story_beyond_the_nearest_sentences(tmp_path):
    actors = {"Peru": ("peru", "country"), "Cuba": ("cuba", "country"), "Havana": ("havana", "place")}
    got = wire_events(tmp_path, "Talks between the rebels and Peru's envoys opened in Havana, Cuba in May. "
                                "They ended in June.\n\nOutlook\n\nThe rebels kept their hostages. The talks "
                                "stalled. Police arrested two rebel couriers.\n", actors)
    assert not any(t == "COERCE" and s == ["cuba"] for t, s, _ in got), got


def test_air_force_jets_are_a_state_body():
    doc = parsed("Air force jets bombed the camp. Cargo jets landed at the airport.")
    jets = [t for t in doc if t.lower_ == "jets"]
    assert names_state_body(jets[0])
    assert not names_state_body(jets[1])
