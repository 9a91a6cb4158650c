"""Event nouns derived from trigger verbs (extract/events/nominal.py) on invented sentences."""

import pytest
import yaml

from foothold.errors import DataFileError
from foothold.extract.events.lexicon import LEXICON_PATH, load_lexicon, parse_lexicon
from foothold.extract.events.nominal import derived_trigger, verb_bases
from foothold.extract.events.triggers import find_triggers
from foothold.extract.nlp import load_nlp


def test_suffix_rules_give_the_verb_bases():
    rules = load_lexicon().nominal.suffixes
    assert "condemn" in verb_bases("condemnation", rules)
    assert "confiscate" in verb_bases("confiscation", rules)
    assert "withdraw" in verb_bases("withdrawal", rules)
    assert "stab" in verb_bases("stabbing", rules)
    assert "deliver" in verb_bases("delivery", rules)
    assert verb_bases("of", rules) == []


def test_a_nominalised_verb_with_an_of_phrase_is_its_event_noun():
    lex = load_lexicon()
    nlp = load_nlp()
    cases = {"Russia's annexation of Crimea drew criticism from Kyiv.": ("annexation", "COERCE", "target"),
             "The condemnation of Syria by the Arab League came on Sunday.": ("condemnation", "ACCUSE", "target"),
             "The shooting of two soldiers by gunmen angered Israel.": ("shooting", "ASSAULT", "target"),
             "The confiscation of the tanker by Iran angered Britain.": ("confiscation", "COERCE", "target"),
             "Israel completed the release of 50 prisoners.": ("release", "RETREAT", "target")}
    for sentence, (noun, etype, of) in cases.items():
        found = [f for f in find_triggers(nlp(sentence)[:], lex) if f.kind == "noun" and f.text == noun]
        assert [(f.text, f.trigger.type, f.trigger.of, f.trigger.needs_actor) for f in found] == [
            (noun, etype, of, True)], sentence


def test_no_of_phrase_no_listed_object_or_an_excluded_noun_is_no_event():
    lex = load_lexicon()
    nlp = load_nlp()
    for sentence in ("The shooting continued all night.",                 # no of-phrase
                     "The closure of the meeting was announced.",           # close: listed objects only
                     "They acted in full coordination of the allies.",      # excluded
                     "Civilians suffered at the hands of the militia."):    # "hand": not a listed own-noun verb
        doc = nlp(sentence)
        assert [t.text for t in doc if derived_trigger(t, lex) is not None] == [], sentence
    doc = nlp("The closure of the border angered Kenya.")
    assert [t.text for t in doc if derived_trigger(t, lex) is not None] == ["closure"]


def test_the_doer_of_an_intransitive_act_is_its_of_object():
    # "withdrawal" is listed (leaving an agreement); without that entry the derived reading applies
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    del raw["nouns"]["withdrawal"]
    doc = load_nlp()("The withdrawal of Syrian troops from Lebanon was completed.")
    trig = derived_trigger(doc[1], parse_lexicon(raw))
    assert (trig.type, trig.of) == ("RETREAT", "source")


def test_nominal_rules_are_validated():
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    raw["nominal"]["suffixes"] = [["ation"]]
    with pytest.raises(DataFileError, match="nominal.suffixes"):
        parse_lexicon(raw)
