"""Which candidate events are kept (events/keep.py): an act's own topic or repeat is not a second event.

Sentences are invented for the tests (wire style, other regions and decades).
"""

from event_fixtures import extract_events, wire_events

ACTORS = {"Syria": ("syria", "country"), "Turkey": ("turkey", "country"), "Israel": ("israel", "country"),
          "the Arab League": ("arab_league", "organization"), "Jordan": ("jordan", "country"),
          "Greece": ("greece", "country"), "Peru": ("peru", "country"), "NATO": ("nato", "organization"),
          "Serbia": ("serbia", "country")}


def test_a_doerless_event_noun_repeating_its_act_joins_it(tmp_path):
    got = wire_events(tmp_path, "Greece's foreign minister arrived in Ankara on Monday for talks with Turkey.\n", ACTORS)
    consult = [g for g in got if g[0] == "CONSULT"]
    assert len(consult) == 1, got
    assert consult[0][1] == ["greece"] and "turkey" in consult[0][2], got


def test_a_rejected_call_is_not_a_second_event(tmp_path):
    got = wire_events(tmp_path, "Israel rejected calls for talks with Syria.\n", ACTORS)
    assert [g[0] for g in got] == ["REJECT"], got
    assert got[0][1] == ["israel"], got


def test_a_material_act_a_reaction_names_stays_its_own_event(tmp_path):
    # PLOVER codes the discrete events that motivate a reaction: a bombing condemned is not the condemnation's topic
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (AP, 2 May 1996)\n\n"
                         "Jordan condemned the bombing, which Syria carried out against Israel on Monday.\n", ACTORS,
                         "wire.txt")
    assert ctx.data["skipped_events"].get("topic_of_act", 0) == 0, [(e.type, e.source, e.target) for e in ctx.events]


def test_an_event_noun_naming_its_doer_stays(tmp_path):
    got = wire_events(tmp_path, "Serbia rejected a NATO request for access to its airspace.\n", ACTORS)
    assert ("REJECT", ["serbia"], ["nato"]) in got or any(g[0] == "REJECT" and g[1] == ["serbia"] for g in got), got


def test_the_prune_counts_what_it_drops(tmp_path):
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (AP, 2 May 1996)\n\n"
                         "Israel rejected calls for talks with Syria.\n", ACTORS, "wire.txt")
    assert ctx.data["skipped_events"].get("topic_of_act") == 2      # the call and the talks called for


FORCE = {**ACTORS, "Kashmir": ("kashmir", "place"), "India": ("india", "country")}


def test_a_raid_told_with_its_killing_is_one_assault(tmp_path):
    # PLOVER: a MOBILIZE told within an ASSAULT is not coded separately; a raid that kills is a use of force
    got = wire_events(tmp_path, "India's police raided a rebel hideout in Kashmir, killing four militants.\n", FORCE)
    assert [g[0] for g in got] == ["ASSAULT"], got
    assert got[0][1] == ["india"], got


def test_a_raid_whose_killing_has_another_doer_stays_two_events(tmp_path):
    got = wire_events(tmp_path, "Israel raided a camp near Jenin on Monday. Syria shelled Turkey, killing four.\n",
                      {**FORCE, "Jenin": ("jenin", "place")})
    assert [g[0] for g in got].count("ASSAULT") == 1 and any(g[1] == ["israel"] for g in got), got


ACCORDS = {**ACTORS, "Lusaka": ("lusaka", "place"), "Washington": ("washington", "place"),
           "UNITA": ("unita", "organization"), "Angola": ("angola", "country")}


def test_a_city_naming_an_accord_is_no_party(tmp_path):
    got = wire_events(tmp_path, "Israel and Jordan ratified the Washington declaration on Tuesday.\n", ACCORDS)
    assert got and all("washington" not in g[1] + g[2] for g in got), got
    assert any(g[1] == ["israel", "jordan"] for g in got), got


def test_an_event_left_without_a_party_is_dropped(tmp_path):
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (AP, 2 May 1996)\n\n"
                         "The rebels rejected the Lusaka protocol on Monday.\n", ACCORDS, "wire.txt")
    assert not ctx.events, [(e.type, e.source, e.target) for e in ctx.events]
    assert ctx.data["skipped_events"].get("accord_place_only") == 1


