"""A release's place-and-date line sets the state of its bare titles (relations/release_place.py), a title's city sets
its story's state (relations/title_places.py), and a body named "Government ..." that is a state's council is no
other government (title_relations.name_head). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.release_place import release_places
from foothold.extract.relations.title_relations import name_head

PERU = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]),
        "lima": ("place", ["Lima"]), "vargas": ("person", ["Elena Vargas"]), "soto": ("person", ["Luis Soto"])}
BODY = ("Peru regrets that Chile today closed two border crossings to Peruvian trucks without notice, and asks "
        "Chile to reopen them at once.\n\n")


def test_a_place_line_names_where_a_release_was_issued():
    assert release_places("Statement on the border\n\nLima, 20 February 2023\n\nPeru regrets ...") == ["Lima"]
    assert release_places("Press Release No. 12-2023, Lima, 20 February 2023\n\nText.") == ["Lima"]
    assert release_places("Andes Rights Watch, 3 July 2024\n\nText.") == ["Andes Rights Watch"]


def test_a_line_going_on_after_its_date_or_a_sentence_is_no_place_line():
    assert release_places("Statement\n\nLima, 20 February 2023, the ministry said that trade would resume.\n") == []
    assert release_places("Statement\n\nOn 20 February 2023\n\nText.") == []


def test_the_release_places_state_holds_its_bare_head_and_minister():
    text = ("Statement of the Ministry of Foreign Affairs on the border closure\n\nLima, 20 February 2023\n\n" + BODY
            + "Prime Minister Elena Vargas chaired a meeting of the cabinet this afternoon. Trade Minister Luis Soto "
            "will travel to Santiago tomorrow.")
    _, rels = extract(text, PERU, title="Statement on the border closure")
    assert ("vargas", "leads", "peru") in rels and ("soto", "member_of", "peru") in rels
    assert not any(o == "chile" for s, _, o in rels if s in ("vargas", "soto"))


def test_without_a_place_line_the_release_holds_no_one():
    text = ("Statement of the Ministry of Foreign Affairs on the border closure\n\n20 February 2023\n\n" + BODY
            + "Prime Minister Elena Vargas chaired a meeting of the cabinet this afternoon.")
    _, rels = extract(text, PERU, title="Statement on the border closure")
    assert not any(s == "vargas" for s, _, _ in rels)


LEBANON = {"lebanon": ("country", ["Lebanon"]), "libya": ("country", ["Libya"]),
           "tripoli": ("place", ["Tripoli"]), "haddad": ("person", ["Rami Haddad"])}


def test_a_city_two_named_states_share_is_the_one_named_more_often():
    text = ("Statement on the fuel shortage\n\nTripoli, 4 May 2022\n\nLebanon will import fuel from Libya under the "
            "new accord. Hospitals in Lebanon have run short of diesel, and bakeries across Lebanon closed on Monday.\n\n"
            "Prime Minister Rami Haddad said the first tanker would reach port within a week.")
    _, rels = extract(text, LEBANON, title="Statement on the fuel shortage")
    assert ("haddad", "leads", "lebanon") in rels and ("haddad", "leads", "libya") not in rels


GHANA = {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"]), "accra": ("place", ["Accra"]),
         "mensah": ("person", ["Kofi Mensah"])}
PROTEST = ("Ghana's police fired tear gas at hundreds of traders who marched on the central market on Monday. Traders from "
           "Togo joined the march. Prime Minister Kofi Mensah ordered an inquiry, but no officer has been charged.")


def test_a_city_in_the_document_title_sets_the_state_of_a_bare_head():
    title = "Policing the market protests in Accra, May 2024 (Coast Rights Watch)"
    _, rels = extract(title + "\n\n" + PROTEST, GHANA, title=title)
    assert ("mensah", "leads", "ghana") in rels


def test_a_title_naming_no_place_of_a_state_sets_none():
    title = "Policing the market protests, May 2024 (Coast Rights Watch)"
    _, rels = extract(title + "\n\nIn Accra, " + PROTEST[0].lower() + PROTEST[1:], GHANA, title=title)
    assert not any(s == "mensah" for s, _, _ in rels)


def test_a_name_heads_on_its_word_before_of_or_for():
    assert name_head("government council for national security".split()) == "council"
    assert name_head("the regional government of the north".split()) == "government"
    assert name_head("interim administration".split()) == "administration"


NORWAY = {"norway": ("country", ["Norway"]), "fiji": ("country", ["Fiji"]), "oslo": ("place", ["Oslo"]),
          "tora": ("person", ["Sitiveni Tora"])}


def test_a_holder_already_placed_in_a_state_keeps_it_under_a_bare_title():
    text = ("Norwegian assistance to Fiji\n\nOslo, 3 May 2022\n\nToday Norway agreed to send engineers to Fiji, "
            "following a request from the Prime Minister of Fiji, Sitiveni Tora.\n\nOn Tuesday the storm cut power to the "
            "capital. Floods closed the airport and the main road. Hundreds of homes were lost on the coast.\n\n"
            "Prime Minister Tora asked for our "
            "help after the cyclone. We have agreed, and Norway will fly the first team out tomorrow.")
    _, rels = extract(text, NORWAY, title="Norwegian assistance to Fiji")
    assert ("tora", "leads", "fiji") in rels and ("tora", "leads", "norway") not in rels


def test_a_joint_statements_place_line_holds_no_one():
    text = ("Joint statement on the border talks\n\nLima, 20 February 2023\n\n" + BODY
            + "Prime Minister Elena Vargas chaired a meeting of the cabinet this afternoon.")
    _, rels = extract(text, PERU, title="Joint statement on the border talks")
    assert not any(s == "vargas" for s, _, _ in rels)


def test_a_portfolio_between_a_title_and_its_holders_name_is_the_titles():
    text = ("The Ministry of Fisheries set new quotas on Monday. Minister of Fisheries Luis Soto said that boats "
            "from the north could land their catch again.")
    actors = {**PERU, "soto": ("person", ["Minister of Fisheries Luis Soto", "Luis Soto"]),
              "fisheries": ("organization", ["Ministry of Fisheries"])}
    ctx, rels = extract(text, actors)
    ctx.actors[[a.id for a in ctx.actors].index("soto")].name = "Luis Soto"
    from foothold.extract.relations import RelationExtractor
    ctx.relations.clear()
    RelationExtractor()(ctx)
    assert any((r.subject, r.predicate, r.object, r.title) == ("soto", "leads", "fisheries", "Minister of Fisheries")
               for r in ctx.relations)
