"""Bare titles, fourteenth pass (issue 8, reltitle14): a former holder's state yields to the dateline's for a later
sitting holder (relations/former_carry.py), a bare envoy in a story of one state's doings in another is the guest's
(relations/guest_envoys.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

ANDES = {"ecuador": ("country", ["Ecuador"]), "peru": ("country", ["Peru"]),
         "rojas": ("person", ["Ana Rojas"]), "vidal": ("person", ["Tomas Vidal"])}
ANDES_OPENING = ("{city}, May 3 (Andes Wire) - Ecuador recalled its ambassador from Peru on Friday after Peru's police "
                 "detained former Vice President Ana Rojas, who had sought refuge in a consulate in Arequipa.\n\n")


def test_a_former_holders_state_yields_to_the_datelines_named_in_the_sentence():
    text = ANDES_OPENING.format(city="QUITO") + (
        "President Tomas Vidal called the arrest an affront to Ecuador's dignity and said he had ordered his "
        "diplomats to leave Peru.")
    _, rels = extract(text, ANDES, title="Ecuador recalls envoy from Peru")
    assert ("vidal", "leads", "ecuador") in rels
    assert ("vidal", "leads", "peru") not in rels
    assert ("rojas", "member_of", "peru") in rels


def test_a_former_holders_state_is_carried_under_its_own_dateline():
    text = ANDES_OPENING.format(city="LIMA") + (
        "President Tomas Vidal called the arrest lawful and said Ecuador had no right to shelter her.")
    _, rels = extract(text, ANDES, title="Ecuador recalls envoy from Peru")
    assert ("vidal", "leads", "peru") in rels
    assert ("vidal", "leads", "ecuador") not in rels


def test_a_former_holders_state_is_carried_when_the_sentence_names_no_dateline_state():
    text = ANDES_OPENING.format(city="QUITO") + "President Tomas Vidal called the arrest lawful."
    _, rels = extract(text, ANDES, title="Ecuador recalls envoy from Peru")
    assert ("vidal", "leads", "ecuador") not in rels


HORN = {"turkey": ("country", ["Turkey"]), "somalia": ("country", ["Somalia"]), "egypt": ("country", ["Egypt"]),
        "yilmaz": ("person", ["Mehmet Yilmaz"]), "mogadishu": ("place", ["Mogadishu"]),
        "kismayo": ("place", ["Kismayo"])}
HORN_TEXT = ("Turkey's diplomats have widened their contacts beyond Mogadishu this year, and Somalia's federal states "
             "now host regular visits.\n\nIn March Ambassador Mehmet Yilmaz visited Kismayo and met the regional "
             "president.")


def test_a_bare_ambassador_in_a_guests_story_is_the_guests():
    for title in ("Turkey's envoys in Mogadishu and Kismayo, 2023", "Signs of a shift in Turkey's policy in Somalia"):
        _, rels = extract(HORN_TEXT, HORN, title=title)
        assert ("yilmaz", "member_of", "turkey") in rels, title


def test_a_bare_ambassador_takes_no_guest_without_the_frame():
    _, rels = extract(HORN_TEXT, HORN, title="Somalia's federal states in 2023")
    assert not any(s == "yilmaz" for s, _, _ in rels)


def test_a_bare_ambassador_with_a_third_state_named_takes_no_guest():
    text = HORN_TEXT.replace("met the regional president", "met Egypt's consul")
    _, rels = extract(text, HORN, title="Turkey's envoys in Mogadishu and Kismayo, 2023")
    assert ("yilmaz", "member_of", "turkey") not in rels


def test_a_bare_ambassador_going_to_the_guest_takes_no_guest():
    text = HORN_TEXT.replace("visited Kismayo and met the regional president", "flew to Turkey for consultations")
    _, rels = extract(text, HORN, title="Turkey's envoys in Mogadishu and Kismayo, 2023")
    assert ("yilmaz", "member_of", "turkey") not in rels


HIMALAYA = {"nepal": ("country", ["Nepal"]), "thapa": ("person", ["Sita Thapa"]), "rai": ("person", ["Hari Rai"])}
HIMALAYA_TEXT = ("KATHMANDU, May 3 (Valley Wire) - Nepal's parliament elected Sita Thapa as prime minister on Tuesday, "
                 "a week after lawmakers {verb} Prime Minister Hari Rai in a vote on the budget.")


def test_a_head_voted_out_is_his_successors_predecessor_in_the_same_state():
    for verb in ("voted out", "ousted"):
        _, rels = extract(HIMALAYA_TEXT.format(verb=verb), HIMALAYA, title="Nepal's parliament elects Thapa")
        assert ("thapa", "leads", "nepal") in rels
        assert ("rai", "leads", "nepal") in rels, verb


def test_a_head_the_sentence_names_beside_the_states_new_head_is_no_predecessor():
    _, rels = extract(HIMALAYA_TEXT.format(verb="praised"), HIMALAYA, title="Nepal's parliament elects Thapa")
    assert ("thapa", "leads", "nepal") in rels
    assert ("rai", "leads", "nepal") not in rels


TEA = {"kenya": ("country", ["Kenya"]), "ghana": ("country", ["Ghana"]), "otieno": ("person", ["Ruth Otieno"]),
       "mensah": ("person", ["Kofi Mensah"]), "accra": ("place", ["Accra"])}
TEA_TEXT = ("NAIROBI, May 3 (Lake Wire) - Kenya wants to sell more tea in Ghana.\n\nRuth Otieno flew to Accra on Monday, "
            "where {title} Kofi Mensah promised to cut duties on tea from Kenya.")


def test_a_head_acting_where_a_named_person_went_is_the_places():
    _, rels = extract(TEA_TEXT.format(title="President"), TEA, title="Kenya courts West African tea buyers")
    assert ("mensah", "leads", "ghana") in rels
    assert ("mensah", "leads", "kenya") not in rels


def test_a_minister_acting_where_a_named_person_went_may_be_the_visitors():
    _, rels = extract(TEA_TEXT.format(title="Foreign Minister"), TEA, title="Kenya courts West African tea buyers")
    assert ("mensah", "member_of", "ghana") not in rels


ALTIPLANO = {"bolivia": ("country", ["Bolivia"]), "mexico": ("country", ["Mexico"]),
             "quispe": ("person", ["Rosa Quispe"]), "bmc": ("organization", ["Bolivia Mining Corporation"])}
ALTIPLANO_TEXT = ("LA PAZ, May 3 (Altiplano Wire) - Miners blocked roads into the capital on Monday, demanding a share of "
                  "the royalties from a lithium venture with Mexico.\n\nThe Bolivia Mining Corporation halted work at "
                  "two sites, and Bolivia's police cleared one road.\n\nInterior Minister Rosa Quispe said the other "
                  "roads would be reopened by Wednesday.")


def test_a_dateline_city_two_named_states_share_is_the_one_the_text_names_more():
    # "La Paz" is in Bolivia and in Mexico; each state is a mention once, and Bolivia is named again in a body's name
    _, rels = extract(ALTIPLANO_TEXT, ALTIPLANO, title="Miners block roads into the capital")
    assert ("quispe", "member_of", "bolivia") in rels
    assert ("quispe", "member_of", "mexico") not in rels


def test_a_head_voted_out_takes_his_successors_state_with_no_dateline():
    text = ("Nepal's parliament elected Sita Thapa as prime minister on Tuesday, a week after lawmakers {verb} "
            "Prime Minister Hari Rai in a dispute over the budget.")
    _, rels = extract(text.format(verb="voted out"), HIMALAYA, title="Nepal's parliament elects Thapa")
    assert ("rai", "leads", "nepal") in rels
    _, rels = extract(text.format(verb="thanked"), HIMALAYA, title="Nepal's parliament elects Thapa")
    assert ("rai", "leads", "nepal") not in rels
