"""Missed ties, twelfth pass (issue 8, relties12): own sentences from other arenas than the documents that showed the
need (a chargé d'affaires, state bodies named "Royal <state> ...", an organisation's officer posted "for" a
country)."""

from __future__ import annotations

from pathlib import Path

from foothold.extract.actors.royal_bodies import royal_lead
from foothold.extract.pipeline import run
from foothold.ingest import read_document
from test_relations import extract

ANDES = {"lopez": ("person", ["Maria Lopez", "Lopez"]), "soto": ("person", ["Pedro Soto", "Soto"]),
         "chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
         "un": ("organization", ["UN"]), "cone": ("place", ["Southern Cone"]),
         "santiago": ("place", ["Santiago"])}


def _ties(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """The whole pipeline's ties as (subject name, predicate, object name)."""
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    x = run(read_document(path))
    names = {a.id: a.name for a in x.actors}
    return {(names[r.subject], r.predicate, names[r.object]) for r in x.relations}


def test_a_charge_d_affaires_serves_the_sending_state():
    for title in ("chargé d'affaires", "charge d'affaires"):
        _, rels = extract(f"Peru summoned Chile's {title} in Lima, Maria Lopez, on Friday.", ANDES)
        assert ("lopez", "member_of", "chile") in rels, (title, rels)
        assert ("lopez", "member_of", "peru") not in rels, (title, rels)


def test_a_charge_d_affaires_with_no_name_ties_no_one():
    _, rels = extract("Peru summoned Chile's chargé d'affaires in Santiago, a day after the raid.", ANDES)
    assert not rels, rels


def test_royal_opens_the_name_before_the_state():
    assert royal_lead(["Royal", "Oman", "Police"]) == 1
    assert royal_lead(["the", "Royal", "Thai", "Army"], 1) == 2
    assert royal_lead(["Oman", "Police"]) == 0
    assert royal_lead(["Royal"]) == 0


def test_a_royal_state_body_is_part_of_the_state(tmp_path):
    ties = _ties(tmp_path, "The Royal Malaysian Navy detained a trawler off Sabah on Tuesday.")
    assert ("Royal Malaysian Navy", "part_of", "Malaysia") in ties, ties
    ties = _ties(tmp_path, "The Royal Oman Police said it had detained twelve people who blocked the port road.")
    assert ("Royal Oman Police", "part_of", "Oman") in ties, ties


def test_a_royal_name_with_no_state_body_ties_nothing(tmp_path):
    ties = _ties(tmp_path, "The Royal Navy sent a frigate, and shares of Royal Dutch Shell rose.")
    assert not any(t[0].startswith("Royal") for t in ties), ties


def test_an_organisations_officer_for_a_country_serves_the_organisation():
    _, rels = extract("The UN coordinator for Chile, Maria Lopez, launched an appeal for the flood victims.", ANDES)
    assert ("lopez", "member_of", "un") in rels, rels
    assert ("lopez", "member_of", "chile") not in rels, rels


def test_a_coordinated_area_closes_the_posting_before_the_holder():
    text = "The UN resident coordinator for Chile and the Southern Cone, Maria Lopez, launched an appeal."
    _, rels = extract(text, ANDES)
    assert ("lopez", "member_of", "un") in rels, rels
    _, rels = extract("The UN coordinator for Chile and Peru, Pedro Soto, launched an appeal.", ANDES)
    assert ("soto", "member_of", "un") in rels, rels
    assert not {("soto", "member_of", "chile"), ("soto", "member_of", "peru")} & rels, rels


BODIES = {"au": ("organization", ["African Union", "AU"]), "aupso": ("organization", ["AUPSO"]),
          "unhcr": ("organization", ["UNHCR"]), "un": ("organization", ["UN"]),
          "kenya": ("country", ["Kenya", "Kenyan"]), "nis": ("organization", ["NIS"]),
          "nation": ("media", ["Daily Nation"])}


def test_a_body_named_after_a_subsidiary_description_is_part_of_its_organisation():
    _, rels = extract("The African Union's peace support office, AUPSO, sent observers to the border.", BODIES)
    assert ("aupso", "part_of", "au") in rels, rels
    _, rels = extract("On Monday the UN refugee agency UNHCR opened a camp near the border.", BODIES)
    assert ("unhcr", "part_of", "un") in rels, rels


def test_no_owner_from_a_state_a_demonym_or_a_far_name():
    _, rels = extract("Kenya's Daily Nation said the Kenyan agency, NIS, had arrested two men.", BODIES)
    assert ("nis", "part_of", "nation") not in rels, rels    # a media outlet's name is no owner in a demonym's phrase
    _, rels = extract("The AU said the refugee agency, UNHCR, sent tents.", BODIES)
    assert ("unhcr", "part_of", "au") not in rels, rels      # the description names no organisation
    _, rels = extract("The UN said its long-standing partner agency and the Daily Nation had both left.", BODIES)
    assert not any(r[1] == "part_of" for r in rels), rels
