"""Events with no candidate and statements without a cue (issue 8, evcand3): a quotation continued in a sentence of
its own (events/continued_quotes.py), harm meant by making someone answer (events/answerable.py), missions ended and
supplies interrupted (data/measures.yaml), an envoy declared persona non grata (data/declarations.yaml), statements
typed by objections, satisfaction, a thing declared invalid or a reply "at a time of our choosing" (plover.yaml cues).

Sentences are our own, written for these tests about arenas outside the development texts (Andes, West Africa,
the Pacific).
"""

from event_fixtures import wire_events
from foothold.extract.events.answerable import answerable_words, made_to_answer, means_to_harm

PARTIES = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
           "Peruvian": ("peru", "country"), "Bolivian": ("bolivia", "country"), "Chilean": ("chile", "country"),
           "Ana Ruiz": ("ana_ruiz", "person"), "Luis Quispe": ("luis_quispe", "person"),
           "Marta Flores": ("marta_flores", "person"), "Shining Path": ("shining_path", "organization"),
           "Fiji": ("fiji", "country"), "Tonga": ("tonga", "country"), "Pacific Islands Forum":
           ("pacific_islands_forum", "organization"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country"),
           "Ghanaian": ("ghana", "country"), "Togolese": ("togo", "country")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# --- a quotation continued in a sentence of its own

def test_a_continued_quote_threatening_harm_is_the_speaker_s_threat(tmp_path):
    events = wire_events(tmp_path, '"The Shining Path\'s attacks on Ayacucho endanger thousands of farmers," said Deputy '
                                   'Minister Ana Ruiz. "Peru will continue to hold to account those who arm them."',
                         PARTIES)
    threats = typed(events, "THREATEN")
    assert threats and "ana_ruiz" in threats[0][1] and "peru" in threats[0][1]


def test_a_continued_quote_of_means_used_to_punish_threatens(tmp_path):
    events = wire_events(tmp_path, '"Smugglers have fed the war for years," said Interior Minister Luis Quispe. '
                                   '"Bolivia will use every tool to bring to justice those who fund them."', PARTIES)
    assert typed(events, "THREATEN")


def test_a_continued_quote_promising_help_or_telling_no_harm_is_no_threat(tmp_path):
    events = wire_events(tmp_path, '"The floods hit hard," said Deputy Minister Ana Ruiz. "Peru will continue to send '
                                   'engineers to the valley."', PARTIES)
    assert not typed(events, "THREATEN")
    events = wire_events(tmp_path, '"Prices rose in March," said Ana Ruiz, a trader in Lima. '
                                   '"Peru will have a hard winter."', PARTIES)
    assert not typed(events, "THREATEN")


def test_a_quoted_sentence_after_a_sentence_with_no_quote_has_no_speaker(tmp_path):
    events = wire_events(tmp_path, 'The deputy minister Ana Ruiz visited the valley on Monday. '
                                   '"Peru will hold to account those who arm the rebels."', PARTIES)
    assert not any("ana_ruiz" in e[1] for e in typed(events, "THREATEN"))


def test_answering_verbs_and_means_read_on_the_parse():
    words = answerable_words()
    doc = _nlp("They will bring the killers to justice.")
    assert made_to_answer(next(t for t in doc if t.lemma_ == "bring"), words)
    doc = _nlp("They will bring the books to the library.")
    assert not made_to_answer(next(t for t in doc if t.lemma_ == "bring"), words)
    doc = _nlp("They will use every tool to punish the smugglers.")
    use = next(t for t in doc if t.lemma_ == "use")
    assert means_to_harm(use, lambda act: act.lemma_ == "punish", words)
    assert not means_to_harm(use, lambda act: False, words)


def test_a_said_future_of_bringing_to_justice_threatens(tmp_path):
    events = wire_events(tmp_path, "The Togolese interior minister said Togo would bring to justice those who "
                                   "attacked the border post.", PARTIES)
    assert typed(events, "THREATEN")


# --- measures: missions ended, supplies interrupted

def test_a_mission_ended_or_its_mandate_terminated_is_a_withdrawal(tmp_path):
    events = wire_events(tmp_path, "The Pacific Islands Forum ended its monitoring mission in Tonga in May.", PARTIES)
    assert typed(events, "RETREAT")


def test_a_supply_interrupted_by_a_state_is_a_sanction(tmp_path):
    events = wire_events(tmp_path, "Ghana interrupted the supply of electricity to Togo for two days.", PARTIES)
    assert typed(events, "SANCTION")
    events = wire_events(tmp_path, "Heavy rain interrupted the supply of electricity to Togo for two days.", PARTIES)
    assert not typed(events, "SANCTION")


# --- declarations and statement cues

def test_an_envoy_declared_persona_non_grata_is_expelled(tmp_path):
    events = wire_events(tmp_path, "On Friday Chile declared the Bolivian ambassador, Marta Flores, persona non grata "
                                   "over her remarks.", PARTIES)
    sanctions = typed(events, "SANCTION")
    assert sanctions and sanctions[0][1] == ["chile"]


def test_objections_voiced_reject_and_satisfaction_expressed_supports(tmp_path):
    events = wire_events(tmp_path, "The Peruvian foreign ministry voiced objections to the Chilean plan.", PARTIES)
    assert typed(events, "REJECT")
    events = wire_events(tmp_path, "Luis Quispe expressed his satisfaction at the outcome of the talks with Chile.",
                         PARTIES)
    assert typed(events, "SUPPORT")


def test_a_decree_declared_invalid_is_rejected(tmp_path):
    events = wire_events(tmp_path, "Speaker Marta Flores declared the decree invalid.", PARTIES)
    assert typed(events, "REJECT")


def test_a_reply_at_a_time_of_one_s_choosing_threatens(tmp_path):
    events = wire_events(tmp_path, '"Our answer has begun. It will go on at times and places of our choosing," '
                                   'Fiji\'s prime minister said in a statement.', PARTIES)
    assert typed(events, "THREATEN")


def test_an_announced_future_retreat_in_the_passive_concedes(tmp_path):
    events = wire_events(tmp_path, "Luis Quispe said the charges against the Shining Path negotiators would be dropped.",
                         PARTIES)
    assert typed(events, "CONCEDE")
    events = wire_events(tmp_path, "Luis Quispe said the curfew in Peru would not be lifted.", PARTIES)
    assert not typed(events, "CONCEDE")


def test_saying_an_act_showed_a_party_s_weakness_accuses_it(tmp_path):
    events = wire_events(tmp_path, "Marta Flores said the strike showed the weakness of the Chilean government.",
                         PARTIES)
    assert typed(events, "ACCUSE")


def test_a_release_opening_with_a_state_that_thanks_another_is_praise(tmp_path):
    # the tagger reads "thanks" as a plural noun with the state as its compound
    from foothold.extract.pipeline import run_with_context
    from foothold.ingest import read_document
    path = tmp_path / "release.txt"
    path.write_text("Peru thanks Chile for its contribution to the security of the country and of the Andes over many "
                    "decades.\n", encoding="utf-8")
    extraction, _ = run_with_context(read_document(path))
    praise = [e for e in extraction.events if e.type == "SUPPORT"]
    assert praise and praise[0].source == ["peru"] and praise[0].target == ["chile"]


def test_a_name_not_opening_the_sentence_is_no_compound_subject():
    from foothold.extract.events.releases import named_compound_subject
    doc = _nlp("The minister read the Ghana thanks letters aloud.")
    assert all(named_compound_subject(t) is None for t in doc)
