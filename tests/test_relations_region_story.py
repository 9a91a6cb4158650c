"""A bare regional head in a story set in one region leads it (issue 8, reltitle10, relations/region_story.py).
Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

MOZ = {"mozambique": ("country", ["Mozambique"]), "cabo": ("place", ["Cabo Delgado"]),
       "niassa": ("place", ["Niassa"]), "macomia": ("place", ["Macomia"]), "tauabo": ("person", ["Rui Tauabo"])}
MOZ_OPENING = "Insurgents raided Macomia in Cabo Delgado on 3 May, and Mozambique sent troops north.\n\n"
MOZ_TITLE = "Briefing: the insurgency in Cabo Delgado, May 2025 (Rovuma Desk)"


def test_a_bare_governor_leads_the_region_of_the_story():
    _, rels = extract(MOZ_OPENING + "Governor Rui Tauabo ordered a curfew in the district.", MOZ, title=MOZ_TITLE)
    assert ("tauabo", "leads", "cabo") in rels


def test_a_bare_chief_minister_leads_the_region_of_the_story():
    assam = {"india": ("country", ["India"]), "assam": ("place", ["Assam"]), "bora": ("person", ["Hemanta Bora"])}
    text = "Floods in Assam displaced 400,000 people in June, India's weather office said.\n\n" \
           "Chief Minister Hemanta Bora rejected calls for army help the next day."
    _, rels = extract(text, assam, title="Monitor: the Assam floods, June 2025")
    assert ("bora", "leads", "assam") in rels


def test_another_place_before_the_title_binds_no_one_to_the_story_region():
    _, rels = extract(MOZ_OPENING + "In Niassa, Governor Rui Tauabo ordered a curfew.", MOZ, title=MOZ_TITLE)
    assert ("tauabo", "leads", "cabo") not in rels


def test_a_former_governor_takes_no_story_region():
    _, rels = extract(MOZ_OPENING + "Former Governor Rui Tauabo called for talks.", MOZ, title=MOZ_TITLE)
    assert ("tauabo", "leads", "cabo") not in rels


def test_a_city_in_the_title_is_no_region():
    lagos = {"nigeria": ("country", ["Nigeria"]), "lagos": ("place", ["Lagos"]), "ade": ("person", ["Tunde Ade"])}
    text = "Protesters blocked roads in Lagos on Monday, and Nigeria's police fired tear gas.\n\n" \
           "Governor Tunde Ade appealed for calm."
    _, rels = extract(text, lagos, title="Fuel protests in Lagos")
    assert ("ade", "leads", "lagos") not in rels
