"""Trigger finding (extract/events/triggers.py) on invented sentences."""

import pytest
import yaml

from foothold.errors import DataFileError
from foothold.extract.events.lexicon import LEXICON_PATH, load_lexicon, parse_lexicon
from foothold.extract.events.triggers import find_triggers, known_lemma
from foothold.extract.nlp import load_nlp


def test_a_lemmatizer_slip_falls_back_to_the_regular_base_form():
    # the small model lemmatizes "staged" as "stag": the light verb is still found, with its event noun
    lex = load_lexicon()
    doc = load_nlp()("China staged military exercises near Taiwan on Saturday.")
    staged = doc[1]
    assert known_lemma(staged, lex) == "stage"
    found = find_triggers(doc[:], lex)
    assert [(f.kind, f.trigger.type, f.noun.text) for f in found] == [("light", "MOBILIZE", "exercises")]


def test_a_known_lemma_is_kept():
    lex = load_lexicon()
    doc = load_nlp()("Iran seized a tanker and threatened Britain.")
    assert [known_lemma(t, lex) for t in doc if t.pos_ == "VERB"] == ["seize", "threaten"]


def test_event_nouns_carried_only_by_a_light_verb():
    # "launched an investigation", "extended recognition": events; the bare nouns ("the request was
    # unclear", "an investigation is needed") are not
    lex = load_lexicon()
    nlp = load_nlp()
    found = find_triggers(nlp("Pakistan extended diplomatic recognition to the Taliban government.")[:], lex)
    assert [(f.kind, f.trigger.type) for f in found] == [("light", "SUPPORT")]
    found = find_triggers(nlp("The UN launched an investigation into the killings.")[:], lex)
    assert [(f.kind, f.trigger.type, f.trigger.mode) for f in found if f.noun is not None] == [
        ("light", "ACCUSE", "investigate")]
    assert find_triggers(nlp("An investigation is needed and the request was unclear.")[:], lex) == []


def test_a_protest_lodged_is_diplomatic_and_a_strike_appealed_for_is_not_done(tmp_path):
    from event_fixtures import extract_events
    actors = {"Japan": ("japan", "country"), "China": ("china", "country"), "Bosnia": ("bosnia", "country"),
              "NATO": ("nato", "organization")}
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (Reuters, 5 May 1995)\n\n"
                         "Japan lodged a protest with China on Monday.\n\n"
                         "Bosnia appealed for NATO air strikes on Tuesday.\n", actors, "wire.txt")
    assert [(e.type, e.source) for e in ctx.events] == [("ACCUSE", ["japan"]), ("REQUEST", ["bosnia"])]


def test_a_concluded_agreement_is_typed_by_its_verb():
    # PETRARCH2: conclude/seal a treaty is CAMEO 057 (SUPPORT, "finalize an agreement"); an agreement reached or
    # struck is concluded too (PLOVER manual SUPPORT; news-dev conventions: "a concluded agreement SUPPORT");
    # "struck" or "reached" with another object is no agreement
    lex = load_lexicon()
    nlp = load_nlp()
    cases = {"Iran and Iraq concluded a security accord on Wednesday.": ("SUPPORT", "accord"),
             "A ceasefire agreement between Armenia and Azerbaijan was sealed in Moscow.": ("SUPPORT", "agreement"),
             "Manila and the rebels struck a deal on autonomy.": ("SUPPORT", "deal"),
             "Hungary and Slovakia reached an agreement on the dam.": ("SUPPORT", "agreement")}
    for sentence, (etype, noun) in cases.items():
        found = find_triggers(nlp(sentence)[:], lex)
        assert [(f.kind, f.trigger.type, f.noun.text) for f in found] == [("light", etype, noun)], sentence
    found = find_triggers(nlp("Israel struck Hamas positions in Gaza.")[:], lex)
    assert [(f.kind, f.trigger.type) for f in found] == [("verb", "ASSAULT")]
    assert find_triggers(nlp("The rebels reached the capital on Monday.")[:], lex) == []


