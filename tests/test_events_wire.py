"""Wire stories on unseen text (issue 8): the dateline, weekdays and the running story's time.

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import extract_events

ACTORS = {"Congo": ("congo", "country"), "Uganda": ("uganda", "country"), "Peru": ("peru", "country"),
          "Bolivia": ("bolivia", "country"), "Vietnam": ("vietnam", "country"), "China": ("china", "country"),
          "Norway": ("norway", "country"), "Russia": ("russia", "country"), "Ghana": ("ghana", "country"),
          "Togo": ("togo", "country"), "Kenya": ("kenya", "country"), "Tanzania": ("tanzania", "country")}


def story(title_date: str, body: str) -> str:
    return f"source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, {title_date})\n\n{body}\n"


def dates_of(ctx, word: str) -> list[str | None]:
    """The dates of the events told by ``word`` (the first word of their evidence that is no actor's)."""
    return [e.date.iso if e.date else None for e in ctx.events
            if word in e.evidence and not any(w in e.evidence for w in ("accused", "said"))]


def test_a_weekday_after_the_act_dates_it_not_the_dateline_before_it(tmp_path):
    # a yearless dateline under a dated title: the weekday after the verb is the act's day
    cases = [("9 March 2022", "KINSHASA, March 9 (Harbor Wire) - Congo expelled a Ugandan diplomat on Tuesday and "
              "accused Uganda of backing rebels.", "expelled", "2022-03-08"),
             ("4 October 2019", "LIMA, Oct 4 (Harbor Wire) - Peru recalled its ambassador to Bolivia on Monday over "
              "a border dispute.", "recalled", "2019-09-30"),
             ("12 June 2018", "HANOI, June 12 (Harbor Wire) - Vietnam lodged a protest with China on Friday after "
              "its fishing boat was rammed.", "protest", "2018-06-08"),
             ("2 February 2021", "OSLO, Feb 2, 2021 (Harbor Wire) - Norway expelled a Russian diplomat on Monday, "
              "the foreign ministry said.", "expelled", "2021-02-01")]
    for title_date, body, word, day in cases:
        ctx = extract_events(tmp_path, story(title_date, body), ACTORS, "wire.txt")
        assert dates_of(ctx, word) == [day], (body, [(e.evidence, e.date) for e in ctx.events])


def test_a_lead_with_no_day_of_its_own_keeps_the_datelines_day(tmp_path):
    ctx = extract_events(tmp_path, story("5 May 2017", "ACCRA, May 5 (Harbor Wire) - Ghana recalled its envoy to Togo "
                                         "after a row over fishing rights."), ACTORS, "wire.txt")
    assert dates_of(ctx, "recalled") == ["2017-05-05"], [(e.evidence, e.date) for e in ctx.events]


PEOPLE = {"Fumio Kishida": ("fumio_kishida", "person"), "Kishida": ("fumio_kishida", "person"),
          "Yoon Suk Yeol": ("yoon_suk_yeol", "person"), "Yoon": ("yoon_suk_yeol", "person"),
          "Olaf Scholz": ("olaf_scholz", "person"), "Annalena Baerbock": ("annalena_baerbock", "person"),
          "Baerbock": ("annalena_baerbock", "person"), "Japan": ("japan", "country"),
          "North Korea": ("north_korea", "country"), "Belarus": ("belarus", "country"), "Russia": ("russia", "country"),
          "Lula": ("lula", "person"), "Javier Milei": ("javier_milei", "person"), "Milei": ("javier_milei", "person"),
          "Argentina": ("argentina", "country"), "Venezuela": ("venezuela", "country")}


def sources_of(ctx, word: str) -> list[list[str]]:
    return [e.source for e in ctx.events if word in e.evidence]


def test_a_bare_title_before_a_name_tells_who_the_title_alone_means_later(tmp_path):
    # "the prime minister" is the one named "Prime Minister X", not the story's most active person
    text = story("8 May 2023", "SEOUL, May 8 (Harbor Wire) - Prime Minister Fumio Kishida held talks with President "
                 "Yoon Suk Yeol on Sunday. Yoon thanked Japan for the visit. Yoon also praised the new hotline.\n\n"
                 "The prime minister urged North Korea to halt its missile tests.")
    ctx = extract_events(tmp_path, text, PEOPLE, "wire.txt")
    assert sources_of(ctx, "urged") == [["fumio_kishida"]], [(e.evidence, e.source) for e in ctx.events]
    # a title with its qualifier picks its own holder among several titled people
    text = story("10 January 2022", "BERLIN, Jan 10 (Harbor Wire) - Chancellor Olaf Scholz received Foreign Minister "
                 "Annalena Baerbock on Monday. Baerbock briefed him on the talks.\n\n"
                 "The foreign minister accused Belarus of smuggling migrants. The chancellor condemned Russia for the "
                 "troop build-up.")
    ctx = extract_events(tmp_path, text, PEOPLE, "wire.txt")
    assert sources_of(ctx, "smuggling") == [["annalena_baerbock"]], [(e.evidence, e.source) for e in ctx.events]
    assert sources_of(ctx, "build-up") == [["olaf_scholz"]], [(e.evidence, e.source) for e in ctx.events]
    # "the president" after "President X" and a later-named person with no title
    text = story("11 December 2023", "BUENOS AIRES, Dec 11 (Harbor Wire) - President Javier Milei took office on Sunday. "
                 "Lula did not attend. Lula sent his foreign minister instead.\n\n"
                 "The president accused Venezuela of threatening its neighbours.")
    ctx = extract_events(tmp_path, text, PEOPLE, "wire.txt")
    assert sources_of(ctx, "threatening") == [["javier_milei"]], [(e.evidence, e.source) for e in ctx.events]


def test_it_in_what_a_speaker_says_is_the_speaker_not_the_dateline_city(tmp_path):
    # the parser also makes the dateline's city a subject of "said": the speaker is the subject next to the verb
    actors = {"NAIROBI": ("nairobi", "place"), "Somalia": ("somalia", "country"), "KABUL": ("kabul", "place"),
              "Taliban": ("taliban", "organization"), "Pakistan": ("pakistan", "country"), "LIMA": ("lima", "place"),
              "Peru": ("peru", "country"), "Shining Path": ("shining_path", "organization")}
    cases = [("4 March 2025", "NAIROBI, March 4 (Harbor Wire) - Somalia's army said on Monday it had killed 30 "
              "militants near the border.", "killed", ["somalia"]),
             ("3 August 2025", "KABUL, Aug 3 (Harbor Wire) - The Taliban said on Sunday they had captured two border "
              "posts from Pakistan.", "captured", ["taliban"]),
             ("6 June 1992", "LIMA, June 6 (Harbor Wire) - Peru's police said on Friday they had arrested a leader of "
              "the Shining Path in the capital.", "arrested", ["peru"])]
    for title_date, body, word, source in cases:
        ctx = extract_events(tmp_path, story(title_date, body), actors, "wire.txt")
        assert [e.source for e in ctx.events if word in e.evidence] == [source], \
            (body, [(e.evidence, e.source) for e in ctx.events])


def test_a_date_under_since_inside_a_noun_phrase_does_not_run_on(tmp_path):
    # "their first call since the border row in March 2019": the parser hangs the date on "call", but "since" still
    # makes it the background's time, not the story's
    actors = {"Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"),
              "Ghana": ("ghana", "country"), "Togo": ("togo", "country"), "Burkina Faso": ("burkina_faso", "country")}
    bodies = [("10 May 2021", "SANTIAGO, May 10 (Harbor Wire) - Chile's president telephoned Bolivia's leader on Monday, "
               "their first call since the border row in March 2019, and discussed trade. Peru criticised the call.",
               "criticised"),
              ("14 October 2023", "ACCRA, Oct 14 (Harbor Wire) - Ghana's army chief met Togo's defence minister on "
               "Friday, the first meeting since the coup attempt in January 2022. Togo then accused Burkina Faso of "
               "arming rebels.", "accused"),
              ("12 April 2022", "LIMA, April 12 (Harbor Wire) - Peru's president received Chile's foreign minister on "
               "Monday, their first meeting since his contested re-election in June 2019. Bolivia criticised the "
               "meeting.", "criticised"),
              ("8 March 2024", "LOME, March 8 (Harbor Wire) - Togo's leader telephoned Ghana's president on Thursday, "
               "the first call since the re-opening of the border in May 2022. Burkina Faso condemned the call.",
               "condemned")]
    for title_date, body, word in bodies:
        ctx = extract_events(tmp_path, story(title_date, body), actors, "wire.txt")
        dates = [e.date.iso if e.date else None for e in ctx.events if word in e.evidence]
        assert dates and all(d is None or d[:4] == title_date[-4:] for d in dates), \
            (body, [(e.evidence, e.date) for e in ctx.events])


