"""Names the actor layer typed wrong, split, cut or invented (issue 8, actors12): a party after a political stance, a
body's branch after a hyphen, a portfolio before a title, a nickname after a unit's of-phrase, an observatory
cited as a source, a transliterated compound's spelling variant, a force closed on "of (the)" before its state.
Sentences of our own, from other arenas."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _extraction(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return run(read_document(path))


def _actors(tmp_path, text: str) -> dict[str, str]:
    return {a.name: a.type for a in _extraction(tmp_path, text).actors}


def _aliases(tmp_path, text: str) -> dict[str, set[str]]:
    return {a.name: set(a.aliases) for a in _extraction(tmp_path, text).actors}


# --- a name after "the" and a political stance is a party's (stances.after_stance_adjective) ---

@pytest.mark.parametrize("text,name", [
    ("Kofi Mensah met the chairman of the separatist Ambazonia Governing Council on Friday.",
     "Ambazonia Governing Council"),
    ("Sunil Perera, the leader of the leftist Nava Sama Samaja Pakshaya, won two seats.",
     "Nava Sama Samaja Pakshaya")])
def test_a_name_after_a_stance_adjective_is_a_body(tmp_path, text, name):
    assert _actors(tmp_path, text).get(name) == "organization"


def test_a_stance_before_a_noun_leaves_the_person(tmp_path):
    actors = _actors(tmp_path, "The nationalist leader Sunil Perera addressed a rally in Kandy.")
    assert actors.get("Sunil Perera") == "person"


# --- a body's branch after a hyphen (branches.branch_after_hyphen) ---

@pytest.mark.parametrize("text,body,branch", [
    ("The National Liberation Army-Eastern War Front claimed the attack in Arauca.",
     "National Liberation Army", "Eastern War Front"),
    ("The Sudanese Armed Forces-Military Intelligence Directorate detained him in Khartoum.",
     "Sudanese Armed Forces", "Military Intelligence Directorate")])
def test_an_untagged_branch_after_a_listed_bodys_hyphen_is_a_body_of_its_own(tmp_path, text, body, branch):
    actors = _actors(tmp_path, text)
    assert actors.get(body) == "organization"
    assert actors.get(branch) == "organization"


def test_a_hyphen_between_parties_of_talks_joins_nothing(tmp_path):
    actors = _actors(tmp_path, "The Fatah Central Committee-Hamas talks resumed in Cairo.")
    assert not any("-" in n and "Committee" in n for n in actors)


# --- a portfolio before a title is no body (portfolios.names_a_title_portfolio) ---

@pytest.mark.parametrize("text,holder,field", [
    ("Somali National Security Adviser Hussein Sheikh-Ali visited Mogadishu on Monday.", "Hussein Sheikh-Ali",
     "National Security"),
    ("Nigerian Internal Security Adviser Musa Bello met the governor in Kano.", "Musa Bello", "Internal Security")])
def test_a_portfolio_before_a_title_is_no_body(tmp_path, text, holder, field):
    actors = _actors(tmp_path, text)
    assert actors.get(holder) == "person"
    assert not any(field in n and t == "organization" for n, t in actors.items())


def test_a_body_head_before_a_title_stays_a_body(tmp_path):
    actors = _actors(tmp_path, "Ghanaian Electoral Commission Chairperson Jean Mensa announced the results in Accra.")
    assert any("Electoral Commission" in n and t == "organization" for n, t in actors.items())


# --- a nickname after a unit's of-phrase (aliases: BARE_KNOWN_AS, _apposition_owner) ---

def test_a_nickname_after_an_of_phrase_is_the_apposed_units(tmp_path):
    aliases = _aliases(tmp_path, "The 42nd Brigade, a unit of the Royal Army known as the Desert Hawks, left Helmand.")
    assert "Desert Hawks" in aliases.get("42nd Brigade", set())
    assert "Desert Hawks" not in aliases.get("Royal Army", set())


def test_a_nickname_after_an_of_object_with_no_apposition_goes_to_neither(tmp_path):
    aliases = _aliases(tmp_path, "The commander of the Royal Army known as the Lion of Sind spoke in Karachi.")
    assert not any("Lion of Sind" in a for a in aliases.get("Royal Army", set()))


# --- an observatory is a body, even cited as a source (lexicon head word Observatory) ---

def test_an_observatory_cited_in_a_note_is_a_body(tmp_path):
    text = ("Clashes killed 30 people near Mekelle, according to the Horn Conflict Observatory (HCO, March 4, 2021).")
    actors = _actors(tmp_path, text)
    assert actors.get("Horn Conflict Observatory") == "organization"


# --- a transliterated compound in another spelling (lexicon org_lead_words Jamat) ---

def test_a_compound_spelt_jamat_is_a_group_named_whole_with_its_state(tmp_path):
    actors = _actors(tmp_path, "Jamat-ul-Ahrar Pakistan claimed the bombing in Peshawar.")
    assert actors.get("Jamat-ul-Ahrar Pakistan") == "organization"


# --- a force the NER closed on "of (the)" before its state (extending._extend_cut_before_state) ---

@pytest.mark.parametrize("text,name", [
    ("The Armed Forces of Ukraine said they repelled attacks near Bakhmut.", "Armed Forces of Ukraine"),
    ("The Armed Forces of the Philippines said two soldiers died in a clash on Jolo.",
     "Armed Forces of the Philippines")])
def test_a_force_cut_before_its_state_is_named_whole(tmp_path, text, name):
    assert _actors(tmp_path, text).get(name) == "organization"


@pytest.mark.parametrize("text,holder,state", [
    ("Somali National Security Adviser Hussein Sheikh-Ali visited Mogadishu on Monday.", "hussein_sheikh_ali", "somalia"),
    ("Nigerian Internal Security Adviser Musa Bello met the governor in Kano.", "musa_bello", "nigeria")])
def test_the_holder_of_a_capitalised_portfolio_title_serves_the_demonyms_state(tmp_path, text, holder, state):
    relations = {(r["subject"], r["predicate"], r["object"]) for r in _extraction(tmp_path, text).to_format()["relations"]}
    assert (holder, "member_of", state) in relations


@pytest.mark.parametrize("text,body,state", [
    ("According to the State Intelligence Agency of the Republic of Ghana, the suspects fled to Lome.",
     "State Intelligence Agency", "Ghana"),
    ("The Federal Government of Nigeria rejected the report on Monday.", None, "Nigeria")])
def test_another_body_or_a_government_before_its_state_is_not_run_on(tmp_path, text, body, state):
    actors = _actors(tmp_path, text)
    assert not any(n.endswith(state) and t == "organization" for n, t in actors.items())
    assert body is None or actors.get(body) == "organization"
