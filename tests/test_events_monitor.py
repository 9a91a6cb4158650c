"""Monitor reports (issue 8): incident summaries by a monitoring mission, a rights group or a conflict-data project.

Each mechanism is checked on invented sentences from arenas outside the development texts and bench/owndocs9
(Nigeria, Somalia, Mali, Cameroon, Colombia, Mozambique, Ethiopia, South Sudan), and on its near miss. Each test was
run before its rule was written and failed then, except the denial test (its sentences already gave only the REJECT;
its rule, ``monitor.doerless_passive``, mends a whole report where the denying body is bound by the title's state).
"""

from event_fixtures import extract_events

ACTORS = {"Ahmed Omar": ("ahmed_omar", "person"), "Boko Haram": ("boko_haram", "organization"), "Borno State": ("borno", "place"),
          "Magumeri": ("magumeri", "place"), "Maiduguri": ("maiduguri", "place"), "Nigeria": ("nigeria", "country"),
          "Nigerian": ("nigeria", "country"), "Monguno": ("monguno", "place"),
          "Al-Shabaab": ("al_shabaab", "organization"), "Lamu": ("lamu", "place"), "Kenyan": ("kenya", "country"),
          "Mogadishu": ("mogadishu", "place"), "Somalia": ("somalia", "country"),
          "National Liberation Army": ("eln", "organization"), "Arauca": ("arauca", "place"),
          "Colombia": ("colombia", "country"), "Mali": ("mali", "country"), "Gao": ("gao", "place"),
          "Diallassagou": ("diallassagou", "place"), "Cameroon": ("cameroon", "country"),
          "Kolofata": ("kolofata", "place"), "Ethiopia": ("ethiopia", "country"), "Mekelle": ("mekelle", "place"),
          "South Sudan": ("south_sudan", "country"), "Sudan": ("sudan", "country"), "Abyei": ("abyei", "place"),
          "United Nations": ("united_nations", "organization"), "Aguelhok": ("aguelhok", "place"),
          "Damboa": ("damboa", "place"), "Palma": ("palma", "place"), "Mozambique": ("mozambique", "country"),
          "Pemba": ("pemba", "place"), "Mocimboa da Praia": ("mocimboa", "place")}


def monitor_events(tmp_path, title: str, text: str) -> list[tuple]:
    """(type, source, target) of each event in ``text`` told as a monitor report titled ``title``."""
    header = f"source: own writing, monitor report style\ntitle: {title}\n\n{title}\n\n"
    ctx = extract_events(tmp_path, header + text, ACTORS, "monitor.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


# -- a place is where an act happens, never who acts or is acted on ------------------------------------------------

def test_a_crowd_named_by_its_town_is_no_party(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: protests in Borno (monitor note, 2020)",
                         "On 30 November 2020, residents of Maiduguri protested against the killings.\n")
    assert got == [], got
    got = monitor_events(tmp_path, "Mozambique: flight from Palma (monitor note, 2021)",
                         "On 29 March 2021, thousands of people marched to Pemba from Palma.\n")
    assert got == [], got
    # a named doer keeps the act, and the place stays where it was done
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, 2020)",
                         "On 28 November 2020, Boko Haram fighters attacked farmers near Maiduguri.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["boko_haram"])], got


# -- the toll of an attack told in the next sentence is that attack, not another -----------------------------------

def test_a_toll_told_after_an_attack_is_that_attack(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 4 May 2019, Boko Haram fighters attacked a military base in Magumeri, in Borno State. "
                         "Four Nigerian soldiers were killed and seven were wounded.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["boko_haram"])], got
    got = monitor_events(tmp_path, "Colombia: attacks in Arauca (monitor note, August 2021)",
                         "On 9 August 2021, fighters of the National Liberation Army ambushed a police patrol in "
                         "Arauca. Two officers were killed, according to the governor.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["eln"])], got
    got = monitor_events(tmp_path, "Somalia: attacks near Lamu (monitor note, January 2020)",
                         "On 5 January 2020, Al-Shabaab militants shelled a camp near Lamu. A Kenyan soldier was "
                         "killed.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["al_shabaab"])], got


def test_a_toll_with_its_own_day_or_paragraph_is_its_own_act(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, March 2022)",
                         "On 2 March 2022, Boko Haram fighters attacked Magumeri. On 5 March, two Nigerian soldiers "
                         "were killed near Monguno.\n")
    assert [g[0] for g in got] == ["ASSAULT", "ASSAULT"], got
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, March 2022)",
                         "On 2 March 2022, Boko Haram fighters attacked Magumeri.\n\n"
                         "On the same day, two Nigerian soldiers were killed near Monguno.\n")
    assert [g[0] for g in got] == ["ASSAULT", "ASSAULT"], got