def test_a_recent_span_dates_a_present_perfect_act_by_the_report(tmp_path):
    # "has deployed ... in the past week" tells the news, not a past the text leaves undated
    actors = {"Russia": ("russia", "country"), "Latvia": ("latvia", "country"), "China": ("china", "country"),
              "Taiwan": ("taiwan", "country"), "Turkey": ("turkey", "country"), "YPG": ("ypg", "organization"),
              "India": ("india", "country"), "Nepal": ("nepal", "country")}
    cases = [("20 November 2021", "RIGA, Nov 20 (Harbor Wire) - Latvia summoned Russia's ambassador on Friday.\n\n"
              "Russia has sent two warships toward Latvia in the past week.", "warships", "2021-11"),
             ("5 October 2021", "TAIPEI, Oct 5 (Harbor Wire) - Taiwan accused China of harassment on Monday.\n\n"
              "China has sent dozens of fighter jets toward Taiwan over the past few days.", "jets", "2021-10"),
             ("3 May 2022", "ANKARA, May 3 (Harbor Wire) - Turkey warned the YPG on Tuesday.\n\n"
              "Turkey has shelled positions of the YPG in northern Syria in recent days.", "shelled", "2022-05"),
             ("9 September 2020", "NEW DELHI, Sept 9 (Harbor Wire) - India protested to Nepal on Wednesday.\n\n"
              "India has sent troops to its border with China this week.", "troops", "2020-09")]
    for title_date, body, word, month in cases:
        ctx = extract_events(tmp_path, story(title_date, body), actors, "wire.txt")
        dates = [e.date.iso[:7] if e.date else None for e in ctx.events if word in e.evidence]
        assert dates and all(d == month for d in dates), (body, [(e.evidence, e.type, e.date) for e in ctx.events])


