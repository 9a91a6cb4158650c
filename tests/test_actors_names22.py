"""Actor names on unseen text, actors22 (issue 8): a person's hyphenated last name part the NER left out. Sentences
and names of our own, from other arenas."""

from pathlib import Path

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actors(tmp_path: Path, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: (a.type, tuple(sorted(a.aliases))) for a in run(read_document(path)).actors}


def test_a_hyphenated_given_name_is_kept_whole(tmp_path):
    actors = _actors(tmp_path, "President Moon Jae-in met Prime Minister Shinzo Abe in Osaka on Friday. "
                               "Moon said the talks were useful.")
    assert actors.get("Moon Jae-in", ("",))[0] == "person"
    assert "Moon Jae" not in actors
    assert "Moon" in actors["Moon Jae-in"][1]


def test_a_longer_syllable_that_is_no_english_word_is_kept(tmp_path):
    actors = _actors(tmp_path, "President Yoon Suk-yeol visited the port on Monday.")
    assert actors.get("Yoon Suk-yeol", ("",))[0] == "person"


def test_a_compounding_word_after_a_name_is_no_part_of_it(tmp_path):
    actors = _actors(tmp_path, "The Abe-led cabinet met Boris Johnson-style critics in Tokyo.")
    assert "Boris Johnson-style" not in actors
    assert not any(name.endswith("-led") for name in actors)


def test_a_weapon_model_before_its_noun_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "Katyusha rockets fell near the airport, and Hezbollah rockets hit Haifa. "
                               "Leopard tanks and Patriot missiles arrived in Rzeszow on Monday.")
    assert "Katyusha" not in actors and "Leopard" not in actors and "Patriot" not in actors
    assert actors.get("Hezbollah", ("",))[0] == "organization"
    assert "Rzeszow" in actors


def test_a_group_named_on_its_own_keeps_its_name_before_a_weapon_noun(tmp_path):
    actors = _actors(tmp_path, "Saraya Awliya al-Dam claimed the attack. "
                               "Saraya Awliya al-Dam rockets hit the base near Erbil.")
    assert actors.get("Saraya Awliya al-Dam", ("",))[0] == "organization"


def test_a_ship_with_its_class_noun_and_prefix_is_no_actor(tmp_path):
    actors = _actors(tmp_path, "Sailors from the guided-missile cruiser USS Normandy seized a cache of weapons in "
                               "the Arabian Sea. The Normandy later returned to Bahrain.")
    assert not any("Normandy" in name for name in actors)
    assert actors.get("Bahrain", ("",))[0] == "country"


def test_weapon_nouns_are_validated_at_load():
    from foothold.extract.actors.weapon_names import weapon_nouns
    assert {"rockets", "drones", "tanks"} <= weapon_nouns()


def test_a_bare_korea_is_south_korea_when_the_text_names_it(tmp_path):
    actors = _actors(tmp_path, "South Korea protested. Trade between Japan and Korea fell by a third after Tokyo "
                               "tightened export rules. North Korea fired a missile on Monday.")
    assert "Korea" in actors["South Korea"][1]
    assert "Korea" not in actors
    assert "Korea" not in actors["North Korea"][1]


def test_a_bare_korea_is_never_read_as_north_korea(tmp_path):
    actors = _actors(tmp_path, "North Korea fired two missiles on Monday. Exports from Korea fell.")
    assert "Korea" not in actors["North Korea"][1]


def test_bare_states_data_maps_to_a_compass_state():
    from foothold.resolve.bare_states import usual_states
    assert usual_states()["Korea"] == "South Korea"


def test_a_princess_is_a_title_before_a_name_the_ner_missed(tmp_path):
    actors = _actors(tmp_path, "Her Royal Highness Princess Haya Al Hussein visited the camp in Mafraq.")
    assert actors.get("Haya Al Hussein", ("",))[0] == "person"
    assert not any("Highness" in name for name in actors)