# -- an unnamed state body in a report about one state acts for it -------------------------------------------------

def test_an_unnamed_state_body_acts_for_the_state_the_report_is_about(tmp_path):
    got = monitor_events(tmp_path, "Mali: killings in the centre (rights group briefing, April 2022)",
                         "On 3 April 2022, gunmen killed eleven villagers in Diallassagou. Survivors fled to nearby "
                         "towns. Two days later, the army sent reinforcements to the area.\n")
    assert ("MOBILIZE", ["mali"], []) in got, got
    got = monitor_events(tmp_path, "Cameroon: the Far North (monitor note, May 2021)",
                         "The market was crowded. On 12 May 2021, a military helicopter fired rockets at a market "
                         "in Kolofata.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["cameroon"])], got
    got = monitor_events(tmp_path, "Ethiopia: the siege of Mekelle (monitor note, June 2021)",
                         "On 22 June 2021, an air strike hit a market near Mekelle. Witnesses counted dozens of "
                         "bodies. The military's spokesman denied on 24 June that civilians had been killed.\n")
    assert ("REJECT", ["ethiopia"], []) in got, got


def test_a_report_about_two_states_binds_no_body(tmp_path):
    got = monitor_events(tmp_path, "Sudan and South Sudan: clashes in Abyei (monitor note, 2022)",
                         "Survivors fled to nearby towns. Witnesses counted dozens of bodies. On 2 February 2022, "
                         "the army shelled a market.\n")
    assert got == [], got


# -- explosive devices: a vehicle striking a mine is hit; a claim the next sentence makes names the bomber ----------

def test_a_vehicle_striking_a_mine_is_attacked(tmp_path):
    got = monitor_events(tmp_path, "Mali: attacks on peacekeepers (monitor note, March 2021)",
                         "On 23 March 2021, a vehicle of the United Nations mission struck an improvised explosive "
                         "device near Aguelhok. Four peacekeepers were injured.\n")
    assert [(g[0], g[2]) for g in got] == [("ASSAULT", ["united_nations"])], got
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2021)",
                         "On 5 May 2021, a convoy of the Nigerian army ran over a landmine near Damboa.\n")
    assert [(g[0], g[2]) for g in got] == [("ASSAULT", ["nigeria"])], got
    # striking a target is the striker's act
    got = monitor_events(tmp_path, "Somalia: attacks (monitor note, 2019)",
                         "On 3 June 2019, Al-Shabaab struck a Kenyan army base near Lamu.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["al_shabaab"])], got


def test_a_bomb_claimed_in_the_next_sentence_is_the_claimants(tmp_path):
    got = extract_events(tmp_path, "source: own writing, monitor report style\ntitle: Somalia: bombings (monitor "
                         "note, July 2019)\n\nOn 12 July 2019, a car bomb exploded outside a hotel in Mogadishu, "
                         "killing 26 people. Al-Shabaab claimed the attack the same day.\n", ACTORS, "monitor.txt")
    assert [(e.type, e.source) for e in ctx_events(got)] == [("ASSAULT", ["al_shabaab"])], ctx_events(got)
    assert "a car bomb exploded" in ctx_events(got)[0].evidence, ctx_events(got)[0].evidence
    assert ctx_events(got)[0].date.iso == "2019-07-12", ctx_events(got)[0].date


def ctx_events(ctx):
    return list(ctx.events)


# -- a doer-less deed that a denial disputes is not told as a happening -------------------------------------------

def test_a_denied_doerless_killing_is_no_act(tmp_path):
    got = monitor_events(tmp_path, "Ethiopia: the siege of Mekelle (monitor note, June 2021)",
                         "On 24 June 2021, the Ethiopian government denied that civilians had been killed in the "
                         "strike.\n")
    assert [(g[0], g[1]) for g in got] == [("REJECT", ["ethiopia"])], got
    # a deed whose doer is named is still told ("denied that X attacked" reports X's act)
    got = monitor_events(tmp_path, "Mozambique: the attack on Palma (monitor note, April 2021)",
                         "On 2 April 2021, Mozambique denied that Al-Shabaab fighters had seized Palma.\n")
    assert sorted(g[0] for g in got) == ["COERCE", "REJECT"], got


# -- a report told weeks later: an undated deed follows the story's month, not the publication's -------------------

MORE = {"South Sudanese": ("south_sudan", "country"), "Yei": ("yei", "place"),
        "Equatoria Rights Monitor": ("erm", "organization")}


def test_an_undated_deed_in_a_later_report_keeps_the_storys_month(tmp_path):
    ctx = extract_events(tmp_path, "source: own writing, monitor report style\ntitle: South Sudan: killings near Yei "
                         "(monitor briefing, March 2017)\n\nSouth Sudan: killings near Yei\n\n"
                         "On 16 January 2017, South Sudanese soldiers killed six civilians near Yei.\n\n"
                         "Witnesses said South Sudanese soldiers then burned the houses of the victims.\n\n"
                         "Equatoria Rights Monitor calls on South Sudan to investigate the killings.\n",
                         {**ACTORS, **MORE}, "monitor.txt")
    got = [(e.type, e.date.iso if e.date else None) for e in ctx.events]
    assert got == [("ASSAULT", "2017-01-16"), ("ASSAULT", "2017-01"), ("REQUEST", "2017-03")], got


def test_another_partys_past_statement_in_a_later_report_keeps_the_storys_month(tmp_path):
    # dates2: a reaction told in the past is recounted like the deed (the report's own appeal keeps its month)
    ctx = extract_events(tmp_path, "source: own writing, monitor report style\ntitle: South Sudan: killings near Yei "
                         "(monitor briefing, March 2017)\n\nSouth Sudan: killings near Yei\n\n"
                         "On 16 January 2017, South Sudanese soldiers killed six civilians near Yei.\n\n"
                         "The United Nations condemned the killings and demanded that South Sudan punish the soldiers."
                         "\n\nEquatoria Rights Monitor calls on South Sudan to investigate the killings.\n",
                         {**ACTORS, **MORE}, "monitor.txt")
    got = [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]
    assert ("ACCUSE", ["united_nations"], "2017-01") in got and ("REQUEST", ["united_nations"], "2017-01") in got, got
    assert ("REQUEST", ["erm"], "2017-03") in got, got


# -- attributing an attack to someone blames them (PLOVER ACCUSE) --------------------------------------------------

def test_attributing_an_attack_to_a_party_accuses_it(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 6 May 2019, the Nigerian army attributed the ambush near Damboa to Boko Haram.\n")
    assert [(g[0], g[1], g[2]) for g in got] == [("ACCUSE", ["nigeria"], ["boko_haram"])], got
    got = monitor_events(tmp_path, "Somalia: bombings (monitor note, July 2019)",
                         "On 13 July 2019, local officials attributed the bombing to Al-Shabaab.\n")
    assert [(g[0], g[2]) for g in got] == [("ACCUSE", ["al_shabaab"])], got
    # attacks described as attributed to a group are counted, not an accusation made
    got = monitor_events(tmp_path, "Somalia: attacks (monitor note, 2019)",
                         "In 2019 the mission recorded 40 attacks attributed to Al-Shabaab near Mogadishu.\n")
    assert [g[0] for g in got if g[0] == "ACCUSE"] == [], got


# -- "shelled X, targeting Y": the participle says what the one attack aimed at --------------------------------------

def test_an_attack_participle_aims_the_attack(tmp_path):
    got = monitor_events(tmp_path, "Somalia: attacks near Lamu (monitor note, May 2019)",
                         "On 3 May 2019, Al-Shabaab fighters shelled villages near Lamu, targeting a Kenyan army "
                         "camp.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["al_shabaab"])] and "kenya" in got[0][2], got
    # another doer's attack stays its own
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 3 May 2019, Nigerian jets bombed camps near Monguno. On 4 May, Boko Haram fighters "
                         "shelled Magumeri, targeting a Nigerian army base.\n")
    assert sorted(tuple(g[1]) for g in got if g[0] == "ASSAULT") == [("boko_haram",), ("nigeria",)], got


# -- a victim's family speaks for itself, not for the victim -------------------------------------------------------


def test_a_persons_family_is_not_the_person(tmp_path):
    got = monitor_events(tmp_path, "Somalia: attacks on journalists (monitor note, May 2021)",
                         "On 9 May 2021, the journalist Ahmed Omar was shot dead in Mogadishu. His family blamed "
                         "Al-Shabaab for the killing.\n")
    assert ("ACCUSE", [], ["al_shabaab"]) in got and not any(g[1] == ["ahmed_omar"] for g in got), got
    got = monitor_events(tmp_path, "Somalia: attacks on journalists (monitor note, May 2021)",
                         "On 9 May 2021, the journalist Ahmed Omar was shot dead in Mogadishu. The relatives of Ahmed "
                         "Omar blamed Al-Shabaab for the killing.\n")
    assert ("ACCUSE", [], ["al_shabaab"]) in got, got


# -- a place told in another clause of the sentence is not where the unnamed body acts -----------------------------

def test_a_place_in_another_clause_does_not_bind_the_body(tmp_path):
    got = monitor_events(tmp_path, "Cameroon: the Far North (monitor note, May 2021)",
                         "On 12 May 2021, a military helicopter fired rockets at a market near Kolofata, and thousands "
                         "of residents fled towards the border with Nigeria.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["cameroon"])], got


# -- a sentence the parser cut inside a line is no headline ---------------------------------------------------------

def test_a_sentence_cut_inside_a_line_is_no_headline(tmp_path):
    # the parser ends a sentence at "near Ba" ("So village" opens the next); a later act of the same kind by the
    # same party must not make that first telling a headline repeated in the body
    got = monitor_events(tmp_path, "Nigeria: killings in Borno (monitor note, June 2019)",
                         "On 2 May 2019, Nigerian soldiers killed six fishermen near Ba So village in Borno State.\n\n"
                         "On 9 May 2019, Nigerian soldiers shelled a village near Monguno.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["nigeria"]), ("ASSAULT", ["nigeria"])], got


# -- a toll told of counted incidents is an aggregate, not a happening ------------------------------------------------

def test_a_toll_of_counted_incidents_is_an_aggregate(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks on schools (monitor report, January 2020)",
                         "In 2019 the mission documented 14 attacks on schools in Borno State, in which 30 children "
                         "were killed.\n")
    assert got == [], got
    got = monitor_events(tmp_path, "Mozambique: Cabo Delgado (monitor report, April 2021)",
                         "Between January and March 2021, the mission recorded 28 incidents near Palma in which at "
                         "least 60 civilians in Mozambique were killed.\n")
    assert got == [], got
    # one attack's toll told in a relative clause stays that attack
    got = monitor_events(tmp_path, "Nigeria: attacks on schools (monitor report, May 2019)",
                         "On 3 May 2019, Boko Haram fighters attacked a school in Magumeri, where four children were "
                         "killed.\n")
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["boko_haram"])], got


# -- calling an act an attack on someone or something condemns it (PLOVER ACCUSE) ------------------------------------

def test_calling_an_act_an_attack_accuses(tmp_path):
    people = {**ACTORS, "Ali Musa": ("ali_musa", "person"), "African Union": ("african_union", "organization")}
    header = "source: own writing, monitor report style\ntitle: Somalia: attacks (monitor note, June 2019)\n\n"
    ctx = extract_events(tmp_path, header + "On 10 May 2019, the envoy, Ali Musa, called the killing an attack on free "
                         "expression.\n", people, "monitor.txt")
    assert [(e.type, e.source) for e in ctx.events] == [("ACCUSE", ["ali_musa"])], ctx.events
    ctx = extract_events(tmp_path, header + "On 4 June 2019, the African Union described the raid as an assault on "
                         "civilians.\n", people, "monitor.txt")
    assert [(e.type, e.source) for e in ctx.events] == [("ACCUSE", ["african_union"])], ctx.events
    # a judgement that is no harm is no accusation
    ctx = extract_events(tmp_path, header + "On 4 June 2019, the African Union called the talks a step forward.\n",
                         people, "monitor.txt")
    assert [e.type for e in ctx.events if e.type == "ACCUSE"] == [], ctx.events


# -- captives taken and then killed: one happening, the killing ------------------------------------------------------

def test_captives_taken_and_killed_are_one_assault(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 4 May 2019, three aid workers of the United Nations were detained and later killed near "
                         "Damboa.\n")
    assert [(g[0], g[2]) for g in got] == [("ASSAULT", ["united_nations"])], got
    # a killing with a doer of its own is its own act
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 4 May 2019, three aid workers of the United Nations were detained near Damboa, and Boko "
                         "Haram fighters later killed two of them.\n")
    assert sorted(g[0] for g in got) == ["ASSAULT", "COERCE"], got


# -- "They" continuing unnamed attackers names no one ----------------------------------------------------------------

def test_they_after_unnamed_attackers_is_no_party(tmp_path):
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 4 May 2019, witnesses said the gunmen first attacked a camp of the United Nations near "
                         "Damboa. They then shot residents of the town.\n")
    assert not any(g[1] == ["united_nations"] for g in got), got
    # named attackers go on acting
    got = monitor_events(tmp_path, "Nigeria: attacks in Borno (monitor note, May 2019)",
                         "On 4 May 2019, Boko Haram fighters first attacked a camp of the United Nations near Damboa. "
                         "They then shot residents of the town.\n")
    assert [g[1] for g in got] == [["boko_haram"], ["boko_haram"]], got
