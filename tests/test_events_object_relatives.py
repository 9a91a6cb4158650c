"""An object relative the parser reads as a noun ("the militia that Manila arms, attacked ..."; issue 8, evrecall2;
events/object_relatives.py). Sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.events.object_relatives import relative_verbs, repair_object_relatives
from foothold.extract.nlp import load_nlp

ACTORS = {
    "Free Lanao Army": ("free_lanao_army", "organization"), "Manila": ("manila", "place"),
    "Philippines": ("philippines", "country"), "Dansalan": ("dansalan", "place"),
    "Cordillera Union": ("cordillera_union", "organization"), "Bolivia": ("bolivia", "country"),
    "Oruro": ("oruro", "place"),
}

HEADER = "source: own writing, analysis\ntitle: Patrons and proxies\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "analysis.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_the_proxy_not_its_patron_does_the_act(tmp_path):
    got = events(tmp_path, "The Cordillera Union, the movement that Bolivia backs in the highlands, seized the mine "
                           "at Oruro on 4 May 2019.\n")
    assert any(s == ["cordillera_union"] for _, s, _ in got), got
    assert not any(s == ["bolivia"] for _, s, _ in got), got


def test_a_militia_that_a_state_arms_attacks_as_itself(tmp_path):
    got = events(tmp_path, "The Free Lanao Army, a militia that Manila arms, attacked the town of Dansalan in May 2017.\n")
    assert any(t == "ASSAULT" and s == ["free_lanao_army"] for t, s, _ in got), got


def test_the_repair_rehangs_the_sentence_and_leaves_a_true_relative_alone():
    doc = load_nlp()("The Cordillera Union, the movement that Bolivia backs in the highlands, seized the mine.")
    assert repair_object_relatives(doc) == 1
    seized = next(t for t in doc if t.lower_ == "seized")
    assert seized.dep_ == "ROOT" and [c.text for c in seized.children if c.dep_ == "nsubj"] == ["Union"]
    backs = next(t for t in doc if t.lower_ == "backs")
    assert backs.pos_ == "VERB" and [c.text for c in backs.children if c.dep_ == "nsubj"] == ["Bolivia"]
    doc = load_nlp()("The Cordillera Union, a movement that seized the mine in May, talked to Bolivia.")
    assert repair_object_relatives(doc) == 0


def test_the_verbs_load():
    assert "fund" in relative_verbs() and "arm" in relative_verbs()
