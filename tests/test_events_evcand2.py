"""Events with no candidate (issue 8, evcand2): munitions as a passive's agent or a subject's conjunct
(events/munitions.py), phrases held open by an adverb (events/interrupted_phrases.py), calls by telephone or video
(plover.yaml nouns).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import wire_events
from foothold.extract.events.interrupted_phrases import phrase_tokens
from foothold.extract.events.munitions import munition_trigger

PARTIES = {"Eritrea": ("eritrea", "country"), "Ethiopia": ("ethiopia", "country"),
           "Eritrean": ("eritrea", "country"), "Ethiopian": ("ethiopia", "country"),
           "Zalambessa": ("zalambessa", "place"), "Radio Fana": ("radio_fana", "organization"),
           "Abiy Ahmed": ("abiy_ahmed", "person"), "Isaias Afwerki": ("isaias_afwerki", "person"),
           "African Union": ("african_union", "organization")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def root_munition(text):
    doc = _nlp(text)
    return munition_trigger(next(t for t in doc if t.dep_ == "ROOT"))


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# --- munitions as a passive's by-agent, or one conjunct of the subject

def test_a_passive_by_a_munition_is_an_attack(tmp_path):
    events = wire_events(tmp_path, "The studios of Radio Fana in Zalambessa were damaged by Eritrean rocket fragments "
                                   "on Sunday.", PARTIES)
    assert typed(events, "ASSAULT")


def test_shrapnel_alone_is_a_munition_and_fragments_take_their_modifier():
    found = root_munition("The studios of Radio Fana were damaged by shrapnel.")
    assert found is not None and found[0].lower_ == "shrapnel"
    found = root_munition("Several houses in Zalambessa were damaged by rocket fragments.")
    assert found is not None and found[1].mode == "rocket"


def test_a_fragment_conjunct_carries_the_coordination_s_munition():
    found = root_munition("The blast wave and debris from the drones damaged a fuel depot in Zalambessa.")
    assert found is not None and found[0].lower_ == "drones"


def test_a_passive_by_no_munition_is_no_attack():
    for text in ("The clinic in Zalambessa was damaged by heavy rain.",
                 "The bridge was damaged by the flood on Sunday.",
                 "The clinic was damaged by fragments of glass."):
        assert root_munition(text) is None, text


# --- phrases held open by an adverb

def test_an_adverb_inside_a_phrase_is_passed_over():
    doc = _nlp("The envoy was immediately in contact with both sides.")
    words = ("was", "in", "contact", "with")
    assert phrase_tokens(doc[:], 2, words) == [2, 4, 5, 6]


def test_a_negating_adverb_or_a_noun_breaks_the_phrase():
    doc = _nlp("The envoy was never in contact with both sides.")
    assert phrase_tokens(doc[:], 2, ("was", "in", "contact", "with")) is None
    doc = _nlp("The envoy was in close contact with both sides.")
    assert phrase_tokens(doc[:], 2, ("was", "in", "contact", "with")) is None


def test_a_contact_phrase_with_an_adverb_is_a_consultation(tmp_path):
    events = wire_events(tmp_path, "African Union envoy Abiy Ahmed was immediately in contact with the Eritrean "
                                   "government on Sunday.", PARTIES)
    assert typed(events, "CONSULT")
    events = wire_events(tmp_path, "African Union envoy Abiy Ahmed was never in contact with the Eritrean "
                                   "government.", PARTIES)
    assert not typed(events, "CONSULT")


# --- calls by telephone or video

def test_a_telephone_or_video_call_is_a_consultation(tmp_path):
    for body in ("Ethiopian Prime Minister Abiy Ahmed made a telephone call on Tuesday to Eritrean President "
                 "Isaias Afwerki.",
                 "Ethiopian Prime Minister Abiy Ahmed held a video call with Eritrean President Isaias Afwerki on "
                 "Tuesday."):
        events = wire_events(tmp_path, body, PARTIES)
        assert [e for e in typed(events, "CONSULT") if "abiy_ahmed" in e[1]], body


# --- selecting a person for an office (plover.yaml choose, pick, select with an as-phrase)

def test_choosing_a_person_as_an_office_holder_appoints_them(tmp_path):
    parties = {**PARTIES, "Joyce Banda": ("joyce_banda", "person"), "Malawi": ("malawi", "country")}
    events = wire_events(tmp_path, "Malawi's parliament selected Joyce Banda as interim president on Monday.", parties)
    assert [e for e in typed(events, "SUPPORT") if "joyce_banda" in e[2]]


def test_choosing_a_place_or_with_no_office_is_no_appointment(tmp_path):
    parties = {**PARTIES, "Joyce Banda": ("joyce_banda", "person"), "Malawi": ("malawi", "country")}
    for body in ("Joyce Banda chose Ethiopia for her first foreign tour in May.",
                 "Malawi's parliament selected Joyce Banda's plan on Monday."):
        assert not typed(wire_events(tmp_path, body, parties), "SUPPORT"), body


# --- "-ution" nominalises a "-ve" verb (plover.yaml nominal suffixes)

def test_a_dissolution_is_the_dissolving_verb_s_event():
    from foothold.extract.events.lexicon import load_lexicon
    from foothold.extract.events.nominal import derived_trigger
    doc = _nlp("The dissolution of the Eritrean parliament by the junta shocked observers.")
    trig = derived_trigger(doc[1], load_lexicon())
    assert trig is not None and trig.type == "COERCE"



# --- a war between named parties as it starts (data/offensives.yaml between.onset_nouns; events/fighting_nouns.py)

def test_a_war_starting_between_two_parties_is_their_fighting(tmp_path):
    for body in ("The war between Eritrea and Ethiopia began in May 1998 and killed thousands.",
                 "In 1998 a war broke out between Eritrea and Ethiopia."):
        events = wire_events(tmp_path, body, PARTIES)
        assert [e for e in typed(events, "ASSAULT") if e[1] == ["eritrea"] and e[2] == ["ethiopia"]], body


def test_a_war_named_as_background_or_ending_is_no_fighting(tmp_path):
    for body in ("Since the war between Eritrea and Ethiopia, the road to Zalambessa has stayed empty.",
                 "The war between Eritrea and Ethiopia ended in 2000.",
                 "A war broke the economy of Eritrea and Ethiopia."):
        assert not typed(wire_events(tmp_path, body, PARTIES), "ASSAULT"), body


def test_the_onset_lists_are_optional_but_never_half_given():
    import pytest
    from foothold.extract.events.lexicon import LexiconError
    from foothold.extract.events.offensives import load_offensives, parse_offensives
    table = load_offensives()
    assert "war" in table.onset_nouns and "erupt" in table.onset_verbs
    raw = {"pushes": {"nouns": ["push"], "verbs": ["launch"], "preps": ["on"]},
           "ousting": {"verbs": ["drive"], "armed": ["rebel"]},
           "between": {"verbs": ["fight"], "nouns": ["fighting"], "fled": ["flee"]},
           "trigger": {"type": "ASSAULT", "mode": "offensive", "sphere": "military"},
           "fighting": {"type": "ASSAULT", "mode": "firearms", "of": "source", "sphere": "military"}}
    assert parse_offensives(raw).onset_nouns == frozenset()
    raw["between"]["onset_nouns"] = ["war"]
    with pytest.raises(LexiconError):
        parse_offensives(raw)


def test_the_office_hung_on_the_chosen_person_after_an_apposition_still_counts(tmp_path):
    from foothold.extract.events.office_phrases import object_as_phrases
    doc = _nlp("An electoral college chose Joyce Banda, a former teacher loyal to the party, as president.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [p.lower_ for p in object_as_phrases(root)] == ["as"] or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in root.children)
    parties = {**PARTIES, "Joyce Banda": ("joyce_banda", "person"), "Malawi": ("malawi", "country")}
    events = wire_events(tmp_path, "On Monday Malawi's electoral college chose Joyce Banda, a former teacher loyal "
                                   "to the party, as president.", parties)
    assert [e for e in typed(events, "SUPPORT") if "joyce_banda" in e[2]]
