"""Event actors, ninth pass (issue 8, evargs11): a bare title ("the President", "the Minister") bound to the holder
the text introduced, with sentences of our own from arenas other than the texts that showed the need."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.resolve.role_antecedents import nearest_holder, title_names


def _run(tmp_path, text: str):
    path = tmp_path / "release.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _holder_of(x, start: int) -> str | None:
    return next((a.name for a in x.actors for m in a.mentions if m.start == start), None)


# --- complement_holders.py + role_antecedents.nearest_holder ---

CHILE = ("SANTIAGO, 3 March 2021 - The President of the Republic, Gabriel Boric, received the Ambassador of Peru, "
         "Ana Torres, at La Moneda today. The Ambassador conveyed the greetings of President Dina Boluarte and an "
         "invitation to visit Lima, which the President accepted. The President thanked Peru for its support during "
         "the floods.")


def test_the_president_is_the_one_introduced_as_the_president(tmp_path):
    x = _run(tmp_path, CHILE)
    for at in (CHILE.index("the President accepted") + 4, CHILE.index("The President thanked") + 4):
        assert _holder_of(x, at) == "Gabriel Boric"
    thanks = [e for e in x.events if e.type == "SUPPORT"]
    assert thanks and thanks[0].source == ["gabriel_boric"]


def test_the_ambassador_is_the_one_named_with_the_posting(tmp_path):
    x = _run(tmp_path, CHILE)
    assert _holder_of(x, CHILE.index("The Ambassador conveyed") + 4) == "Ana Torres"


DENMARK = ("COPENHAGEN, 4 May 2021 - Prime Minister Mette Lund announced the decision today. Minister of Foreign "
           "Affairs Lars Holm said the Government condemned the attack on the convoy. The Minister said Denmark would "
           "keep working with Ghana.")


def test_the_minister_is_not_the_prime_minister(tmp_path):
    x = _run(tmp_path, DENMARK)
    assert _holder_of(x, DENMARK.index("The Minister said") + 4) == "Lars Holm"
    assert [e.source for e in x.events if e.type == "AGREE"] == [["lars_holm"]]


def test_another_states_minister_named_in_between_is_not_the_minister(tmp_path):
    text = ("COPENHAGEN, 4 May 2021 - Prime Minister Mette Lund announced the decision today. Minister of Foreign "
            "Affairs Lars Holm said the Government condemned the attack. Ghana's Minister of Foreign Affairs, Kwame "
            "Mensah, has today recalled Ghana's ambassador to Denmark. Denmark will keep its embassy in Accra open, "
            "and the Minister has invited his Ghanaian counterpart to talks in Copenhagen.")
    x = _run(tmp_path, text)
    assert _holder_of(x, text.index("the Minister has") + 4) == "Lars Holm"


@pytest.mark.parametrize("title,text,expected", [
    ("Minister", "Prime Minister Mette Lund", False),
    ("President", "Vice President Ana Reyes", False),
    ("President", "Vice-President Ana Reyes", False),
    ("Minister", "Deputy Minister Ola Berg", False),
    ("Minister", "Foreign Minister Ola Berg", True),
    ("President", "President Dina Boluarte", True),
    ("Prime Minister", "Prime Minister Mette Lund", True),
    ("Secretary", "Secretary-General Ban Ki-moon", False)])
def test_a_title_names_its_own_office_only(title, text, expected):
    assert title_names(title, text) is expected


def test_without_a_definite_holder_the_nearest_before_wins():
    # evargs8's rule is kept: "President A ... President B ... the President" -> B, the nearest before
    assert nearest_holder(900, [("A", 0, "plain"), ("B", 500, "plain"), ("C", 960, "plain")]) == "B"
    assert nearest_holder(900, [("A", 0, "definite"), ("B", 500, "plain")]) == "A"
    assert nearest_holder(900, [("A", 0, "plain"), ("B", 500, "possessed")]) == "A"
    assert nearest_holder(900, [("B", 500, "possessed"), ("C", 960, "plain")]) == "B"
    assert nearest_holder(10, [("C", 960, "definite")]) == "C"


# --- met_and_asked.py ---

def _requests(tmp_path, text: str) -> list[tuple[list, list]]:
    return [(e.source, e.target) for e in _run(tmp_path, text).events if e.type == "REQUEST"]


def test_a_request_made_at_a_meeting_asks_those_met(tmp_path):
    text = ("A delegation of the Mapuche Council met officials of the Ministry of the Interior in Temuco on Monday "
            "and asked for more protection for its communities.")
    assert _requests(tmp_path, text) == [(["mapuche_council"], ["ministry_of_the_interior"])]


def test_a_request_with_its_own_addressee_keeps_it(tmp_path):
    text = "Evo Morales met President Gabriel Boric in Santiago and then asked the United Nations to mediate."
    assert _requests(tmp_path, text) == [(["evo_morales"], ["united_nations"])]


def test_a_request_not_joined_to_a_meeting_takes_no_one_met(tmp_path):
    from foothold.extract.events.met_and_asked import met_party
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The council criticised the Ministry of the Interior and asked for more protection.")
    asked = next(t for t in doc if t.lower_ == "asked")
    assert met_party(asked, None) == []


# --- address_subjects.py (main_line_subjects, arguments.head_actors) ---

ACCRA = ("ACCRA, 9 June 2022 - The President of the Republic, Nana Akufo-Addo, received at Jubilee House today the "
         "Ambassador of Togo to Ghana, Kodjo Mensah, and discussed with him the security of the northern border.\n\n"
         "His Excellency stressed that Ghana would never be a launching pad for aggression against its neighbours. "
         "He called for an end to attacks on border posts.\n")


def test_his_excellency_and_the_he_after_it_are_the_principal(tmp_path):
    x = _run(tmp_path, ACCRA)
    requests = [e for e in x.events if e.type == "REQUEST"]
    assert requests and requests[0].source == ["nana_akufo_addo"], [(e.type, e.source) for e in x.events]
    stressed = [e for e in x.events if e.start <= ACCRA.index("stressed") < e.end]
    assert stressed and all(e.source == ["nana_akufo_addo"] for e in stressed)


def test_an_address_form_needs_his_or_her():
    from foothold.extract.events.address_subjects import address_form
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("His Excellency stressed the point. The Excellency stressed the point.")
    forms = [t.text for t in doc if address_form(t)]
    assert forms == ["Excellency"] and doc[1].text == "Excellency"
