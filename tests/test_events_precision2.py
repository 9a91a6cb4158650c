"""Acts asked for by an invitation, "hold X to its word", and notes of protest handed over (events/invited_acts.py,
held_to.py, protest_notes.py; issue 8, precision2). Sentences are our own, from arenas outside the development
texts."""

from event_fixtures import extract_events

ACTORS = {"Ghanaian": ("ghana", "country"), "Togolese": ("togo", "country"), "Accra": ("accra", "place"),
          "Norway": ("norway", "country"), "Colombian": ("colombia", "country"), "Oslo": ("oslo", "place"),
          "Zambian": ("zambia", "country"), "Peru": ("peru", "country"), "Chilean": ("chile", "country"),
          "Bolivia": ("bolivia", "country"), "Brazilian": ("brazil", "country"), "Japanese": ("japan", "country"),
          "Sri Lankan": ("sri_lanka", "country"), "Colombo": ("colombo", "place")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt").events]


def test_the_act_an_invitation_asks_for_has_not_happened(tmp_path):
    for body in ("The Ghanaian president invited the Togolese prime minister to visit Accra.",
                 "Norway has invited Colombian rebel commanders to meet government negotiators in Oslo next month."):
        got = _events(tmp_path, body)
        assert ("AGREE", "invitation") in got, body
        assert not any(t == "CONSULT" for t, _ in got), body


def test_a_visit_made_at_an_invitation_stays(tmp_path):
    got = _events(tmp_path, "The Togolese prime minister visited Accra on Friday at the invitation of the Ghanaian "
                            "president.")
    assert any(t == "CONSULT" for t, _ in got)


def test_holding_someone_to_a_promise_promises_nothing(tmp_path):
    for body in ('"We will hold the Togolese junta to that commitment," the Ghanaian foreign minister said.',
                 '"They gave their word, and we will hold them to it," the Zambian opposition leader said.'):
        assert not any(t == "AGREE" for t, _ in _events(tmp_path, body)), body


def test_holding_someone_accountable_stays_a_threat(tmp_path):
    got = _events(tmp_path, '"We will hold the Togolese junta accountable for every death," the Ghanaian foreign '
                            'minister said on Monday.')
    assert any(t == "THREATEN" for t, _ in got)


def test_a_note_of_protest_handed_over_is_a_complaint(tmp_path):
    got = _events(tmp_path, "Bolivia's foreign minister handed the Brazilian envoy a letter of protest over the "
                            "arrests in La Paz.")
    assert got and all(t == "ACCUSE" for t, _ in got)
    got = _events(tmp_path, "Peru's foreign ministry summoned the Chilean ambassador on Tuesday and handed him a "
                            "protest note.")
    assert got and not any(t == "AID" for t, _ in got)


def test_goods_handed_over_stay_aid(tmp_path):
    got = _events(tmp_path, "The Japanese ambassador handed Sri Lankan officials 50 tonnes of rice and medicine in "
                            "Colombo on Monday.")
    assert any(t == "AID" for t, _ in got)


SCHEDULE_ACTORS = {"Kenyan": ("kenya", "country"), "Kenya": ("kenya", "country"), "Addis Ababa": ("addis", "place"),
                   "Uganda": ("uganda", "country"), "Tanzania": ("tanzania", "country"),
                   "Ugandan": ("uganda", "country"), "Kampala": ("kampala", "place")}


def _scheduled(tmp_path, body: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + body + "\n", SCHEDULE_ACTORS, "story.txt").events]


def test_a_trip_or_meeting_set_for_a_time_or_place_is_a_schedule(tmp_path):
    """events/schedules.py: a third party's meeting or journey pinned to a time or place promises nothing."""
    for body in ("The Kenyan foreign minister will travel to Addis Ababa on Monday.",
                 "The Kenyan president will meet the Ugandan president in Kampala next week."):
        assert _scheduled(tmp_path, body) == [], body


def test_a_stated_intention_to_consult_and_a_trip_made_stay(tmp_path):
    assert "AGREE" in _scheduled(tmp_path, "Kenya will consult Uganda and Tanzania on the best way forward.")
    assert "CONSULT" in _scheduled(tmp_path, "The Kenyan foreign minister travelled to Addis Ababa on Monday.")


