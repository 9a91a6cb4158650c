"""A body's head noun written alone stands for the body named last before it (issue 8, actors16:
resolve/definite_heads.py), and "Board" and "Tribunal" head a body's name (lexicon.yaml head_words).
Sentences of our own, from other arenas."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document
from foothold.model import Actor, Mention
from foothold.resolve.within import WithinDocumentResolver


def _actors(tmp_path, text: str) -> dict[str, set[str]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: {a.name, *a.aliases} for a in run(read_document(path)).actors}


def _owner(actors: dict[str, set[str]], alias: str) -> list[str]:
    return [name for name, forms in actors.items() if alias in forms]


def test_a_chamber_named_whole_then_by_its_head(tmp_path):
    # a three-word name closed by its of-phrase: the short-body merge leaves its head alone
    actors = _actors(tmp_path, "The Chamber of Deputies of Paraguay met on Monday. "
                               "After the Senate voted, the Chamber approved the budget.")
    assert _owner(actors, "Chamber") == ["Chamber of Deputies"]


def _mention(start: int, text: str, label: str = "ner:ORG") -> Mention:
    return Mention(start=start, end=start + len(text), text=text, type="organization", label=label)


def test_the_head_goes_to_the_body_named_last_before_it():
    # "The Council of Elders of X met ... the Regional Security Council ... the Council said": the nearer one
    mentions = [_mention(0, "Council of Elders of Kismayo"), _mention(120, "Regional Security Council"),
                _mention(300, "Council")]
    actors: list[Actor] = WithinDocumentResolver().resolve(mentions)
    owner = [a.name for a in actors if "Council" in a.aliases]
    assert owner == ["Regional Security Council"]
    assert len(actors) == 2


def test_a_head_written_before_any_body_of_it_stays_apart():
    mentions = [_mention(0, "Chamber"), _mention(200, "Chamber of Commerce")]
    actors = WithinDocumentResolver().resolve(mentions)
    assert sorted(a.name for a in actors) == ["Chamber", "Chamber of Commerce"]


def test_a_dictionary_word_read_as_the_head_of_a_named_body():
    # an outlet listed by the one word "Monitor" is weaker than the report's own body named before
    mentions = [_mention(0, "Balkan Minority Rights Monitor"),
                Mention(start=400, end=407, text="Monitor", type="media", label="dict:some_outlet")]
    actors = WithinDocumentResolver().resolve(mentions)
    assert [a.name for a in actors] == ["Balkan Minority Rights Monitor"]


def test_board_and_tribunal_head_a_name(tmp_path):
    actors = _actors(tmp_path, "The Malawi Tobacco Control Board raised the auction floor price, "
                               "and the Peru Tax Appeals Tribunal upheld the fine.")
    assert "Malawi Tobacco Control Board" in actors
    assert "Peru Tax Appeals Tribunal" in actors or "Tax Appeals Tribunal" in actors


# --- a person called by the first word of a two-word name written before (resolve/first_names.py) ---

def test_a_family_name_written_first_then_alone(tmp_path):
    actors = _actors(tmp_path, "The shipping firm's owner, Tanaka Hiroshi, met the port authority in Busan. "
                               "Tanaka said the vessels would sail again in April.")
    assert _owner(actors, "Tanaka") == ["Tanaka Hiroshi"]


def test_a_last_name_outranks_a_first_word():
    # "Ito" is the last name of Kenji Ito: the first word of "Ito Mei" is not read
    mentions = [Mention(start=0, end=9, text="Kenji Ito", type="person", label="ner:PERSON"),
                Mention(start=40, end=47, text="Ito Mei", type="person", label="ner:PERSON"),
                Mention(start=90, end=93, text="Ito", type="person", label="ner:PERSON")]
    actors = WithinDocumentResolver().resolve(mentions)
    assert [a.name for a in actors if "Ito" in a.aliases] == ["Kenji Ito"]


# --- a lone surname spelt another way than the full name before it (resolve/surname_variants.py) ---

def test_a_lone_surname_in_another_spelling(tmp_path):
    actors = _actors(tmp_path, "Opposition leader Ousmane Sonko was arrested in Dakar on Friday. "
                               "Lawyers for Sonkho said the charges were invented.")
    assert _owner(actors, "Sonkho") == ["Ousmane Sonko"]


def test_a_spelling_near_two_full_names_merges_neither():
    mentions = [Mention(start=0, end=12, text="Amir Hakimov", type="person", label="ner:PERSON"),
                Mention(start=40, end=53, text="Rustam Hakimev", type="person", label="ner:PERSON"),
                Mention(start=90, end=97, text="Hakimav", type="person", label="ner:PERSON")]
    actors = WithinDocumentResolver().resolve(mentions)
    assert "Hakimav" in [a.name for a in actors]


def test_a_listed_group_named_by_a_head_word_stays_itself():
    # "Hezbollah" is a head word ("Kataib Hezbollah") and a listed group of its own
    mentions = [_mention(0, "Kataib Hezbollah", "dict:kataib_hezbollah"),
                Mention(start=60, end=69, text="Hezbollah", type="organization", label="dict:hezbollah")]
    actors = WithinDocumentResolver().resolve(mentions)
    assert sorted(a.name for a in actors) == ["Hezbollah", "Kataib Hezbollah"]
