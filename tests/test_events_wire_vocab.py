"""Older wire vocabulary kept in data/wire_vocab.yaml, merged into the PLOVER lexicon (events/wire_vocab.py;
issue 8, newswire2), and objects listed by their own form ("arms", which the lemmatizer reads "arm").

Sentences are our own, written for these tests about arenas outside the development texts and the newswire files.
"""

import pytest

from event_fixtures import wire_events
from foothold.extract.events.lexicon import LexiconError, load_lexicon
from foothold.extract.events.wire_vocab import merged

PARTIES = {"Angola": ("angola", "country"), "Angolan": ("angola", "country"), "UNITA": ("unita", "organization"),
           "Huambo": ("huambo", "place"), "Cambodia": ("cambodia", "country"), "Cambodian": ("cambodia", "country"),
           "Khmer Rouge": ("khmer_rouge", "organization"), "Battambang": ("battambang", "place"),
           "Haiti": ("haiti", "country"), "Haitian": ("haiti", "country"), "Canada": ("canada", "country"),
           "Algeria": ("algeria", "country"), "Algerian": ("algeria", "country"), "Somalia": ("somalia", "country"),
           "Somali": ("somalia", "country"), "Ethiopia": ("ethiopia", "country"), "Ethiopian": ("ethiopia", "country"),
           "Eritrea": ("eritrea", "country"), "Eritrean": ("eritrea", "country"), "Liberia": ("liberia", "country"),
           "Sierra Leone": ("sierra_leone", "country")}


def typed(events, etype):
    return [e for e in events if e[0] == etype]


def test_pounded_and_rocketed_positions_are_attacks(tmp_path):
    events = wire_events(tmp_path, "Angolan artillery pounded UNITA positions around Huambo on Tuesday.", PARTIES)
    assert [e for e in typed(events, "ASSAULT") if e[1] == ["angola"] and "unita" in e[2]]
    events = wire_events(tmp_path, "Ethiopian helicopter gunships rocketed Eritrean trenches near the border.", PARTIES)
    assert [e for e in typed(events, "ASSAULT") if e[1] == ["ethiopia"] and "eritrea" in e[2]]


def test_prices_rocketing_are_no_attack(tmp_path):
    assert not typed(wire_events(tmp_path, "Fuel prices in Haiti rocketed after the storm.", PARTIES), "ASSAULT")


def test_goods_distributed_shipped_flown_or_given_are_aid(tmp_path):
    for body in ("Canada distributed food to flood victims in Haiti on Monday.",
                 "Canada shipped arms to the Haitian police last month.",
                 "Canada flew medical supplies to Haiti after the storm.",
                 "Canada gave $40 million to the Haitian government for the elections."):
        events = wire_events(tmp_path, body, PARTIES)
        assert [e for e in typed(events, "AID") if e[1] == ["canada"]], (body, events)


def test_a_visit_flown_is_still_a_visit(tmp_path):
    events = wire_events(tmp_path, "The Haitian president flew to Canada for talks on Monday.", PARTIES)
    assert typed(events, "CONSULT") and not typed(events, "AID")


def test_forces_moved_or_beefed_up_are_deployed_but_a_move_is_not(tmp_path):
    events = wire_events(tmp_path, "Ethiopia moved three armoured brigades to its border with Eritrea.", PARTIES)
    assert [e for e in typed(events, "MOBILIZE") if e[1] == ["ethiopia"]]
    events = wire_events(tmp_path, "Eritrea beefed up its forces along the Ethiopian frontier.", PARTIES)
    assert [e for e in typed(events, "MOBILIZE") if e[1] == ["eritrea"]]
    assert not typed(wire_events(tmp_path, "Ethiopia moved its embassy in Eritrea to a new building.", PARTIES),
                     "MOBILIZE")


def test_manoeuvres_of_one_state_are_a_show_of_force(tmp_path):
    events = wire_events(tmp_path, "Algeria staged large-scale military manoeuvres near its western border.", PARTIES)
    assert [e for e in typed(events, "MOBILIZE") if e[1] == ["algeria"]]


def test_a_general_strike_and_streets_taken_are_protests(tmp_path):
    events = wire_events(tmp_path, "Somali traders staged a general strike in Mogadishu against the new taxes.",
                         PARTIES)
    assert typed(events, "PROTEST") and not typed(events, "ASSAULT")
    events = wire_events(tmp_path, "Thousands of Algerian students took to the streets to denounce the ban.", PARTIES)
    assert typed(events, "PROTEST")


