"""The toll of an attack its paragraph has already told (events/paragraph_tolls.py; issue 8, spurious5). Sentences
are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.events.paragraph_tolls import toll_words

ACTORS = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
          "Peruvian": ("peru", "country"), "Cochabamba": ("cochabamba", "place"), "Puno": ("puno", "place"),
          "Shining Path": ("shining_path", "organization"), "Ana Quispe": ("ana_quispe", "person")}
HEADER = "source: own writing, monitor report style\ntitle: Andes monitor (Example Monitor, 12 May 2023)\n\n"


def _assaults(tmp_path, body: str) -> list:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "monitor.txt")
    return [e for e in ctx.events if e.type == "ASSAULT"]


def test_a_toll_after_a_blast_its_paragraph_told_is_no_new_attack(tmp_path):
    for body in ("A car bomb exploded outside the Bolivian customs post near Puno. At least nine Bolivian customs "
                 "officers were killed and 40 wounded.",
                 "The monitor recorded two days of fighting in the outskirts of Cochabamba. At least 14 Bolivian "
                 "soldiers were killed.",
                 "The Peruvian government condemned the attack on the market in Puno. Eleven Peruvian traders were "
                 "killed, among them two police officers."):
        got = _assaults(tmp_path, body)
        assert not any("killed" in e.evidence for e in got), (body, [e.evidence for e in got])


def test_a_toll_opening_its_own_paragraph_or_marked_apart_stays(tmp_path):
    for body in ("A car bomb exploded outside the Bolivian customs post near Puno.\n\nThree Peruvian traders were "
                 "killed in Cochabamba, the police said.",
                 "A car bomb exploded outside the Bolivian customs post near Puno. In a separate incident, two "
                 "Peruvian soldiers were killed in Cochabamba.",
                 "A car bomb exploded outside the Bolivian customs post near Puno. On Tuesday, two Peruvian soldiers "
                 "were killed near the border."):
        got = _assaults(tmp_path, body)
        assert any("killed" in e.evidence for e in got), (body, [e.evidence for e in got])


def test_named_victims_or_a_named_killer_keep_their_act(tmp_path):
    got = _assaults(tmp_path, "Fighting broke out near Puno on Monday. Ana Quispe, a Peruvian mayor, was killed by "
                              "Shining Path gunmen.")
    assert any("killed" in e.evidence for e in got)


def test_the_attack_words_are_read_from_data():
    words = toll_words().attack_words
    assert {"attack", "explode", "fighting"} <= words
