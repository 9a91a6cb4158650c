"""Events with no candidate, eleventh pass (issue 8, evcand11): verbs the lexicon lacked, each after its PETRARCH2
CAMEO block (data/wire_vocab.yaml: surround, seal, ram, stop, object to, delay a bid, raise a matter with, help with),
regret before a "that" clause (data/judged_stances.yaml `clause_alarm_nouns`, `regretting_verbs`), and the CAMEO
conversion's block headers closing their code with stray dashes ("---  DELAY   [120]---  ---").

Sentences are our own, written for these tests about arenas outside the development texts (the Andes).
"""

import importlib.util
from pathlib import Path

import pytest
from event_fixtures import wire_events

REPO = Path(__file__).resolve().parents[1]

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
           "Ecuador": ("ecuador", "country"), "Morales": ("morales", "person")}


def _typed(tmp_path, sentence, kind):
    return [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == kind]


@pytest.mark.parametrize("sentence, kind, source, target", [
    # ENCIRCLE "SURROUND" [190]: a home or building surrounded is cordoned off (PLOVER COERCE restrict)
    ("On Tuesday Bolivia's police surrounded the home of Morales in La Paz.", "COERCE", "bolivia", "morales"),
    ("On Tuesday Bolivia's police sealed the embassy of Peru in La Paz.", "COERCE", "bolivia", "peru"),
    # a vessel surrounded is seized
    ("Ecuador's navy surrounded the tanker Sol of Peru on Tuesday.", "COERCE", "ecuador", "peru"),
    # POUND "RAM" [190]
    ("A truck of Bolivia's army rammed a crowd of Morales supporters on Tuesday.", "ASSAULT", "bolivia", "morales"),
    # DEFUSE "OBJECT" [120]
    ("Peru objected in 2015 to the agreement between Chile and Bolivia.", "REJECT", "peru", "chile"),
    # DELAY [120] with a bid to join (as plover.yaml `block`)
    ("Chile delayed Bolivia's bid to join the Pacific Alliance in 2019.", "REJECT", "chile", "bolivia"),
    # RAISE: a matter raised with a named party is a consultation
    ("Ecuador's ambassador raised the matter on Tuesday with Peru.", "CONSULT", None, "peru"),
    # HELP [070]: a named party helped with something is aided
    ("Chile helped Peru with the investigation in 2021.", "AID", "chile", "peru"),
    # a vehicle or vessel stopped has its movement restricted
    ("Ecuador's navy stopped a tanker of Peru on Tuesday.", "COERCE", "ecuador", None),
])
def test_verbs_the_lexicon_lacked(tmp_path, sentence, kind, source, target):
    events = _typed(tmp_path, sentence, kind)
    assert events, wire_events(tmp_path, sentence, PARTIES)
    assert any((source is None or source in e[1]) and (target is None or target in e[2]) for e in events), events


@pytest.mark.parametrize("sentence, kind", [
    ("The Bolivian troops were surrounded by mountains.", "COERCE"),
    ("Chile and Peru discussed the issues surrounding the vote.", "COERCE"),
    ("Chile sealed the envelope with the documents for Peru.", "COERCE"),
    ("Chile rammed the bill through its senate before Peru voted.", "ASSAULT"),
    ("In Peru, demonstrators used a truck to ram the gates of the Chilean embassy.", "ASSAULT"),
    ("Peru objected that the report was late.", "REJECT"),     # a statement, not "objected to"
    ("Peru delayed the flight to Chile.", "REJECT"),
    ("Chile helped ease tensions with Peru.", "AID"),
    ("The Chilean minister raised the issue at the meeting.", "CONSULT"),   # no party it was raised with
    ("The truck of Peru stopped at the border with Chile.", "COERCE"),
])
def test_other_senses_of_those_verbs_are_none(tmp_path, sentence, kind):
    assert not _typed(tmp_path, sentence, kind)


def test_sealing_a_deal_still_concludes_it(tmp_path):
    events = wire_events(tmp_path, "Chile and Peru sealed the deal on Tuesday.", PARTIES)
    assert any(e[0] == "SUPPORT" for e in events) and not any(e[0] == "COERCE" for e in events), events


def test_raised_concerns_stays_a_criticism(tmp_path):
    assert _typed(tmp_path, "Chile raised concerns with Peru on Tuesday.", "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "The Government of Ecuador has learnt with regret that Peru inaugurated a road through its territory on 8 May.",
    "Ecuador notes with regret that Peru has closed the border.",
    "The Government of Ecuador regrets that Peru went ahead with the construction of the road.",
    "Ecuador lamented that Peru had closed the border.",
])
def test_regret_before_a_that_clause_is_a_criticism_of_its_doer(tmp_path, sentence):
    events = _typed(tmp_path, sentence, "ACCUSE")
    assert any(e[1] == ["ecuador"] and "peru" in e[2] for e in events), events


@pytest.mark.parametrize("sentence", [
    "Ecuador learned with regret of the death of the president of Peru.",      # condolence
    "Ecuador said it regretted that it could not attend the summit in Peru.",  # its own act
    "Peru regretted the loss of life.",                                        # no clause
    "Ecuador does not regret that Peru closed the border.",                    # negated
])
def test_regret_of_a_death_of_ones_own_act_or_negated_is_no_criticism(tmp_path, sentence):
    assert not _typed(tmp_path, sentence, "ACCUSE")


@pytest.mark.parametrize("verb, block, code", [("delay", "DELAY", "120"), ("postpone", "DELAY", "120"),
                                               ("overrule", "OVERRULE", "120"), ("humiliate", "DISGRACE", "110")])
def test_a_block_header_closing_its_code_with_dashes_keeps_the_code(verb, block, code):
    from foothold.lexicons import load_cameo
    lex = load_cameo()
    senses = lex.verbs[verb]
    assert (block, code) in [(lex.blocks[s.block].name, s.code) for s in senses]


@pytest.mark.parametrize("line, name, field", [
    ("---  DELAY   [120]---  ---", "DELAY", "[120]"),
    ("---  ENCIRCLE   [190]  ---", "ENCIRCLE", "[190]"),
    ("---  CALL   [041:041]  ---", "CALL", "[041:041]"),
    ("---  CROSS   [---]  ---", "CROSS", "[---]"),
])
def test_the_conversion_reads_a_block_header_with_or_without_stray_dashes(line, name, field):
    spec = importlib.util.spec_from_file_location("convert_lexicons_evcand11", REPO / "scripts" / "convert_lexicons.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.block_header(line) == (name, field)