def test_a_city_where_parties_meet_stays_where_it_is_a_party(tmp_path):
    # the same city as the recipient of an act, not a name of an accord, is kept
    got = wire_events(tmp_path, "UNITA accused Washington of arming Angola.\n", ACCORDS)
    assert any("washington" in g[2] for g in got if g[0] == "ACCUSE"), got


def test_a_verbless_outline_item_names_a_topic_not_an_act(tmp_path):
    text = ("Contents\n\n- The expulsion of Greek diplomats from Turkey\n\n"
            "◆ The expulsion of Greek diplomats from Turkey, ordered after the border incident.\n")
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (AP, 2 May 1996)\n\n" + text, ACTORS,
                         "wire.txt")
    told = [e.evidence for e in ctx.events]
    skipped = ctx.data["skipped_events"]
    # the item is dropped as an outline item, or before that as a verbless heading line (verbless_headings.py; the
    # other heading is "Contents")
    assert skipped.get("outline_item") == 1 or skipped.get("heading") == 2, (told, dict(skipped))
    bullet = ctx.document.text.index("◆")
    assert ctx.events and all(e.start > bullet for e in ctx.events), told     # the item told as a sentence stays


def test_what_a_demand_asks_for_has_not_happened(tmp_path):
    actors = {**ACTORS, "Papadopoulos": ("papadopoulos", "person")}
    got = wire_events(tmp_path, "Protesters gathered in Athens on Monday, demanding Papadopoulos's resignation.\n", actors)
    assert "RETREAT" not in [g[0] for g in got], got
    got = wire_events(tmp_path, "Papadopoulos resigned on Monday after weeks of protests.\n", actors)
    assert "RETREAT" in [g[0] for g in got], got


def test_ground_seized_and_people_killed_in_one_clause_is_one_assault(tmp_path):
    # "seized the town and killed dozens": the capture and the killing told as one use of force
    got = wire_events(tmp_path, "Syria said its troops had seized the town of Kessab and killed dozens of fighters.\n", FORCE)
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["syria"])], got
    # an arrest and a killing told together stay two acts
    got = wire_events(tmp_path, "India's police arrested 40 protesters in Kashmir and killed two.\n", FORCE)
    assert sorted(g[0] for g in got) == ["ASSAULT", "COERCE"], got


def test_a_killing_conjunct_tells_the_toll_of_the_attack_before_it(tmp_path):
    from event_fixtures import wire_events
    actors = {"Al-Shabaab": ("shabaab", "organization"), "Kenyan": ("kenya", "country"), "Lamu": ("lamu", "place")}
    got = wire_events(tmp_path, "Al-Shabaab attacked a Kenyan base in Lamu on Monday and killed two soldiers.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["shabaab"])], got
    # a killing with a subject of its own is another act
    got = wire_events(tmp_path, "Al-Shabaab attacked a Kenyan base in Lamu on Monday, and Kenyan troops killed two "
                                "militants.\n", actors)
    assert sorted(g[1][0] for g in got) == ["kenya", "shabaab"], got


def test_a_claimed_attack_in_the_same_sentence_is_the_claimants(tmp_path):
    from event_fixtures import wire_events
    actors = {"Boko Haram": ("boko_haram", "organization"), "Nigerien": ("niger", "country"),
              "Diffa": ("diffa", "place")}
    got = wire_events(tmp_path, "On Monday gunmen attacked a Nigerien army post in Diffa, and Boko Haram claimed the "
                                "attack.\n", actors)
    assert [(g[0], g[1], g[2]) for g in got] == [("ASSAULT", ["boko_haram"], ["niger"])], got
    # a denial names no doer
    got = wire_events(tmp_path, "On Monday gunmen attacked a Nigerien army post in Diffa, and Boko Haram denied the "
                                "attack.\n", actors)
    assert not any(g[0] == "ASSAULT" and "boko_haram" in g[1] for g in got), got
