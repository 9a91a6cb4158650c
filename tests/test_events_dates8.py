"""Event dates, eighth pass (issue 8, dates8): a measure's start told after the publication (events/measure_starts.py),
a date in a participle the parser hung on the main verb (events/reduced_relatives.py), a present-tense conjunct after
a past date, "since then" framing a present perfect, a date inside "before + gerund".

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"),
          "Ecuadorian": ("ecuador", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
          "Alberto Fujimori": ("fujimori", "person"), "Fujimori": ("fujimori", "person"),
          "Radio Sur": ("radiosur", "media"), "Media Council": ("council", "organization"),
          "Electoral Tribunal": ("tribunal", "organization"), "Lima": ("lima", "place"),
          "Sixto Duran": ("duran", "person")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, statement style\ntitle: A statement (Andes Wire, 5 May 1995)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_start_after_the_publication_dates_no_decision(tmp_path):
    text = ("The Media Council decided at its session today to suspend the licence of Radio Sur for two weeks, "
            "starting tomorrow, Saturday 6 May.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["council"] and t[2] == "1995-05-05" for t in got), got
    # near miss: a start on or before the publication is the act's own time
    got = dated(tmp_path, text.replace("at its session today ", "").replace("starting tomorrow, Saturday 6 May",
                                                                           "starting on 2 May"))
    assert any(t[1] == ["council"] and t[2] == "1995-05-02" for t in got), got


def test_a_border_closed_from_a_later_hour_is_ordered_on_the_publication_day(tmp_path):
    text = ("President Alberto Fujimori has ordered the closure of the border with Ecuador from six o'clock tomorrow "
            "morning, Saturday 6 May, until further notice.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["fujimori"] and t[2] == "1995-05-05" for t in got), got
    # near miss: a later date no start word opens ("closed the border on 6 May") is not a measure's start
    got = dated(tmp_path, "Peru said it closed the border with Ecuador on 3 May.")
    assert not any(t[2] == "1995-05-05" for t in got), got


def test_a_describing_participle_hung_on_the_verb_keeps_its_date(tmp_path):
    text = ("The members of the Media Council took note of the provisional results of the presidential election in "
            "Peru, announced by the Electoral Tribunal on 2 May 1995, and called on all political actors to settle any "
            "dispute through the courts. They expressed their full support to Alberto Fujimori.")
    got = dated(tmp_path, text)
    assert not any(t[1] == ["council"] and t[2] == "1995-05-02" for t in got), got
    # near miss: a date on the calling verb itself is its own
    got = dated(tmp_path, text.replace("and called on", "and on 3 May called on"))
    assert any(t[0] == "REQUEST" and t[1] == ["council"] and t[2] == "1995-05-03" for t in got), got


def test_a_date_after_of_names_the_noun(tmp_path):
    text = ("The members of the Media Council welcomed the results of the election of 9 April 1995 and called on "
            "Peru and Ecuador to respect them. They expressed their full support to Alberto Fujimori.")
    got = dated(tmp_path, text)
    assert not any(t[1] == ["council"] and t[2] == "1995-04-09" for t in got), got
    # near miss: a time noun before "of" is the act's time
    got = dated(tmp_path, "On the night of 9 April 1995 Peru shelled an Ecuadorian post.")
    assert any(t[0] == "ASSAULT" and t[2] == "1995-04-09" for t in got), got


def test_a_clause_on_the_named_noun_takes_its_date(tmp_path):
    text = ("The Media Council condemned the attack of 3 May in Lima, in which Peruvian soldiers shelled an "
            "Ecuadorian post.")
    got = dated(tmp_path, text)
    assert ("ASSAULT", ["peru"], "1995-05-03") in got, got


def test_a_present_conjunct_takes_no_date_of_the_first_verbs_phrase(tmp_path):
    text = ("The Government of Chile condemns the attack on an Ecuadorian truck near Tumbes on 2 May and calls on "
            "Peru to protect Ecuadorian travellers.")
    got = dated(tmp_path, text)
    assert any(t[0] == "REQUEST" and t[2] == "1995-05" for t in got), got
    # near miss: a date before the first verb (a chronicle's present) still times both
    got = dated(tmp_path, "On 2 May the Government of Chile condemns the shelling and calls on Peru to withdraw.")
    assert any(t[0] == "REQUEST" and t[2] == "1995-05-02" for t in got), got


def test_since_then_frames_a_present_perfect(tmp_path):
    text = ("In August 1994 the parliament of Peru declared Ecuador a hostile state, and since then Peru has closed "
            "the border to Ecuadorian traders.")
    got = dated(tmp_path, text)
    assert not any(t[0] in ("SANCTION", "COERCE") and t[2] == "1994-08" for t in got), got
    # a "since then" counted from a date of the publication's year dates the act to what the two share
    got = dated(tmp_path, text.replace("August 1994", "March 1995"))
    assert any(t[0] in ("SANCTION", "COERCE") and t[2] == "1995" for t in got), got


def test_a_date_before_a_gerund_is_the_gerunds(tmp_path):
    text = ("Peru shelled an Ecuadorian post on 3 May. Sixto Duran crossed into Chile and applied for asylum there; "
            "Chile briefly detained him before releasing him on 4 May.")
    got = dated(tmp_path, text)
    assert any(t[0] == "REQUEST" and t[2] == "1995-05-03" for t in got), got
    # near miss: a date on the act's own verb is its own
    got = dated(tmp_path, text.replace("before releasing him on 4 May", "on 4 May"))
    assert any(t[0] == "COERCE" and t[2] == "1995-05-04" for t in got), got


def test_today_on_the_act_outranks_an_anchors_date(tmp_path):
    text = ("Alberto Fujimori takes note of the decision of the Media Council today to suspend Radio Sur, following "
            "the request of the Electoral Tribunal on 2 May that the station be closed.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["council"] and t[2] == "1995-05-05" for t in got), got
    # near miss: with no "today" the anchor's date still dates the act
    got = dated(tmp_path, text.replace(" today", ""))
    assert any(t[1] == ["council"] and t[2] == "1995-05-02" for t in got), got


def test_a_fronted_setting_noun_keeps_its_of_date(tmp_path):
    text = ("Peru shelled an Ecuadorian post on 3 February 1995. In its reply of 20 March 1995, Ecuador denied any "
            "attack on Peru.")
    got = dated(tmp_path, text)
    assert ("REJECT", ["ecuador"], "1995-03-20") in got, got


def test_a_happening_the_act_takes_part_in_keeps_its_of_date(tmp_path):
    text = ("Chile shelled a Peruvian post in March 1995. Alberto Fujimori met Sixto Duran at the summit of 2 April "
            "1995 in Lima.")
    got = dated(tmp_path, text)
    assert ("CONSULT", ["fujimori"], "1995-04-02") in got, got
