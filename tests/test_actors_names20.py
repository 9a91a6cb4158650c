"""Actor names on unseen text, actors20 (issue 8): places named with a lower-case landmark noun
(actors/landmarks.py, data/landmarks.yaml). Sentences and names of our own, from other arenas."""

from types import SimpleNamespace

from foothold.extract.actors.landmarks import landmark_nouns, landmark_places
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, tuple(sorted(a.aliases))) for a in run(read_document(path)).actors}


def test_a_name_before_hospital_is_a_place_named_both_ways(tmp_path):
    actors = _actors(tmp_path, "The wounded man died at Ibn Sina hospital in the capital, a doctor said.")
    assert actors.get("Ibn Sina") == ("place", ("Ibn Sina hospital",))


def test_a_reservoir_and_a_river_are_places(tmp_path):
    actors = _actors(tmp_path, "Farmers said the Kariba reservoir had lost half its water since April.")
    assert actors.get("Kariba") == ("place", ("Kariba reservoir",))
    actors = _actors(tmp_path, "The Tana river and the Athi rise in the highlands.")
    assert actors.get("Tana") == ("place", ("Tana river",))


def test_a_name_written_alone_too_keeps_its_type(tmp_path):
    actors = _actors(tmp_path, "President Ruto said the clinic would stay open. Patients queued at Ruto hospital "
                               "on Monday.")
    assert actors.get("Ruto", ("",))[0] == "person"


def _found(text, name, type_="person", label="ner:PERSON"):
    s = text.index(name)
    return [[s, s + len(name), type_, label, s, s + len(name)]]


def test_a_dictionary_city_keeps_its_airport_out():
    text = "A drone struck near Nairobi airport on Friday."
    found = _found(text, "Nairobi", "place", "dict:nairobi")
    landmark_places(text, found, lambda name: "place" if name == "Nairobi" else None)
    assert found == _found(text, "Nairobi", "place", "dict:nairobi")


def test_a_name_tagged_with_its_noun_is_cut_before_it():
    text = "The rebels withdrew into the Aberdare mountains last week."
    found = _found(text, "Aberdare mountains", "place", "ner:LOC")
    landmark_places(text, found, lambda name: None)
    s = text.index("Aberdare")
    assert found == [[s, s + len("Aberdare mountains"), "place", "ner:LOC", s, s + len("Aberdare")]]


def test_a_capitalised_noun_or_a_possessive_is_no_landmark():
    text = "Officials at the Riverside Hospital and Mr Okoye's clinic spoke."
    found = _found(text, "Riverside Hospital", "organization", "ner:ORG") + _found(text, "Okoye", "person")
    before = [list(f) for f in found]
    landmark_places(text, found, lambda name: None)
    assert found == before
    assert "hospital" in landmark_nouns() and "Hospital" not in landmark_nouns()


def test_a_party_written_without_its_head_word_is_the_party(tmp_path):
    actors = _actors(tmp_path, "The Move Forward Party won the election. Move Forward said it would form a "
                               "government.")
    assert actors.get("Move Forward Party") == ("organization", ("Move Forward",))
    assert "Move Forward" not in actors


class _C:
    def __init__(self, names, type_, ner=True, did=None):
        self.names, self._t, self.dictionary_id = list(names), type_, did
        self.mentions = [SimpleNamespace(source="ner" if ner else "title", type=type_)]
        self.added = []

    def type(self):
        return self._t

    def add(self, other, reason):
        self.added.append(other)


def test_a_person_typed_by_more_than_the_ner_stays_apart():
    from foothold.resolve.party_forms import merge_party_forms
    party = _C(["Amani Nuru Party"], "organization", ner=False)
    person = _C(["Amani Nuru"], "person", ner=False)
    out = merge_party_forms([party, person], lambda w: False)
    assert out == [party, person] and party.added == []
    guessed = _C(["Amani Nuru"], "person", ner=True)
    out = merge_party_forms([party, guessed], lambda w: False)
    assert out == [party] and party.added == [guessed]


def test_a_foundation_or_a_state_word_joins_no_party():
    from foothold.resolve.party_forms import merge_party_forms
    foundation = _C(["Amani Nuru Foundation"], "organization", ner=False)
    person = _C(["Amani Nuru"], "person")
    assert merge_party_forms([foundation, person], lambda w: False) == [foundation, person]
    party = _C(["Kenyan Unity Party"], "organization", ner=False)
    short = _C(["Kenyan Unity"], "organization")
    assert merge_party_forms([party, short], lambda w: w == "Kenyan") == [party, short]


def test_a_peoples_word_before_a_community_noun_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "Clashes between the Oromo majority of the valley and the Gumuz communities of the "
                               "hills killed 40 people. The court asked the state to consider tribal status for Gumuz, "
                               "which Oromo civil society groups opposed.")
    assert "Oromo" not in actors and "Gumuz" not in actors


def test_a_word_also_before_a_group_noun_or_a_states_demonym_stays():
    from foothold.extract.actors.community_words import community_words
    text = "The Riffian people marched. Riffian militants attacked a post. The Iraqi people voted."
    def at(word, k=0):
        s = text.index(word, k)
        return [s, s + len(word), "organization", "ner:NORP", s, s + len(word)]
    found = [at("Riffian"), at("Riffian", 10), at("Iraqi")]
    before = [list(f) for f in found]
    community_words(text, found, lambda w: "country" if w == "Iraqi" else None, {"militants", "people"})
    assert found == before
    found = [at("Riffian")]
    community_words(text.replace("militants", "elders"), found, lambda w: None, {"militants", "people"})
    assert found == []


def test_a_name_a_where_clause_follows_is_a_place(tmp_path):
    actors = _actors(tmp_path, "President Milei later visited Tierra Grande, where he announced a new naval base.")
    assert actors.get("Tierra Grande", ("",))[0] == "place"


def test_an_address_or_a_known_name_before_where_is_left():
    from foothold.extract.actors.where_places import where_places
    text = "Ochieng, where are you going? The envoy flew to Nairobi, where talks began."
    s, n = text.index("Nairobi"), text.index("Ochieng")
    found = [[n, n + 7, "person", "ner:PERSON", n, n + 7], [s, s + 7, "organization", "ner:ORG", s, s + 7]]
    where_places(text, found, lambda name: name == "Nairobi")
    assert [f[2] for f in found] == ["person", "organization"]
    where_places(text, found, lambda name: False)
    assert [f[2] for f in found] == ["person", "place"]
