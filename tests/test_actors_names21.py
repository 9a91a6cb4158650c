"""Actor names on unseen text, actors21 (issue 8): names cut one word short, states in a formal style, listed places
and acronyms, company names opened by a title word, forms of address, parties named with a state, landmark phrases,
things named like people. Sentences and names of our own, from other arenas."""

from types import SimpleNamespace

from spacy.tokens import Span

from foothold.extract.actors.common_word_names import ethnic_people
from foothold.extract.actors.cut_ends import joined_cut_ends
from foothold.extract.actors.landmarks import _is_landmark_phrase
from foothold.extract.actors.listed_names import may_be_listed_place
from foothold.extract.dictionary import load_dictionary, load_lexicon
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, tuple(sorted(a.aliases))) for a in run(read_document(path)).actors}


def test_a_family_name_after_a_hyphened_particle_stays_the_persons(tmp_path):
    actors = _actors(tmp_path, "Abdulmalik Badruddin al-Houthi, the leader of the movement, spoke on Thursday.")
    assert actors.get("Abdulmalik Badruddin al-Houthi", ("",))[0] == "person"
    assert "Abdulmalik Badruddin al" not in actors


def test_a_dictionary_body_is_no_persons_surname(tmp_path):
    actors = _actors(tmp_path, "Abdulmalik Badruddin al-Houthi, a leader of the Houthis' movement, spoke. "
                               "Houthi fighters later attacked a convoy near the port.")
    assert actors.get("Abdulmalik Badruddin al-Houthi", ("",))[0] == "person"
    assert actors.get("Houthis", ("",))[0] == "organization"


def test_an_untagged_last_word_is_the_rest_of_a_name(tmp_path):
    actors = _actors(tmp_path, "Shafie's Parti Warisan coalition won 23 seats in the state assembly.")
    assert "Parti Warisan" in actors


def test_a_body_cut_at_a_possessive_and_a_state_cut_at_a_compass_word(tmp_path):
    doc = load_nlp().make_doc("The Presidium of the Supreme People's Assembly met on Monday.")
    cut, rest = Span(doc, 0, 7, label="ORG"), Span(doc, 7, 8, label="ORG")
    joined = joined_cut_ends(doc, [cut, rest], load_lexicon(), load_dictionary())
    assert [(e.text, e.label_) for e in joined] == [("The Presidium of the Supreme People's Assembly", "ORG")]
    actors = _actors(tmp_path, "Officials of the self-declared Serbian Republic of Northern Kosovo said the vote "
                               "was void.")
    assert "Serbian Republic of Northern Kosovo" in actors


def test_a_city_english_also_has_listed_with_a_place():
    def word(text, ent=""):
        return SimpleNamespace(text=text, ent_type_=ent, is_stop=False, pos_="PROPN", lower_=text.lower(),
                               lemma_=text)
    assert may_be_listed_place(word("Victoria"))          # a gazetteer city WordNet also lists
    assert not may_be_listed_place(word("Harvest"))       # an English word no city has
    assert not may_be_listed_place(word("Victoria", "GPE"))


def test_a_company_opened_by_a_title_word_and_the_one_listed_after_it(tmp_path):
    actors = _actors(tmp_path, "Negotiators from General Dynamics and Thales met the ministry.")
    assert actors.get("General Dynamics", ("",))[0] == "organization"
    assert actors.get("Thales", ("",))[0] == "organization"
    assert "Dynamics" not in actors
    actors = _actors(tmp_path, "Forces loyal to General Haftar advanced on the town.")
    assert actors.get("Haftar", ("",))[0] == "person"


def test_an_outlets_name_opening_a_body(tmp_path):
    actors = _actors(tmp_path, "The Independent Electoral Commission of Somaliland set the date.")
    assert actors.get("Independent Electoral Commission of Somaliland", ("",))[0] == "organization"
    assert "Independent" not in actors


def test_a_form_of_address_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "\"His Majesty will open the new session of parliament on Monday,\" the royal "
                               "court announced.")
    assert "Majesty" not in actors


def test_a_party_named_with_a_state_after_a_stance(tmp_path):
    actors = _actors(tmp_path, "Ana Ramos, the leader of the opposition Democratic Moldova, called off the march.")
    assert actors.get("Democratic Moldova", ("",))[0] == "organization"
    actors = _actors(tmp_path, "Ana Ramos joined the opposition in Moldova.")
    assert actors.get("Moldova", ("",))[0] == "country"


def test_an_acronym_listed_with_a_bodys_acronym(tmp_path):
    actors = _actors(tmp_path, "Officers of the Pakistani agencies ISI and MI were named.")
    assert actors.get("MI", ("",))[0] == "organization"


def test_landmark_phrases_with_modifiers_and_namesake_titles(tmp_path):
    assert _is_landmark_phrase(["nuclear", "power", "plant"])
    assert _is_landmark_phrase(["air", "base"])
    assert not _is_landmark_phrase(["met", "hospital"])
    actors = _actors(tmp_path, "Trucks were stopped at the road to the Ras Lanuf terminal.")
    assert actors.get("Ras Lanuf") == ("place", ("Ras Lanuf terminal",))
    actors = _actors(tmp_path, "Missiles struck the King Abdullah air base on Monday.")
    assert actors.get("King Abdullah") == ("place", ("King Abdullah air base",))
    actors = _actors(tmp_path, "King Abdullah received the envoy on Sunday. Missiles hit the King Abdullah air base.")
    assert actors.get("Abdullah", ("",))[0] == "person"


def test_an_arabic_place_opener_left_untagged(tmp_path):
    actors = _actors(tmp_path, "Dockers blocked the road to the Umm Hajar port, burning tyres.")
    assert actors.get("Umm Hajar", ("",))[0] == "place"
    assert "Hajar" not in actors


def test_things_named_like_people_and_ethnic_peoples(tmp_path):
    actors = _actors(tmp_path, "The funds come under the bank's Green Window.")
    assert "Green Window" not in actors
    actors = _actors(tmp_path, "The talks were led by the Special Envoy, Rose Hill.")
    assert actors.get("Rose Hill", ("",))[0] == "person"
    assert ethnic_people(["Ethnic", "Uzbeks"], load_dictionary())
    assert not ethnic_people(["Ethnic", "Affairs"], load_dictionary())


def test_a_head_word_of_a_state(tmp_path):
    actors = _actors(tmp_path, "Officers of the Gendarmerie of Chad arrested him on Friday.")
    assert actors.get("Gendarmerie of Chad", ("",))[0] == "organization"
    actors = _actors(tmp_path, "The Government of Chad said it would respond.")
    assert actors.get("Chad", ("",))[0] == "country"


def test_a_person_whose_name_ends_in_a_head_word(tmp_path):
    actors = _actors(tmp_path, "The memorandum was signed by the Vice Minister of Commerce, Zhang Gang, on Friday.")
    assert actors.get("Zhang Gang", ("",))[0] == "person"
    actors = _actors(tmp_path, "Members of the Barrio Gang were arrested.")
    assert actors.get("Barrio Gang", ("",))[0] == "organization"
    actors = _actors(tmp_path, "The steel company Tosyali bought the plant in 2016, and Zhenhai Mining took control "
                               "of the copper mines at Kolwezi in 2018.")
    assert actors.get("Zhenhai Mining", ("",))[0] == "organization"