def test_agreeing_on_an_accord_concludes_it_agreeing_to_act_does_not():
    # evdate: "agreed on a truce", "agreed a consensus" conclude an agreement (news-dev conventions: SUPPORT);
    # "agreed to withdraw" is an intention and "agreed on the need for talks" names no accord (AGREE)
    lex = load_lexicon()
    nlp = load_nlp()
    for sentence, noun in {"Peru and Ecuador agreed on a three-day truce on Monday.": "truce",
                           "Peru agreed a four-point consensus with Ecuador in April.": "consensus"}.items():
        found = find_triggers(nlp(sentence)[:], lex)
        assert [(f.kind, f.trigger.type, f.noun.text) for f in found] == [("light", "SUPPORT", noun)], sentence
    for sentence in ("Peru agreed to withdraw its troops from the border.", "Both sides agreed on the need for talks."):
        found = find_triggers(nlp(sentence)[:], lex)
        assert [f.trigger.type for f in found][:1] == ["AGREE"], sentence


def test_concluding_verbs_are_validated():
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["concluding"]["verbs"]["seal"] = {"type": "SIGN"}
    with pytest.raises(DataFileError, match="concluding.verbs.seal"):
        parse_lexicon(raw)
    raw["concluding"] = {"objects": ["deal"], "verbs": ["seal"]}
    with pytest.raises(DataFileError, match="concluding"):
        parse_lexicon(raw)


def test_a_placing_verb_takes_its_type_from_the_state_it_puts_the_object_in(tmp_path):
    # CAMEO-style VERB * (PREP NOUN): "placed X under house arrest", "took X into custody"; the object is
    # the target. The same verbs with another phrase ("placed an order", "put the plan on hold") are no event.
    from event_fixtures import extract_events
    actors = {"Burma": ("myanmar", "country"), "Aung San Suu Kyi": ("aung_san_suu_kyi", "person"),
              "Egypt": ("egypt", "country"), "Morsi": ("mohamed_morsi", "person"),
              "Kenya": ("kenya", "country"), "Ali Hassan": ("ali_hassan", "person")}
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (Reuters, 5 May 1995)\n\n"
                         "Burma placed Aung San Suu Kyi under house arrest on Monday.\n\n"
                         "Kenya took Ali Hassan into custody on Tuesday.\n\n"
                         "Egypt put Morsi on trial on Wednesday.\n\n"
                         "Kenya placed an order for Egypt's grain and put the plan on hold.\n", actors, "wire.txt")
    assert [(e.type, e.mode, e.source, e.target) for e in ctx.events] == [
        ("COERCE", "arrest", ["myanmar"], ["aung_san_suu_kyi"]),
        ("COERCE", "arrest", ["kenya"], ["ali_hassan"]),
        ("COERCE", "arrest", ["egypt"], ["mohamed_morsi"])]


def test_placing_patterns_are_validated():
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["placing"][0] = {"verbs": ["place"], "nouns": ["arrest"], "type": "COERCE"}
    with pytest.raises(DataFileError, match=r"placing\[0\]"):
        parse_lexicon(raw)
    raw["placing"][0] = {"verbs": ["place"], "prep": "under", "nouns": ["arrest"], "type": "DETAIN"}
    with pytest.raises(DataFileError, match=r"placing\[0\]"):
        parse_lexicon(raw)


def test_a_listed_verb_whose_sense_does_not_hold_asks_the_cameo_patterns():
    # plover.yaml's "send" is sending aid or troops; "sent a message to X" is CAMEO 040 (consult) by the
    # dictionary's "SEND * MESSAGE" pattern; "sent troops" keeps plover.yaml's own reading
    lex = load_lexicon()
    nlp = load_nlp()
    found = find_triggers(nlp("Kohl sent a message to Gorbachev on Monday.")[:], lex)
    assert [(f.kind, f.trigger.type) for f in found] == [("verb", "CONSULT")]
    found = find_triggers(nlp("Germany sent weapons to Ukraine on Monday.")[:], lex)
    assert [(f.kind, f.trigger.type) for f in found] == [("verb", "AID")]


def test_admitting_verbs_find_the_party_let_in():
    lex = load_lexicon()
    nlp = load_nlp()
    found = find_triggers(nlp("Iraq allowed UN weapons inspectors to return.")[:], lex)
    assert [(f.trigger.type, f.trigger.mode, f.noun.text) for f in found] == [("RETREAT", "access", "inspectors")]
    assert find_triggers(nlp("The new law allows women to vote.")[:], lex) == []


