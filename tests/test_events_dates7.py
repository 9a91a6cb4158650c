"""Event dates, seventh pass (issue 8, dates7): month and year shifts and "the same night" in the act's own clause
(events/analysis.py CLAUSE_SHIFT); a closing "when"/"where" clause timed by the shift of the clause it elaborates and
an "after" clause's date counted from (events/shift_reach.py); a reason clause's date (events/reason_dates.py); a bare
manner gerund is no inner happening (events/date_owner.py `manner_gerund`).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

ACTORS = {"Peru": ("peru", "country"), "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"),
          "Ecuadorian": ("ecuador", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
          "Alberto Fujimori": ("fujimori", "person"), "Fujimori": ("fujimori", "person"),
          "Ana Ruiz": ("ruiz", "person"), "Quito": ("quito", "place"), "Lima": ("lima", "place"),
          "Santiago": ("santiago", "place"), "Sixto Duran": ("duran", "person")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, wire style\ntitle: A report (Andes Wire, 5 May 1995)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "report.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_months_later_in_the_act_clause_over_a_later_clause_year(tmp_path):
    text = ("Peruvian troops shelled an Ecuadorian post on 10 January 1995. Ecuadorian forces captured two Peruvian "
            "officers two months later; both were released in 1996.")
    got = dated(tmp_path, text)
    assert ("COERCE", ["ecuador"], "1995-03") in got, got
    # near miss: with no shift of its own, the act keeps the nearest date (a year before the 5 May 1995 report:
    # dates12 no longer lets a past act take a date after its publication, so "in 1996" would not time it)
    got = dated(tmp_path, text.replace(" two months later", " in 1994"))
    assert ("COERCE", ["ecuador"], "1994") in got, got


def test_the_next_year_times_a_closing_when_clause(tmp_path):
    text = ("Peru and Ecuador signed a truce on 9 December 1992. The truce collapsed the next year, when Peruvian "
            "troops launched an offensive against Ecuador.")
    got = dated(tmp_path, text)
    assert ("ASSAULT", ["peru"], "1993") in got, got
    # near miss: a when-clause with a date of its own keeps it
    got = dated(tmp_path, text.replace("when Peruvian troops launched", "when in 1994 Peruvian troops launched"))
    assert ("ASSAULT", ["peru"], "1994") in got, got


def test_the_next_day_times_a_closing_where_clause(tmp_path):
    text = ("Chile announced on 3 May that the talks had been postponed; the next day the Bolivian envoy was in "
            "Santiago, where Fujimori thanked him for his efforts.")
    got = dated(tmp_path, text)
    assert ("SUPPORT", ["fujimori"], "1995-05-04") in got, got
    # near miss: with no shift the sentence's date holds
    got = dated(tmp_path, text.replace("; the next day", ";"))
    assert ("SUPPORT", ["fujimori"], "1995-05-03") in got, got


def test_a_shift_counts_from_the_date_of_an_after_clause(tmp_path):
    text = ("Gunmen kidnapped a Chilean diplomat in Lima on 25 April 1995. The abduction came less than three weeks "
            "after the journalist Ana Ruiz was shot dead outside her home in Lima on April 6. Ecuador recalled its "
            "ambassador from Peru the next day.")
    got = dated(tmp_path, text)
    assert ("SANCTION", ["ecuador"], "1995-04-07") in got, got
    # near miss: a "since" clause frames a state; the shift counts from the date told before it
    got = dated(tmp_path, text.replace("came less than three weeks after", "was the worst since"))
    assert ("SANCTION", ["ecuador"], "1995-04-26") in got, got


def test_the_same_night_in_the_act_clause_over_a_conjunct_date(tmp_path):
    text = ("Police arrested 40 protesters in Quito on 2 March 1995. Ecuador closed its border with Peru the same "
            "night and expelled the Peruvian consul on 4 March.")
    got = dated(tmp_path, text)
    assert ("SANCTION", ["ecuador"], "1995-03-02") in got, got
    assert ("SANCTION", ["ecuador"], "1995-03-04") in got, got


def test_a_reason_clause_date_is_the_reason_s(tmp_path):
    text = ("At the summit in Lima, Chile refused to sign the final declaration because it did not condemn the "
            "Peruvian attacks on Ecuador in March 1995.")
    got = dated(tmp_path, text)
    assert ("REJECT", ["chile"], "1995-05") in got, got
    # near miss: a date on the act itself, before the reason clause, still times it
    got = dated(tmp_path, text.replace("Chile refused to sign", "Chile refused on 2 May to sign"))
    assert ("REJECT", ["chile"], "1995-05-02") in got, got


def test_a_manner_gerund_date_is_the_act_s(tmp_path):
    got = dated(tmp_path, "Bolivia had asked the Government of Chile in writing on 4 March 1995 to halt the works.")
    assert ("REQUEST", ["bolivia"], "1995-03-04") in got, got
    # near miss: a gerund with an object of its own is another happening, whose date is its own
    got = dated(tmp_path, "Bolivia accused Chile of blocking the border on 4 March 1995.")
    assert ("ACCUSE", ["bolivia"], "1995-05") in got, got


def test_a_shift_on_a_noun_of_the_act_times_that_noun(tmp_path):
    text = ("Ecuador expelled the Peruvian consul in 1994 over the bombing of the Ecuadorian embassy in Lima a year "
            "earlier.")
    got = dated(tmp_path, text)
    assert ("SANCTION", ["ecuador"], "1994") in got, got
    # near miss: the same count hung on the act's own verb moves it
    got = dated(tmp_path, "Peru shelled an Ecuadorian post in 1993. Ecuador expelled the Peruvian consul a year later.")
    assert ("SANCTION", ["ecuador"], "1994") in got, got


def test_a_count_of_days_runs_from_the_phrase_a_count_of_months_from_a_later_note(tmp_path):
    days = ("On 27 March protesters stormed the Peruvian consulate in Quito (Reuters, 28 March 1995). Two days later "
            "Ecuador recalled its ambassador from Peru.")
    got = dated(tmp_path, days)
    assert ("SANCTION", ["ecuador"], "1995-03-29") in got, got
    months = ("Ecuador asked Peru to reopen the border, and Fujimori flew to Quito to say so in person (Reuters, "
              "January 20, 1995). Ecuador recalled its ambassador from Peru two months later.")
    got = dated(tmp_path, months)
    assert ("SANCTION", ["ecuador"], "1995-03") in got, got


def test_the_same_day_read_in_its_clause_is_not_lent_to_a_like_act(tmp_path):
    text = ("On 14 April Peruvian and Ecuadorian troops exchanged fire on the border. Ecuador said Peruvian troops had "
            "opened fire first. On 16 April Peruvian forces shelled an Ecuadorian post, and Ecuador said a Peruvian "
            "drone had struck a school. Peruvian forces fired on Ecuadorian villages the same day.")
    got = dated(tmp_path, text)
    assert ("ASSAULT", ["peru"], "1995-04-16") in got, got
    assert not any(t == "ASSAULT" and s == ["peru"] and d == "1995-04-16" for t, s, d in got[:2]), got


def test_a_date_after_the_publication_is_no_running_date(tmp_path):
    text = ("Peru and Ecuador held talks in Lima on 2 May. The two sides decided that there will be no troops on the "
            "border by December 31, 1995. Ecuador reaffirmed its commitment to protect the Peruvian observers.")
    got = dated(tmp_path, text)
    assert ("AGREE", ["ecuador"], "1995-05-02") in got, got


def test_a_year_naming_a_passive_agent_thing_dates_no_act(tmp_path):
    text = ("Lima holds that all such claims were settled by the 1942 protocol, and Ecuador rejected the ruling "
            "(Reuters, October 30, 1995).")
    got = dated(tmp_path, text)
    assert ("REJECT", ["ecuador"], "1995-10-30") in got, got
    # near miss: after a time preposition the phrase is a time, and its year dates the act
    got = dated(tmp_path, "Ecuador rejected the ruling in the 1994 session of the court (Reuters, October 30, 1995).")
    assert ("REJECT", ["ecuador"], "1994") in got, got


def test_a_present_perfect_act_is_the_report_s_month_not_the_sentence_before_s_day(tmp_path):
    text = "Ecuador summoned Peru's ambassador in Quito on April 21. Its foreign ministry has accused Peru of " \
           "violating the border accord."
    got = dated(tmp_path, text)
    assert got[-1] == ("ACCUSE", ["ecuador"], "1995-05"), got
    # near miss: a simple past runs on from the day told before
    got = dated(tmp_path, text.replace("has accused", "accused"))
    assert got[-1] == ("ACCUSE", ["ecuador"], "1995-04-21"), got