def test_burned_flags_are_a_protest_and_burned_houses_an_attack(tmp_path):
    events = wire_events(tmp_path, "Hundreds of Cambodian students burned Khmer Rouge flags in Battambang.", PARTIES)
    assert typed(events, "PROTEST") and not typed(events, "ASSAULT") and not typed(events, "ACCUSE")
    events = wire_events(tmp_path, "Khmer Rouge guerrillas burned houses near Battambang on Friday.", PARTIES)
    assert [e for e in typed(events, "ASSAULT") if e[1] == ["khmer_rouge"]]


def test_a_sit_in_is_a_protest(tmp_path):
    events = wire_events(tmp_path, "Liberian refugees held a sit-in outside the Sierra Leone embassy on Monday.",
                         PARTIES)
    assert typed(events, "PROTEST") and not typed(events, "ACCUSE")


def test_a_pardon_of_unnamed_supporters_concedes(tmp_path):
    events = wire_events(tmp_path, "The Cambodian king pardoned 40 opposition supporters jailed after the riots.",
                         PARTIES)
    assert [e for e in typed(events, "CONCEDE") if e[1] == ["cambodia"]]


def test_the_supplement_is_merged_into_the_bundled_lexicon():
    lex = load_lexicon()
    assert lex.verbs["pound"].type == "ASSAULT" and lex.nouns["manoeuvres"].type == "MOBILIZE"
    senses = {t.type for _, t in lex.verbs["burn"].by_object}
    assert "PROTEST" in senses and "flag" in lex.verbs["burn"].only_objects


def test_a_key_in_both_files_or_an_unknown_verb_to_extend_is_an_error():
    raw = {"verbs": {"meet": {"type": "CONSULT"}}, "nouns": {}, "phrases": []}
    with pytest.raises(ValueError):
        merged(raw, {"verbs": {"meet": {"type": "CONSULT"}}})
    with pytest.raises(ValueError):
        merged(raw, {"extend": {"verbs": {"greet": {"or_objects": ["x"]}}}})
    with pytest.raises(ValueError):
        merged(raw, {"extend": {"verbs": {"meet": {"type": "AGREE"}}}})
    assert merged(raw, {"extend": {"verbs": {"meet": {"or_objects": ["envoy"]}}}})["verbs"]["meet"]["or_objects"] \
        == ["envoy"]
    assert raw["verbs"]["meet"] == {"type": "CONSULT"}      # the plover.yaml mapping is not changed in place


def test_a_supplement_restating_plover_yaml_fails_loading_with_the_lexicon_error(monkeypatch):
    from foothold.extract.events import wire_vocab
    monkeypatch.setattr(wire_vocab, "read_wire_vocab", lambda: {"verbs": {"meet": {"type": "CONSULT"}}})
    load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()


def test_rarer_cameo_verbs_of_force_seizure_aid_and_threat(tmp_path):
    cases = [("Ethiopian jets strafed Eritrean trenches near the border.", "ASSAULT"),
             ("Eritrean gunners lobbed mortars into the Ethiopian town of Zalambessa.", "ASSAULT"),
             ("Khmer Rouge gunmen mowed down nine villagers near Battambang.", "ASSAULT"),
             ("Angolan authorities impounded a UNITA supply plane.", "COERCE"),
             ("Haitian police quelled the riot in Port-au-Prince.", "COERCE"),
             ("Canada airdropped food to villages in Haiti.", "AID"),
             ("Angola ferried troops to its border with Cambodia.", "MOBILIZE"),
             ("Ethiopia menaced Eritrea with a naval blockade.", "THREATEN")]
    parties = PARTIES | {"Zalambessa": ("zalambessa", "place"), "Port-au-Prince": ("port_au_prince", "place")}
    for body, etype in cases:
        assert typed(wire_events(tmp_path, body, parties), etype), body


def test_lobbed_words_and_quelled_fears_are_no_acts(tmp_path):
    events = wire_events(tmp_path, "Eritrea lobbed accusations at Ethiopia on Monday.", PARTIES)
    assert not typed(events, "ASSAULT")
    events = wire_events(tmp_path, "The Haitian president quelled fears of a coup on Monday.", PARTIES)
    assert not typed(events, "COERCE")
