"""Events whose parties are unnamed or generic (issue 8): state bodies coded with their state, a named pair
("the two sides", "both countries") taken from the parties named before, a "pro-X" group that is not X."""

from event_fixtures import wire_events

ACTORS = {
    "Eritrea": ("eritrea", "country"), "Ethiopia": ("ethiopia", "country"), "India": ("india", "country"),
    "Pakistan": ("pakistan", "country"), "Chad": ("chad", "country"), "Niger": ("niger", "country"),
    "Boko Haram": ("boko_haram", "organization"), "Yoweri Museveni": ("yoweri_museveni", "person"),
    "Paul Kagame": ("paul_kagame", "person"), "Ugandan": ("uganda", "country"), "Rwandan": ("rwanda", "country"),
    "Guinea": ("guinea", "country"), "French": ("france", "country"), "Belarus": ("belarus", "country"),
    "Sudan": ("sudan", "country"), "Omdurman": ("omdurman", "place"), "Russian": ("russia", "country"),
    "Ukrainian": ("ukraine", "country"), "Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"), "Somali": ("somalia", "country"),
}


def events(tmp_path, text: str):
    return wire_events(tmp_path, text, ACTORS)


def test_a_pair_named_by_a_common_noun_is_the_two_parties_named_before(tmp_path):
    found = events(tmp_path, "India and Pakistan exchanged lists of their nuclear sites on Monday. Both countries signed "
                             "a pact on prior notice of missile tests.\n\n"
                             "Chad and Niger opened a joint border post on Tuesday. The two countries then launched joint "
                             "patrols against Boko Haram.\n\n"
                             "Eritrea and Ethiopia held talks in Asmara on Sunday. The two sides agreed to reopen their "
                             "embassies.\n")
    got = {t: (s, g) for t, s, g in found}
    assert sorted(got["SUPPORT"][0]) == ["india", "pakistan"], found
    assert sorted(got["COOPERATE"][0]) == ["chad", "niger"] and got["COOPERATE"][1] == ["boko_haram"], found
    assert sorted(got["AGREE"][0]) == ["eritrea", "ethiopia"] and got["AGREE"][1] == [], found


def test_two_leaders_are_the_two_persons_named_before_not_their_countries(tmp_path):
    found = events(tmp_path, "Ugandan President Yoweri Museveni arrived in Kigali on Monday. Rwandan President Paul "
                             "Kagame welcomed him at the airport. The two leaders signed a border treaty on Tuesday.\n")
    support = [(s, g) for t, s, g in found if t == "SUPPORT"]
    assert support and sorted(support[-1][0]) == ["paul_kagame", "yoweri_museveni"], found


def test_a_lone_pair_noun_with_no_two_parties_before_names_no_one(tmp_path):
    found = events(tmp_path, "The two sides signed a ceasefire on Monday.\n")
    assert all(not s for _, s, _ in found), found


def test_an_unnamed_state_body_acts_for_the_one_state_the_story_is_set_in(tmp_path):
    # news-dev README: unnamed or lower-case state bodies are not actors, their acts are coded with the country
    found = events(tmp_path, "Soldiers seized power in Guinea on Sunday. The junta expelled the French ambassador on Monday.\n\n"
                             "Students protested in Belarus on Sunday. The authorities detained three opposition leaders.\n\n"
                             "Fighting broke out in Sudan on Saturday. The army bombed paramilitary bases in Omdurman.\n")
    assert ("SANCTION", ["guinea"], ["france"]) in found, found
    assert ("COERCE", ["belarus"], []) in found, found
    assert ("ASSAULT", ["sudan"], []) in found, found


def test_an_unnamed_state_body_in_a_story_of_two_states_stays_unbound(tmp_path):
    found = events(tmp_path, "Kenya and Somali officials argued in Nairobi over the border on Sunday. "
                             "Security forces detained three smugglers.\n")
    assert not [s for t, s, _ in found if t == "COERCE" and s], found


def test_a_pro_x_group_is_not_x(tmp_path):
    found = events(tmp_path, "Pro-Russian separatists shelled Ukrainian army positions on Friday.\n\n"
                             "Anti-Russian protesters marched in Belarus on Saturday.\n")
    assert ("ASSAULT", [], ["ukraine"]) in found, found
    assert not [s for _, s, _ in found if "russia" in s], found
    # a patron named in "X-backed" is not the client: "Russian-backed rebels shelled the airport"
    found = events(tmp_path, "Russian-backed rebels shelled Ukrainian positions on Friday.\n")
    assert found and not [s for _, s, _ in found if "russia" in s], found


def test_tear_gas_fired_at_a_crowd_is_crowd_dispersal(tmp_path):
    # the eval makers' COERCE crowd dispersal (news-dev 09; conv4): "tear gas, water cannons, firing weapons in the
    # air" with no harm told; rockets fired at a camp stay an ASSAULT
    found = events(tmp_path, "Kenyan police fired tear gas at the protesters in Nairobi on Monday.\n\n"
                             "Somali troops fired rockets at the rebel camp on Tuesday.\n")
    assert [t for t, _, _ in found] == ["COERCE", "ASSAULT"], found
    found = events(tmp_path, "Kenyan police shot into the air to disperse the crowd on Monday.\n")
    assert [t for t, _, _ in found] == ["COERCE"], found


