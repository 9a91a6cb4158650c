"""Ties as monitor reports and think-tank analyses state them (relations/monitor.py, its hooks and roles.yaml
`monitor_ties`): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

UN = {"ocha": ("organization", ["OCHA"]), "un": ("organization", ["UN"])}


def test_a_body_apposed_to_a_unit_noun_is_part_of_its_owner():
    _, rels = extract("OCHA, the UN's humanitarian office, counted 40,000 displaced people in the district.", UN)
    assert ("ocha", "part_of", "un") in rels
    actors = {"ssg": ("organization", ["Special Service Group"]), "army": ("organization", ["Pakistan Army"])}
    _, rels = extract("The Special Service Group, a formation of the Pakistan Army, secured the dam site.", actors)
    assert ("ssg", "part_of", "army") in rels
    actors = {"kh": ("organization", ["Kataib Hezbollah"]), "pmf": ("organization", ["Popular Mobilization Forces"]),
              "iraq": ("country", ["Iraqi"])}
    _, rels = extract("Kataib Hezbollah, an Iraqi militia of the Popular Mobilization Forces, denied the report.",
                      actors)
    assert ("kh", "part_of", "pmf") in rels
    assert ("kh", "part_of", "iraq") not in rels           # a demonym says where it is from, not whose it is


def test_a_copula_with_an_owned_unit_noun_and_an_affiliate():
    actors = {"aqap": ("organization", ["AQAP"]), "aq": ("organization", ["al-Qaeda"])}
    _, rels = extract("AQAP is al-Qaeda's branch in Yemen.", actors)
    assert ("aqap", "part_of", "aq") in rels
    actors = {"nsf": ("organization", ["National Security Forces"]), "fatah": ("organization", ["Fatah"])}
    _, rels = extract("The National Security Forces are the main armed force of Fatah in the camps.", actors)
    assert ("nsf", "part_of", "fatah") in rels
    actors = {"shabaab": ("organization", ["Al-Shabaab"]), "aq": ("organization", ["al-Qaeda"])}
    _, rels = extract("Al-Shabaab, the al-Qaeda affiliate in Somalia, claimed the bombing.", actors)
    assert ("shabaab", "allied_with", "aq") in rels
    _, rels = extract("Al-Shabaab is not al-Qaeda's branch in Somalia.", actors)
    assert not rels


def test_a_list_in_apposition_is_no_unit_of_its_neighbours():
    actors = {"io": ("organization", ["SPLA-IO"]), "kit": ("organization", ["Kitgwang"]),
              "nas": ("organization", ["NAS"])}
    _, rels = extract("He urged the SPLA-IO, the Kitgwang faction and NAS to give monitors access.", actors)
    assert not any(p == "part_of" for _, p, _ in rels)


def test_every_listed_party_holds_the_tie_of_a_plural_rival_or_partner_noun():
    actors = {"morocco": ("country", ["Morocco"]), "algeria": ("country", ["Algeria"]),
              "polisario": ("organization", ["Polisario Front"])}
    _, rels = extract("Morocco's rivals, Algeria and the Polisario Front, rejected the autonomy plan.", actors)
    for other in ("algeria", "polisario"):
        assert ("morocco", "opposes", other) in rels and (other, "opposes", "morocco") in rels
    actors = {"fatah": ("organization", ["Fatah"]), "hamas": ("organization", ["Hamas"]),
              "pij": ("organization", ["Islamic Jihad"])}
    _, rels = extract("Hamas and Islamic Jihad, both rivals of Fatah, boycotted the council.", actors)
    assert ("pij", "opposes", "fatah") in rels and ("fatah", "opposes", "pij") in rels
    actors = {"armenia": ("country", ["Armenia"]), "france": ("country", ["France"]), "india": ("country", ["India"])}
    _, rels = extract("Armenia's partners, France and India, delivered radars in 2024.", actors)
    assert ("france", "allied_with", "armenia") in rels and ("india", "allied_with", "armenia") in rels


def test_an_attack_by_a_groups_forces_on_every_owner_named():
    actors = {"m23": ("organization", ["M23"]), "fardc": ("organization", ["FARDC"])}
    _, rels = extract("M23 forces attacked FARDC positions near Sake on Friday.", actors)
    assert ("m23", "opposes", "fardc") in rels
    actors = {"tigray": ("organization", ["TPLF"]), "endf": ("organization", ["ENDF"]),
              "fano": ("organization", ["Fano"])}
    _, rels = extract("Fighters of the TPLF shelled positions of the ENDF and Fano near Alamata.", actors)
    assert ("tigray", "opposes", "endf") in rels and ("tigray", "opposes", "fano") in rels
    actors = {"pakistan": ("country", ["Pakistani"]), "ttp": ("organization", ["TTP"])}
    _, rels = extract("Pakistani jets bombed camps of the TTP on Monday.", actors)
    assert ("pakistan", "opposes", "ttp") not in rels      # a state's craft: no hostility coded (tuning golds)


def test_what_a_party_says_was_hit_of_its_own_is_the_speakers():
    actors = {"kia": ("organization", ["KIA"]), "tatmadaw": ("organization", ["Tatmadaw"])}
    _, rels = extract("The KIA said the Tatmadaw had shelled its headquarters at Laiza.", actors)
    assert ("tatmadaw", "opposes", "kia") in rels


def test_clashes_between_a_states_army_and_a_group():
    actors = {"mali": ("country", ["Malian"]), "csp": ("organization", ["CSP"])}
    _, rels = extract("Clashes between the Malian army and the CSP broke out near Anefis.", actors)
    assert ("mali", "opposes", "csp") in rels


def test_a_relative_clause_on_an_apposition_speaks_of_the_name():
    actors = {"fatemiyoun": ("organization", ["Fatemiyoun"]), "qods": ("organization", ["Qods Force"])}
    _, rels = extract("The Fatemiyoun, a militia that answers to the Qods Force, fought near Aleppo.", actors)
    assert ("fatemiyoun", "allied_with", "qods") in rels
    actors = {"adf": ("organization", ["Allied Democratic Forces"]), "sudan": ("country", ["Sudan"])}
    _, rels = extract("The Allied Democratic Forces, which Sudan arms and trains, raided a camp.", actors)
    assert ("sudan", "allied_with", "adf") in rels


def test_a_vice_president_named_before_does_not_take_the_presidents_place():
    actors = {"ss": ("country", ["South Sudan"]), "machar": ("person", ["Riek Machar"]),
              "kiir": ("person", ["Salva Kiir"])}
    title = "South Sudan: ceasefire violations in August"
    _, rels = extract("Fighting resumed in South Sudan. First Vice President Riek Machar left Juba. The mechanism "
                      "calls on President Salva Kiir "
                      "to restart the unification of forces.", actors, title=title)
    assert ("kiir", "leads", "ss") in rels


def test_a_closed_relative_clause_leaves_its_object_out_of_the_main_clauses_tie():
    actors = {"turabi": ("person", ["Hassan al-Turabi"]), "nif": ("organization", ["National Islamic Front"]),
              "bashir": ("person", ["Omar al-Bashir"])}
    _, rels = extract("Hassan al-Turabi, who founded the National Islamic Front, opposed Omar al-Bashir after 1999.",
                      actors)
    assert ("turabi", "opposes", "bashir") in rels
    assert ("nif", "opposes", "bashir") not in rels


def test_a_possessive_pronoun_owns_the_partner_noun_not_its_demonym():
    actors = {"uganda": ("country", ["Uganda"]), "congo": ("country", ["Congolese"]),
              "cndp": ("organization", ["CNDP"])}
    _, rels = extract("Uganda armed the CNDP, its closest Congolese ally, in 2008.", actors)
    assert ("cndp", "allied_with", "congo") not in rels


def test_a_places_governor_named_after_the_title_leads_the_place():
    actors = {"kandahar": ("place", ["Kandahar"]), "hayat": ("person", ["Hayatullah Hayat"])}
    _, rels = extract("Kandahar's governor, Hayatullah Hayat, said the road to the border was closed.", actors)
    assert ("hayat", "leads", "kandahar") in rels
    actors = {"kandahar": ("place", ["Kandahar"]), "hayat": ("person", ["Hayatullah Hayat"])}
    _, rels = extract("Kandahar's police, Hayatullah Hayat said, closed the road.", actors)
    assert ("hayat", "leads", "kandahar") not in rels


def test_a_state_led_coalition_takes_the_leading_states_side():
    actors = {"saudi": ("country", ["Saudi"]), "hadi": ("person", ["Abd Rabbuh Mansur Hadi"])}
    _, rels = extract("The Saudi-led coalition, which backs Abd Rabbuh Mansur Hadi, met in Riyadh.", actors)
    assert ("saudi", "allied_with", "hadi") in rels
    actors = {"france": ("country", ["French"]), "libya": ("country", ["Libyan"]), "gaddafi": ("person", ["Gaddafi"])}
    _, rels = extract("The French-led coalition attacked Gaddafi in March 2011.", actors)
    assert ("france", "opposes", "gaddafi") in rels


def test_a_partys_candidate_is_a_member_of_the_party():
    actors = {"bolsonaro": ("person", ["Jair Bolsonaro"]), "pl": ("organization", ["Liberal Party"]),
              "eu": ("organization", ["European Union"]), "sandu": ("person", ["Maia Sandu"])}
    _, rels = extract("Jair Bolsonaro, the Liberal Party's candidate, lost the run-off in 2022.", actors)
    assert ("bolsonaro", "member_of", "pl") in rels
    _, rels = extract("Moldova became a candidate for membership of the European Union, and Maia Sandu welcomed it.",
                      actors)
    assert not rels


def test_a_candidate_owned_by_its_or_their_is_a_member_of_the_party_the_pronoun_stands_for():
    actors = {"costa": ("person", ["Maria Costa"]), "lp": ("organization", ["Liberal Party"]),
              "talvi": ("person", ["Ari Talvi"]), "gl": ("organization", ["Green League"]),
              "rossi": ("person", ["Mario Rossi"]), "italy": ("country", ["Italy"])}
    _, rels = extract("Observers saw buses working for the Liberal Party and its candidate, Maria Costa, in four "
                      "provinces.", actors)
    assert ("costa", "member_of", "lp") in rels
    _, rels = extract("The Green League rejected the count and said its nominee, Ari Talvi, would appeal.", actors)
    assert ("talvi", "member_of", "gl") in rels
    _, rels = extract("Italy and its candidate, Mario Rossi, lost the vote for the agency's board.", actors)
    assert ("rossi", "member_of", "italy") not in rels     # a state's candidate for a post is no party member


def test_a_place_is_no_body_to_be_part_of(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    story = tmp_path / "port.txt"
    story.write_text("China Overseas Port Holding Company runs the port of Gwadar, where fighters of the BLA "
                     "attacked the Gwadar Port Authority complex on March 20, 2024.\n", encoding="utf-8")
    out = run(read_document(story)).to_format()
    types = {a["id"]: a["type"] for a in out["actors"]}
    assert not any(r["predicate"] == "part_of" and types.get(r["object"]) == "place" for r in out["relations"])