ACCUSING_ACTORS = {"Ogaden": ("ogaden", "organization"), "Addis Ababa": ("addis", "place"),
                   "Ethiopian": ("ethiopia", "country"), "Colombian": ("colombia", "country"),
                   "Tren de Aragua": ("tren", "organization")}


def _accusations(tmp_path, body: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + body + "\n", ACCUSING_ACTORS, "story.txt").events]


def test_a_present_accusation_in_a_relative_clause_describes(tmp_path):
    """events/described_accusations.py: what a thing or person is accused of, told in a relative clause."""
    for body in ("The Ogaden rebels take their name from a 1994 accord that they accuse Addis Ababa of breaking.",
                 "He leads the Tren de Aragua gang with his cousin, whom Colombian prosecutors accuse of extortion."):
        assert "ACCUSE" not in _accusations(tmp_path, body), body


def test_a_present_accusation_in_a_main_clause_stays(tmp_path):
    assert "ACCUSE" in _accusations(tmp_path, "The Ethiopian government accuses the Ogaden rebels of attacking a "
                                              "Chinese oil field.")
    assert "ACCUSE" in _accusations(tmp_path, "Colombian prosecutors accused the Tren de Aragua gang of extortion "
                                              "on Monday.")


HAZARD_ACTORS = {"Nepal": ("nepal", "country"), "Kenya": ("kenya", "country"), "Iran": ("iran", "country"),
                 "Israeli": ("israel", "country"), "Syria": ("syria", "country"), "Cuba": ("cuba", "country"),
                 "Cuban": ("cuba", "country"), "Damascus": ("damascus", "place")}


def _hazard_events(tmp_path, body: str) -> list[str]:
    return [e.type for e in extract_events(tmp_path, HEADER + body + "\n", HAZARD_ACTORS, "story.txt").events]


def test_a_natural_hazard_kills_without_an_assault(tmp_path):
    """events/natural_hazards.py."""
    for body in ("An earthquake killed 300 people in Nepal on Saturday.",
                 "Floods killed 40 people in western Kenya last week.",
                 "Ten people were killed by the floods in Nepal on Sunday."):
        assert "ASSAULT" not in _hazard_events(tmp_path, body), body


def test_gunmen_killing_stays_an_assault(tmp_path):
    assert "ASSAULT" in _hazard_events(tmp_path, "Gunmen killed 40 people in western Kenya last week.")


def test_what_a_judging_verb_calls_an_act_is_no_second_act(tmp_path):
    """events/characterized_as.py: the judgement is the event."""
    for body in ("Iran condemned the Israeli strikes on Damascus as an attack on Syria's sovereignty.",
                 "Cuba called the embargo an attack on the Cuban people."):
        got = _hazard_events(tmp_path, body)
        assert "ACCUSE" in got and "ASSAULT" not in got, body


def test_a_later_conjunct_of_what_is_demanded_is_asked_for(tmp_path):
    """events/skips.py requested: the object of a demanding verb, and its later conjuncts, is asked for."""
    actors = {"Peruvian": ("peru", "country"), "Arequipa": ("arequipa", "place"), "Juan Ruiz": ("ruiz", "person")}
    body = "Peruvian farmers blocked roads near Arequipa to demand new elections and Juan Ruiz's resignation."
    got = [e.type for e in extract_events(tmp_path, HEADER + body + "\n", actors, "story.txt").events]
    assert "RETREAT" not in got


def test_an_undated_pledge_of_allegiance_in_the_perfect_is_a_standing_tie(tmp_path):
    """events/allegiance.py."""
    actors = {"Maute group": ("maute", "organization"), "Islamic State": ("is", "organization"),
              "Boko Haram": ("boko", "organization")}
    body = "The Maute group, a Filipino militant band, has pledged allegiance to the Islamic State."
    assert not [e for e in extract_events(tmp_path, HEADER + body + "\n", actors, "story.txt").events]
    body = "Boko Haram's leader pledged allegiance to the Islamic State in an audio message on March 7, 2015."
    assert [e.type for e in extract_events(tmp_path, HEADER + body + "\n", actors, "story.txt").events] == ["AGREE"]