def test_admitting_is_validated():
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["admitting"] = {"verbs": ["allow"], "entry": ["enter"]}
    with pytest.raises(DataFileError, match="admitting"):
        parse_lexicon(raw, LEXICON_PATH)


def test_incursion_and_otherwise_are_validated():
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["incursion"] = {"verbs": ["enter"], "movers": ["troop"]}
    with pytest.raises(DataFileError, match="incursion"):
        parse_lexicon(raw)
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["nouns"]["withdrawal"]["otherwise"] = {"type": "LEAVE"}
    with pytest.raises(DataFileError, match="nouns.withdrawal.otherwise"):
        parse_lexicon(raw)
    lex = parse_lexicon(yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8")))
    assert (lex.nouns["withdrawal"].type, lex.nouns["withdrawal"].otherwise.type) == ("REJECT", "RETREAT")


def test_fire_traded_is_an_exchange_of_fire_not_trade(tmp_path):
    from event_fixtures import wire_events
    found = wire_events(tmp_path, "Indian and Pakistani troops traded fire across the border on Monday.\n\n"
                                  "India and Pakistan traded textiles worth $2 billion last year.\n",
                        {"Indian": ("india", "country"), "Pakistani": ("pakistan", "country"),
                         "India": ("india", "country"), "Pakistan": ("pakistan", "country")})
    assert [t for t, _, _ in found][:1] == ["ASSAULT"] and "ASSAULT" not in [t for t, _, _ in found][1:], found


def test_measures_imposed_a_state_of_emergency_declared_and_vehicles_burned(tmp_path):
    from event_fixtures import wire_events
    actors = {"Chad": ("chad", "country"), "Libya": ("libya", "country"), "Boko Haram": ("boko_haram", "organization")}
    found = wire_events(tmp_path, "Chad imposed new measures on Libya.\n\nChad declared a state of emergency.\n\n"
                        "Boko Haram fighters burned vehicles near the border of Chad.\n\nProtesters burned tyres.\n", actors)
    assert ("SANCTION", ["chad"], ["libya"]) in found, found
    assert any(e[0] == "COERCE" and e[1] == ["chad"] for e in found), found
    assert any(e[0] == "ASSAULT" and e[1] == ["boko_haram"] for e in found), found
    assert len(found) == 3, found                  # burned tyres: no attack


def test_blocking_boats_or_roads_restricts_and_blocking_a_resolution_rejects(tmp_path):
    from event_fixtures import wire_events
    actors = {"Chad": ("chad", "country"), "Libya": ("libya", "country")}
    found = wire_events(tmp_path, "Chad blocked two Libyan supply boats on the lake.\n\nLibya blocked a resolution on Chad.\n",
                        actors | {"Libyan": ("libya", "country")})
    assert ("COERCE", ["chad"], ["libya"]) in found, found
    assert ("REJECT", ["libya"], ["chad"]) in found, found


def test_a_state_of_war_declared_restricts_like_a_state_of_emergency(tmp_path):
    from event_fixtures import wire_events
    actors = {"Chad": ("chad", "country"), "Libya": ("libya", "country"), "Idriss Deby": ("idriss_deby", "person")}
    found = wire_events(tmp_path, "President Idriss Deby declared a state of war on Saturday and accused Libya of "
                        "arming the rebels.\n", actors)
    assert [e[0] for e in found] == ["COERCE", "ACCUSE"], found


def test_intelligence_exchanged_cooperates_prisoners_exchanged_are_released_jets_scrambled_mobilise(tmp_path):
    from event_fixtures import wire_events
    actors = {"Chad": ("chad", "country"), "Libya": ("libya", "country"), "Chadian": ("chad", "country"),
              "Libyan": ("libya", "country")}
    found = wire_events(tmp_path, "Chadian and Libyan intelligence services exchanged information on the rebels.\n\n"
                        "Chad and Libya exchanged prisoners on Monday.\n\nLibya scrambled fighter jets on Friday.\n", actors)
    assert [e[0] for e in found] == ["COOPERATE", "RETREAT", "MOBILIZE"], found