def test_a_year_before_a_common_noun_in_the_object_names_the_thing_not_the_time(tmp_path):
    # "the 2003 ceasefire agreement" is which agreement, not when the accusation was made
    actors = {"Japan": ("japan", "country"), "China": ("china", "country"), "Bolivia": ("bolivia", "country"),
              "Chile": ("chile", "country"), "India": ("india", "country"), "Pakistan": ("pakistan", "country"),
              "Serbia": ("serbia", "country"), "Kosovo": ("kosovo", "country")}
    cases = [("Japan urged China to honour the 1972 joint communique.", "urged"),
             ("Bolivia demanded that Chile renegotiate the 1904 peace treaty.", "demanded"),
             ("India accused Pakistan of violating the 2003 ceasefire agreement.", "accused"),
             ("Serbia rejected the 2013 deal with Kosovo.", "rejected")]
    for sentence, word in cases:
        body = "GENEVA, May 6 (Harbor Wire) - Delegates met on Monday.\n\n" + sentence
        ctx = extract_events(tmp_path, story("6 May 2021", body), actors, "wire.txt")
        dates = [e.date.iso if e.date else None for e in ctx.events if word in e.evidence]
        assert dates and all(d is not None and d.startswith("2021") for d in dates), \
            (sentence, [(e.evidence, e.type, e.date) for e in ctx.events])


def test_a_year_before_an_event_noun_still_dates_that_happening(tmp_path):
    actors = {"Kenya": ("kenya", "country"), "Abu Hafs": ("abu_hafs", "person")}
    body = ("NAIROBI, May 6 (Harbor Wire) - Delegates met on Monday.\n\n"
            "Abu Hafs planned the 1998 bombing of the embassy in Kenya, which killed 213 people.")
    ctx = extract_events(tmp_path, story("6 May 2021", body), actors, "wire.txt")
    assert [e.date.iso for e in ctx.events if e.type == "ASSAULT"] == ["1998"], \
        [(e.evidence, e.type, e.date) for e in ctx.events]


def test_annulling_or_voiding_an_accord_rejects_it_and_unconstitutional_accuses(tmp_path):
    actors = {"Mali": ("mali", "country"), "Algeria": ("algeria", "country"), "Peru": ("peru", "country"),
              "China": ("china", "country"), "Bolivia": ("bolivia", "country"), "United States": ("united_states", "country")}
    cases = [("Mali annulled the peace agreement signed in Algeria.", "REJECT"),
             ("Peru declared the mining contract with China null and void.", "REJECT"),
             ("Bolivia called the sanctions by the United States unconstitutional.", "ACCUSE")]
    for sentence, etype in cases:
        ctx = extract_events(tmp_path, story("6 May 2021", "LIMA, May 6 (Harbor Wire) - Delegates met on Monday.\n\n"
                                             + sentence), actors, "wire.txt")
        assert [e.type for e in ctx.events if e.start > 120] == [etype], \
            (sentence, [(e.evidence, e.type) for e in ctx.events])