def test_government_forces_act_for_the_story_state_and_a_second_state_acting_blocks_it(tmp_path):
    found = wire_events(tmp_path, "Heavy fighting was reported in Yemen on Saturday. Government troops recaptured the port "
                                  "of Mocha.\n\n"
                                  "Russian forces advanced in eastern Ukraine on Monday. The army shelled the town of "
                                  "Avdiivka.\n",
                        {"Yemen": ("yemen", "country"), "Mocha": ("mocha", "place"), "Russian": ("russia", "country"),
                         "Ukraine": ("ukraine", "country"), "Avdiivka": ("avdiivka", "place")})
    assert any(s == ["yemen"] for t, s, _ in found if t == "COERCE"), found
    # no state binds the army: the shelling names only a town, a place, so it is no event (monitor.place_parties_only)
    shelled = [s for t, s, g in found if t == "ASSAULT" and "avdiivka" in g]
    assert all("ukraine" not in s for s in shelled), found
    assert not any(t == "ASSAULT" and s == ["ukraine"] for t, s, _ in found), found


def test_the_government_known_only_from_a_capital_is_its_state(tmp_path):
    found = wire_events(tmp_path, "Opposition leaders in Kampala called for talks on Monday. The government rejected "
                                  "the offer.\n",
                        {"Kampala": ("kampala", "place"), "Uganda": ("uganda", "country")})
    assert ("REJECT", ["uganda"], []) in found, found


def test_the_state_an_unnamed_body_acts_on_is_not_its_own(tmp_path):
    found = wire_events(tmp_path, "Fighting resumed around Damascus on Friday. The regime accused Turkey of arming the "
                                  "rebels.\n",
                        {"Damascus": ("damascus", "place"), "Turkey": ("turkey", "country"), "Syria": ("syria", "country")})
    assert [(s, t) for e, s, t in found if e == "ACCUSE"] == [(["syria"], ["turkey"])], found


def test_a_doerless_attack_in_the_demonym_city_of_x_hits_that_state_not_one_named_before(tmp_path):
    found = wire_events(tmp_path, "Talks on the border resumed in Switzerland on Monday. Gunmen ambushed a police convoy "
                                  "near the Colombian city of Medellin on Tuesday, killing six officers.\n",
                        {"Switzerland": ("switzerland", "country"), "Colombian": ("colombia", "country"),
                         "Medellin": ("medellin", "place")})
    assert [t for e, _, t in found if e == "ASSAULT"] == [["colombia"]], found


def test_an_unnamed_state_body_as_a_passives_agent_acts_for_its_state(tmp_path):
    found = wire_events(tmp_path, "Forty protesters were arrested by police in Tehran on Saturday.\n\n"
                                  "Fighting flared in Mali on Sunday. Three villagers were killed by government troops "
                                  "near Mopti.\n",
                        {"Tehran": ("tehran", "place"), "Iran": ("iran", "country"), "Mali": ("mali", "country"),
                         "Mopti": ("mopti", "place")})
    assert ("COERCE", ["iran"], []) in found, found
    assert ("ASSAULT", ["mali"], []) in found, found


def test_a_city_of_the_gazetteer_gives_its_state_and_an_unknown_scene_binds_no_one(tmp_path):
    found = wire_events(tmp_path, "Talks on Sudan resumed in Geneva on Monday. Police in Omdurman detained two "
                                  "activists on Tuesday.\n\n"
                                  "Ghana closed its border on Monday. Police in Lagos detained two activists on "
                                  "Tuesday.\n",
                        {"Sudan": ("sudan", "country"), "Geneva": ("geneva", "place"), "Omdurman": ("omdurman", "place"),
                         "Ghana": ("ghana", "country"), "Lagos": ("lagos", "place")})
    detained = [s for t, s, _ in found if t == "COERCE"]
    assert ["sudan"] in detained and ["ghana"] not in detained, found


def test_the_kingdom_or_the_country_as_subject_is_the_state_just_named(tmp_path):
    found = wire_events(tmp_path, "Qatar was cut off by its neighbours in June. The emirate expelled two Egyptian "
                                  "diplomats.\n",
                        {"Qatar": ("qatar", "country"), "Egyptian": ("egypt", "country")})
    assert ("SANCTION", ["qatar"], ["egypt"]) in found, found


def test_a_pair_urged_is_the_two_parties_named_before_not_the_one_urging(tmp_path):
    found = events(tmp_path, "Fighting broke out between Eritrea and Ethiopia on Sunday. India urged both sides to "
                             "cease fire.\n")
    assert [sorted(t) for e, s, t in found if e == "REQUEST" and s == ["india"]] == [["eritrea", "ethiopia"]], found
