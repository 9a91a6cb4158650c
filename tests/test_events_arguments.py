"""Who takes part in an event (events/arguments.py), on invented newswire sentences (issue 8)."""

from event_fixtures import wire_events

ACTORS = {
    "United States": ("united_states", "country"), "Iran": ("iran", "country"), "Syria": ("syria", "country"), "Syrian": ("syria", "country"),
    "Israel": ("israel", "country"), "Israeli": ("israel", "country"), "Jordan": ("jordan", "country"),
    "Hezbollah": ("hezbollah", "organization"), "Arab League": ("arab_league", "organization"),
}


def events(tmp_path, text: str):
    return wire_events(tmp_path, text, ACTORS)


def test_a_report_told_after_its_content_is_not_another_statement(tmp_path):
    # "X condemned Y, Z said": Z's saying is the attribution of X's act, not a second ACCUSE
    assert events(tmp_path, "Syria condemned the Israeli air strikes, the foreign minister said on Monday.\n\n"
                            "Jordan condemned the Israeli air strikes, Hezbollah said on Tuesday.\n") == [
        ("ACCUSE", ["syria"], ["israel"]), ("ACCUSE", ["jordan"], ["israel"])]


def test_who_takes_part_in_or_leads_a_happening_is_its_doer(tmp_path):
    found = events(tmp_path, "Jordan took part in the talks with Israel in Washington on Monday.\n\n"
                             "Syrian troops led the offensive against Hezbollah on Tuesday.\n\n"
                             "Iran participated in the air strikes on Hezbollah on Wednesday.\n")
    assert [(s, t) for _, s, t in found] == [(["jordan"], ["israel"]), (["syria"], ["hezbollah"]),
                                            (["iran"], ["hezbollah"])], found


def test_a_possessor_beside_an_of_phrase_is_the_doer(tmp_path):
    # "Israel's bombing of Syria": subjective genitive; "Hezbollah's bombing" alone: the bombed
    found = events(tmp_path, "Israel's bombing of Syria in June drew condemnation.\n\n"
                             "The bombing of Jordan by Iran in May drew condemnation.\n")
    assert [(s, t) for _, s, t in found] == [(["israel"], ["syria"]), (["iran"], ["jordan"])], found


def test_a_reported_would_is_a_stated_intention(tmp_path):
    # reported speech moves "will" back to "would" after a past speech verb: PLOVER AGREE (THREATEN
    # when the act hurts); a present "says it would" is a conditional, not an intention
    found = events(tmp_path, "Syria said on Monday it would withdraw its troops from Jordan.\n\n"
                             "Iran said on Tuesday it would retaliate against any attack by Israel.\n\n"
                             "Jordan says it would withdraw its troops from Syria.\n")
    assert [(t, s, g) for t, s, g in found] == [("AGREE", ["syria"], ["jordan"]),
                                               ("THREATEN", ["iran"], ["israel"])], found


def test_a_document_speaks_for_its_author_or_the_parties_it_names(tmp_path):
    # "a statement from X" speaks for X; an unsigned joint communique for the parties its content makes
    # the subject, and two parties' stated intention is an agreement (PLOVER AGREE)
    found = events(tmp_path, "A statement from the Arab League called on Israel to withdraw from Jordan.\n\n"
                             "A joint communique said both Syria and Jordan would work to settle the border dispute.\n")
    assert found == [("REQUEST", ["arab_league"], ["israel"]), ("AGREE", ["syria", "jordan"], [])], found


def test_the_two_sides_after_a_meeting_are_its_parties(tmp_path):
    found = events(tmp_path, "Syria held talks with Jordan in Amman on Monday, and the two sides agreed to "
                             "resume trade.\n")
    assert ("AGREE", ["syria", "jordan"], []) in found, found


def test_its_in_what_a_state_says_is_the_speakers(tmp_path):
    # Hezbollah is named a sentence before; "its troops" in what Jordan says are Jordan's
    found = events(tmp_path, "Hezbollah held a rally in Beirut on Sunday.\n\n"
                             "Jordan said its troops had killed four Syrian smugglers on Monday.\n")
    assert ("ASSAULT", ["jordan"], ["syria"]) in found, found


def test_an_unnamed_state_body_acts_for_the_state_it_acts_in(tmp_path):
    # news-dev README: unnamed bodies' acts are coded with the country; the capital names it
    found = wire_events(tmp_path, "Police arrested 40 protesters in Tehran on Saturday.\n\n"
                                  "A court in Cairo sentenced two Jordanian journalists to prison on Sunday.\n\n"
                                  "Iraqi police arrested two Syrian smugglers in Cairo on Monday.\n",
                        {"Tehran": ("tehran", "place"), "Cairo": ("cairo", "place"), "Jordanian": ("jordan", "country"),
                         "Iraqi": ("iraq", "country"), "Syrian": ("syria", "country")})
    assert [(s, t) for _, s, t in found] == [(["iran"], []), (["egypt"], ["jordan"]), (["iraq"], ["syria"])], found