def test_an_attack_a_spokesman_claimed_is_his_groups(tmp_path):
    # the whole pipeline: the spokesman's tie to his group comes from the relations
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "wire.txt"
    path.write_text(story("9 May 2023", "KABUL, May 9 (Harbor Wire) - Delegates met on Friday.\n\n"
                          "Taliban spokesman Zabihullah Mujahid claimed the attack on the army base in Kandahar.\n\n"
                          "Boko Haram spokesman Abu Qaqa claimed the attack on the police headquarters in Abuja."),
                    encoding="utf-8")
    events = run(read_document(path)).events
    assert sorted(e.source[0] for e in events if e.type == "ASSAULT") == ["boko_haram", "taliban"], \
        [(e.evidence, e.type, e.source) for e in events]


def test_forces_on_alert_mobilize_and_his_countrys_forces_act_for_his_state(tmp_path):
    # the whole pipeline: the speaker's state comes from the relations ("Colombia's President X")
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "wire.txt"
    path.write_text(story("9 May 2023", "BOGOTA, May 9 (Harbor Wire) - Delegates met on Friday.\n\n"
                          "South Korea's military was on heightened alert along the border with North Korea.\n\n"
                          "Colombia's President Gustavo Petro said his country's army was on high alert along the "
                          "border with Venezuela.\n\nThe alert was lifted after the storm passed over Cuba."),
                    encoding="utf-8")
    events = run(read_document(path)).events
    assert sorted((e.type, e.source[0]) for e in events if e.source) == [("MOBILIZE", "colombia"),
                                                                          ("MOBILIZE", "south_korea")], \
        [(e.evidence, e.type, e.source) for e in events]


def test_a_strike_on_unnamed_targets_in_a_state_hits_that_state(tmp_path):
    actors = {"Turkish": ("turkey", "country"), "Iraq": ("iraq", "country"), "Israeli": ("israel", "country"),
              "Syria": ("syria", "country")}
    for sentence, target in (("Turkish jets struck several targets in northern Iraq on Sunday.", ["iraq"]),
                             ("Israeli jets hit targets in Syria overnight.", ["syria"])):
        ctx = extract_events(tmp_path, story("9 May 2023", "ANKARA, May 9 (Harbor Wire) - Delegates met on Friday.\n\n"
                                             + sentence), actors, "wire.txt")
        assert [e.target for e in ctx.events if e.type == "ASSAULT"] == [target], \
            (sentence, [(e.evidence, e.type, e.source, e.target) for e in ctx.events])


def test_a_day_told_for_the_saying_dates_a_past_perfect_act_only_by_its_month(tmp_path):
    # the act came before the day the group spoke; a later reading of "on Tuesday" as the act's day is wrong
    ctx = extract_events(tmp_path, story("9 March 2022", "KINSHASA, March 9 (Harbor Wire) - Congo said on Tuesday "
                                         "its troops had shelled rebel positions near the border with Uganda."),
                         ACTORS, "wire.txt")
    assert dates_of(ctx, "shelled") == ["2022-03"], [(e.evidence, e.date) for e in ctx.events]
    # the day of an act told in the simple past stays its day
    ctx = extract_events(tmp_path, story("9 March 2022", "KINSHASA, March 9 (Harbor Wire) - Congo shelled rebel "
                                         "positions near the border with Uganda on Tuesday."), ACTORS, "wire.txt")
    assert dates_of(ctx, "shelled") == ["2022-03-08"]


def test_people_killed_in_a_place_of_an_unnamed_state_are_no_other_states(tmp_path):
    # "Yemen's" names the speaker's state; the explosions were in Abu Dhabi, whose state the text does not name
    actors = {"Yemen": ("yemen", "country"), "Houthi movement": ("houthi_movement", "organization"),
              "Abu Dhabi": ("abu_dhabi", "place")}
    ctx = extract_events(tmp_path, "Yemen's Houthi movement said it had fired missiles, a day after explosions at a "
                                   "fuel depot in Abu Dhabi killed three workers.", actors)
    assert not any("yemen" in e.target for e in ctx.events), [(e.evidence, e.target) for e in ctx.events]
    # the place's state named in the text is the target, as before
    actors["United Arab Emirates"] = ("united_arab_emirates", "country")
    ctx = extract_events(tmp_path, "Explosions at a fuel depot in Abu Dhabi, the capital of the United Arab "
                                   "Emirates, killed three workers on Monday.", actors)
    assert [e.target for e in ctx.events if "killed" in e.evidence] in ([["united_arab_emirates"]], [[]]), \
        [(e.evidence, e.target) for e in ctx.events]
