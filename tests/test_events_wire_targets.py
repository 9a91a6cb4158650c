"""Whom a wire story's doer-less harm hits (issue 8, wireev): people hit in a place belong to that place's state.

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import extract_events

STATES = {name: (name.lower().replace(" ", "_"), "country")
          for name in ("Russia", "Ukraine", "Azerbaijan", "Armenia", "Sudan", "South Sudan", "France", "Colombia",
                       "Burkina Faso")}


def story(body: str) -> str:
    return f"source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, 5 May 2015)\n\n{body}\n"


def targets_of(ctx, word: str) -> list[list[str]]:
    return [e.target for e in ctx.events if word in e.evidence]


def test_a_place_written_with_its_state_gives_the_victims_state_not_a_state_named_before(tmp_path):
    # "in Kharkiv, Ukraine": the text names the place's state; the army named in the sentence before is no scene
    cases = [("Russia's army advanced on Monday. Three people were killed in Kharkiv, Ukraine.", ["ukraine"]),
             ("Azerbaijan's defence minister toured the front on Tuesday. Two soldiers were killed near Jermuk, Armenia.",
              ["armenia"]),
             ("Sudan's president flew to Juba on Friday. Four civilians were killed in Bentiu, South Sudan.",
              ["south_sudan"])]
    for body, target in cases:
        ctx = extract_events(tmp_path, story(body), STATES, "wire.txt")
        assert targets_of(ctx, "killed") == [target], (body, [(e.evidence, e.target) for e in ctx.events])


def test_a_state_owning_a_body_is_no_scene_for_people_hit_later(tmp_path):
    # "France's foreign ministry" acts; it does not set the story in France
    body = ("France's foreign ministry condemned the coup in Burkina Faso on Monday. Eleven soldiers were killed "
            "near the northern town of Djibo.")
    ctx = extract_events(tmp_path, story(body), STATES, "wire.txt")
    assert all(t != ["france"] for t in targets_of(ctx, "killed")), [(e.evidence, e.target) for e in ctx.events]
    body = "France's foreign ministry denied any role on Monday. Eleven soldiers were killed near the town of Djibo."
    ctx = extract_events(tmp_path, story(body), STATES, "wire.txt")
    assert all(t != ["france"] for t in targets_of(ctx, "killed")), [(e.evidence, e.target) for e in ctx.events]


def test_a_states_own_region_still_sets_the_scene(tmp_path):
    # "Ukraine's Donetsk region": a possessed place names the scene's state
    body = "Monitors toured Ukraine's Donetsk region on Monday. Three people were killed in a village."
    ctx = extract_events(tmp_path, story(body), STATES, "wire.txt")
    assert ["ukraine"] in targets_of(ctx, "killed"), [(e.evidence, e.target) for e in ctx.events]


ATTACKERS = {name: (name.lower(), "country") for name in ("Israel", "Syria", "Iran", "Iraq", "Ethiopia", "Sudan", "Russia")}
ATTACKERS.update({"Israeli": ("israel", "country"), "Iranian": ("iran", "country"), "Ethiopian": ("ethiopia", "country"),
                  "Russian": ("russia", "country")})


def test_unnamed_things_struck_in_a_states_own_province_hit_that_state(tmp_path):
    # "in Syria's Hama province": the province's owner is the state hit, as with "in northern Syria"
    cases = [("Israeli aircraft bombed weapons depots in Syria's Hama province on Sunday.", ["syria"]),
             ("Iranian drones hit militant camps in Iraq's Kurdistan region on Monday.", ["iraq"]),
             ("Ethiopian jets struck rebel bases in Sudan's Blue Nile state on Friday.", ["sudan"])]
    for body, target in cases:
        ctx = extract_events(tmp_path, story(body), ATTACKERS, "wire.txt")
        assert [e.target for e in ctx.events if e.type == "ASSAULT"] == [target], \
            (body, [(e.evidence, e.target) for e in ctx.events])


def test_a_state_striking_in_its_own_province_hits_no_state(tmp_path):
    body = "Russian artillery shelled positions in Russia's Belgorod region on Friday."
    ctx = extract_events(tmp_path, story(body), ATTACKERS, "wire.txt")
    assert all("russia" not in e.target for e in ctx.events), [(e.evidence, e.target) for e in ctx.events]


LEADS = {"Harbor Wire": ("harbor_wire", "media"), "Bangladesh": ("bangladesh", "country"),
         "Sheikh Hasina": ("sheikh_hasina", "person"), "India": ("india", "country"),
         "Burkina Faso": ("burkina_faso", "country"), "Paul-Henri Sandaogo Damiba": ("damiba", "person"),
         "Bolivia": ("bolivia", "country"), "Juan Jose Zuniga": ("zuniga", "person"), "Luis Arce": ("arce", "person"),
         "DHAKA": ("dhaka", "place"), "OUAGADOUGOU": ("ouagadougou", "place"), "LA PAZ": ("la_paz", "place")}


def test_the_outlet_credited_in_a_dateline_is_no_party_to_the_leads_act(tmp_path):
    # the parser may hang a long apposed subject on the credit; the outlet only reports
    leads = [("6 August 2024", "DHAKA, Aug 6 (Harbor Wire) - Bangladesh's prime minister, Sheikh Hasina, resigned on "
              "Monday and fled to India."),
             ("2 October 2022", "OUAGADOUGOU, Oct 2 (Harbor Wire) - Burkina Faso's military ruler, Lieutenant "
              "Colonel Paul-Henri Sandaogo Damiba, agreed on Sunday to step down."),
             ("27 June 2024", "LA PAZ, June 27 (Harbor Wire) - Bolivia's former army chief, Juan Jose Zuniga, "
              "accused President Luis Arce on Wednesday of staging the revolt.")]
    for title_date, body in leads:
        text = f"source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, {title_date})\n\n{body}\n"
        ctx = extract_events(tmp_path, text, LEADS, "wire.txt")
        assert ctx.events and all("harbor_wire" not in e.source + e.target for e in ctx.events), \
            (body, [(e.evidence, e.source, e.target) for e in ctx.events])


CROWD_SCENES = {"Denmark": ("denmark", "country"), "Danish": ("denmark", "country"), "Kyrgyzstan": ("kyrgyzstan", "country"),
                "China": ("china", "country"), "Chinese": ("china", "country"), "Damascus": ("damascus", "place"),
                "Hanoi": ("hanoi", "place"), "Bishkek": ("bishkek", "place"), "Mali": ("mali", "country"),
                "Malian": ("mali", "country")}


def test_a_crowd_counted_in_hundreds_riots_rather_than_attacks(tmp_path):
    # "Hundreds of protesters attacked X": the head is the number, the crowd is its of-phrase (PLOVER PROTEST riot)
    cases = ["Hundreds of protesters attacked the Danish embassy in Damascus on Saturday.",
             "Thousands of demonstrators stormed the Chinese embassy in Hanoi on Sunday."]
    for body in cases:
        ctx = extract_events(tmp_path, story(body), CROWD_SCENES, "wire.txt")
        assert [e.type for e in ctx.events] == ["PROTEST"], (body, [(e.type, e.evidence) for e in ctx.events])


def test_a_crowds_participle_is_the_same_riot(tmp_path):
    # "..., throwing stones at its windows": how the crowd rioted, not a second attack
    body = "Dozens of students attacked the Chinese consulate in Hanoi on Friday, throwing stones at its windows."
    ctx = extract_events(tmp_path, story(body), CROWD_SCENES, "wire.txt")
    assert [e.type for e in ctx.events] == ["PROTEST"], [(e.type, e.evidence) for e in ctx.events]


def test_hundreds_of_soldiers_still_attack(tmp_path):
    body = "Hundreds of Malian soldiers attacked a rebel camp near the Chinese mine on Friday."
    ctx = extract_events(tmp_path, story(body), CROWD_SCENES, "wire.txt")
    assert "ASSAULT" in [e.type for e in ctx.events], [(e.type, e.evidence) for e in ctx.events]


PEOPLE = {"Asim Munir": ("asim_munir", "person"), "Imran Khan": ("imran_khan", "person"),
          "Min Aung Hlaing": ("min_aung_hlaing", "person"), "Aung San Suu Kyi": ("aung_san_suu_kyi", "person"),
          "Dina Boluarte": ("dina_boluarte", "person"), "Pedro Castillo": ("pedro_castillo", "person")}


def test_a_pronoun_in_a_fronted_clause_is_the_main_clauses_subject(tmp_path):
    # "As he was being arrested, X accused ...": "he" is X, told after it, not the person named before
    cases = [("Army chief Asim Munir spoke on Monday. As he was being arrested on Tuesday, Imran Khan accused the "
              "army of plotting against him.", "arrested", "imran_khan"),
             ("General Min Aung Hlaing seized power on Monday. Before she was detained, Aung San Suu Kyi urged her "
              "supporters to resist.", "detained", "aung_san_suu_kyi"),
             ("Dina Boluarte was sworn in on Wednesday. When he was arrested in Lima, Pedro Castillo called the "
              "charges a plot.", "arrested", "pedro_castillo")]
    for body, word, person in cases:
        ctx = extract_events(tmp_path, story(body), PEOPLE, "wire.txt")
        told = [e for e in ctx.events if word in e.evidence and e.trigger == word]
        assert all(e.target == [person] for e in told) and told, \
            (body, [(e.trigger, e.evidence, e.source, e.target) for e in ctx.events])
