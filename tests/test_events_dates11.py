"""Event dates, eleventh pass (issue 8, dates11): a ", when ..." clause the parser hung on a name is the act's setting
and a "since"/"until" point before a closing ", when" clause dates it (events/when_clauses.py); a "which" clause on a
dated happening tells that happening (events/happening_relatives.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Chad": ("chad", "country"), "Sudan": ("sudan", "country"), "Niger": ("niger", "country"),
          "Libya": ("libya", "country"), "Ali Moussa": ("ali_moussa", "person"),
          "Idriss Mahamat": ("idriss_mahamat", "person"), "Agadez": ("agadez", "place"),
          "Abeche": ("abeche", "place")}

RELEASE = "source: own writing, statement style\ntitle: A statement (press release, 20 June 2021)\n\n"


def dated(tmp_path, text: str, header: str = RELEASE) -> list[tuple]:
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.date.iso if e.date else None, e.evidence) for e in ctx.events]


def test_a_when_clause_hung_on_a_name_dates_the_act_it_closes(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - The reopening of the crossing was agreed by the Governor of Tahoua, Ali Moussa, "
            "and the Governor of Kanem, Idriss Mahamat, when they met in Agadez on 14 April.")
    got = dated(tmp_path, text)
    assert any(t[0] == "AGREE" and t[2] == "2021-04-14" for t in got), got


def test_a_when_clause_on_a_time_noun_keeps_its_date(tmp_path):
    # near miss: "the day when ..." is a true relative clause on a time; it is not read as the act's setting
    from foothold.extract.events.when_clauses import misread_when_clause
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Chad recalled the day, when its troops entered Abeche on 14 April.")
    clause = [t for t in doc if t.lower_ == "entered"][0]
    assert clause.dep_ != "relcl" or not misread_when_clause(clause)


def test_a_since_point_dates_the_closing_when_clause(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - Relations between Chad and Sudan have been tense since March 4, 2021, when "
            "the army of Sudan shelled a border post of Chad. The border has stayed closed since 12 May, when Chad "
            "expelled the ambassador of Sudan.")
    got = dated(tmp_path, text)
    assert any(t[0] == "ASSAULT" and t[2] == "2021-03-04" for t in got), got
    assert any(t[0] == "SANCTION" and t[2] == "2021-05-12" for t in got), got


def test_a_which_clause_on_a_dated_statement_is_the_statements(tmp_path):
    text = ("The Ministry of Chad regrets the joint statement issued on 18 May by the Governments of Niger and Sudan, "
            "which warned that they would close the border if Chad did not act.")
    got = dated(tmp_path, text)
    assert any(t[0] == "THREATEN" and t[2] == "2021-05-18" for t in got), got


def test_a_which_clause_on_a_dated_attack_is_the_attacks(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - Chad condemns the attack carried out last night on the market of Abeche by "
            "militias of Sudan, which killed four traders.")
    got = dated(tmp_path, text)
    assert any(t[0] == "ASSAULT" and t[2] == "2021-06-19" for t in got), got


def test_a_which_clause_with_its_own_date_keeps_it(tmp_path):
    # near miss: the clause tells a happening of its own time
    text = ("Chad regrets the joint statement issued on 18 May by the Governments of Niger and Sudan, which "
            "accused Libya in March 2020 of arming the rebels.")
    got = dated(tmp_path, text)
    assert not any(t[0] == "ACCUSE" and t[2] == "2021-05-18" for t in got), got


ANALYSIS = "source: own writing, analysis style\ntitle: A note on the Sahel\n\n"


def test_a_date_after_the_note_closing_its_sentence_is_no_running_date(tmp_path):
    text = ("Ali Moussa was elected governor in May 2020 and at once demanded that Niger close the border no later "
            "than 2026 (Sahel Wire, June 2, 2020). Chad rejected any fixed date, saying the decision was Libya's.")
    got = dated(tmp_path, text, ANALYSIS)
    assert any(t[0] == "REJECT" and t[1] == ["chad"] and t[2] and t[2].startswith("2020") for t in got), got
    assert not any(t[2] == "2026" for t in got), got


def test_a_yearless_day_in_the_weeks_before_a_release_is_the_releases_year(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - On March 2, 2020, Chad and Niger signed an accord on the river. The Ministry "
            "recalls that Niger affirmed on May 28 its full support for the position of Chad.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["niger"] and t[2] == "2021-05-28" for t in got), got


def test_a_yearless_day_long_before_the_release_runs_on_from_the_written_year(tmp_path):
    # near miss: five months back, the paragraph's written year still runs on
    text = ("N'DJAMENA, 20 June 2021 - On March 2, 2020, Chad and Niger signed an accord on the river. Niger "
            "affirmed on April 1 its full support for the position of Chad.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["niger"] and t[2] == "2020-04-01" for t in got), got


def test_a_month_a_present_proposal_tells_is_to_come():
    from foothold.extract.dates import find_dates
    from foothold.model import DateValue
    text = "The Ministry welcomes this readiness and proposes that the committee meet in Niamey in November."
    got = [d.iso for d in find_dates(text, DateValue(iso="2021-06-20", precision="day"))]
    assert got == ["2021-11"], got


def test_a_day_counted_back_after_the_noun_of_a_present_act_times_that_noun(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - The Government of Chad welcomes the signing yesterday in Niamey of the accord "
            "between Niger and Libya.")
    got = dated(tmp_path, text)
    assert any(t[0] == "SUPPORT" and t[1] == ["chad"] and t[2] in ("2021-06-20", "2021-06") for t in got), got


def test_a_day_counted_back_on_a_past_act_dates_it(tmp_path):
    # near miss: a past act told with "yesterday" is yesterday's
    text = "N'DJAMENA, 20 June 2021 - Chad signed an accord with Niger yesterday in Niamey."
    got = dated(tmp_path, text)
    assert any(t[1] and "chad" in t[1] and t[2] == "2021-06-19" for t in got), got


def test_a_date_inside_an_earlier_conjuncts_anchor_does_not_time_the_later_one(tmp_path):
    text = ("N'DJAMENA, 20 June 2021 - Chad's foreign minister met the envoy of Niger. Chad thanked Niger for "
            "standing with it after the attack on Abeche in March, and called on Libya to close its border, the "
            "ministry said.")
    got = dated(tmp_path, text)
    assert any(t[0] == "REQUEST" and t[1] == ["chad"] and t[2] and t[2].startswith("2021-06") for t in got), got


def test_a_date_hung_on_the_earlier_conjunct_may_time_both(tmp_path):
    # near miss: "met X in Niamey on 14 May and agreed ...": the day is the meeting's and the agreement's
    text = "Chad met Niger in Niamey on 14 May and agreed to reopen the border."
    got = dated(tmp_path, text)
    assert any(t[0] == "AGREE" and t[2] == "2021-05-14" for t in got), got


WEB = "source: own writing, web news style\ntitle: A story (Sahel Web, Monday 21 June 2021)\n\n"


def test_a_paragraph_going_on_with_the_speaker_before_goes_on_with_its_time(tmp_path):
    text = ("A spokesperson of Chad responded Saturday by expressing disappointment with the answer of Niger.\n\n"
            "Chad will consult Libya and Sudan on the best way forward, the spokesperson said.")
    got = dated(tmp_path, text, WEB)
    assert any(t[1] == ["chad"] and t[2] == "2021-06-19" and "consult" in t[3] for t in got), got


def test_a_paragraph_with_a_named_speaker_starts_afresh(tmp_path):
    # near miss: a new named speaker opens a telling of its own
    text = ("A spokesperson of Chad responded Saturday by expressing disappointment with the answer of Niger.\n\n"
            "Libya will consult Sudan on the best way forward, Ali Moussa said.")
    got = dated(tmp_path, text, WEB)
    assert not any(t[2] == "2021-06-19" and "consult" in t[3] for t in got), got


def test_an_act_told_during_a_visit_told_before_takes_the_visits_date(tmp_path):
    text = ("In early March 2021, Ali Moussa paid a visit to Libya. During the visit, Ali Moussa met the foreign "
            "minister of Libya in Tripoli (Sahel Wire, April 30, 2021).")
    got = dated(tmp_path, text, ANALYSIS)
    assert any(t[0] == "CONSULT" and t[2] == "2021-03" and "met" in t[3] for t in got), got


def test_an_act_told_during_an_indefinite_happening_keeps_its_note(tmp_path):
    # near miss: "during a visit" names no happening told before
    text = ("In early March 2021, Ali Moussa paid a visit to Libya. During a visit to Sudan, Ali Moussa met the "
            "foreign minister of Sudan in Khartoum (Sahel Wire, April 30, 2021).")
    got = dated(tmp_path, text, ANALYSIS)
    assert not any(t[0] == "CONSULT" and t[2] == "2021-03" and "Khartoum" in t[3] for t in got), got


def test_a_fronted_anchor_date_times_every_conjunct(tmp_path):
    # near miss: the anchor opens the sentence and sets the time of both acts
    text = ("After soldiers overthrew the president of Niger on 26 July 2023, Libya imposed sanctions on Niger, and "
            "Chad closed its border with Niger.")
    got = dated(tmp_path, text, ANALYSIS)
    assert any(t[1] == ["chad"] and t[2] and t[2].startswith("2023") for t in got), got


def test_a_time_of_day_on_the_earlier_conjunct_times_both(tmp_path):
    # near miss: "before dawn on Thursday" is the raid's own time, not an anchor
    text = ("N'DJAMENA, 20 June 2021 - Soldiers of Chad raided an office of Sudan in Abeche before dawn on Thursday "
            "and detained five officials of Sudan, witnesses said.")
    got = dated(tmp_path, text)
    assert not any(t[1] == ["chad"] and t[2] == "2021-06-20" for t in got), got


def test_a_vague_step_forward_leaves_the_running_date(tmp_path):
    text = ("On May 9, 2021, Ali Moussa met the president of Chad in N'Djamena (Sahel Wire, May 10, 2021). A few "
            "weeks later, Ali Moussa gave an interview on radio. He said that Niger would support Chad. He added "
            "that the two states needed each other (Sahel Radio, June 15, 2021).")
    got = dated(tmp_path, text, ANALYSIS)
    said = [t for t in got if "would support" in t[3]]
    assert said and all(t[2] != "2021-05-09" for t in said), got


def test_a_counted_step_forward_is_no_vague_one():
    # near miss: a counted step dates its sentence by the count; it does not drop the story's date
    from foothold.extract.events.vague_sequels import moves_on_vaguely
    assert not moves_on_vaguely("Two days later, Chad closed the border.")
    assert moves_on_vaguely("Several months later, Chad closed the border.")
