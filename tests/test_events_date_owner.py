"""Which act a date phrase times (events/date_owner.py, and the deeds reacted to in timing.explicit_date).

Sentences are invented for the tests (Andean arena, wire and statement style).
"""

from event_fixtures import extract_events

from foothold.extract.events.date_owner import embedded, owner
from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.nlp import load_nlp

ACTORS = {"Colombia": ("colombia", "country"), "Ecuador": ("ecuador", "country"), "ELN": ("eln", "organization"),
          "Andean Council": ("andean_council", "organization"), "Cauca": ("cauca", "place")}
HEADER = "source: https://example.org/a/story.html\ntitle: Story (Andes Wire, 14 Mar 2019)\n\n"


def parsed(sentence: str):
    return load_nlp()(sentence)


def test_a_date_hangs_on_the_nearest_verb_or_event_noun():
    lex = load_lexicon()
    doc = parsed("Colombia urged the ELN to ensure that its delegates reach Havana on 20 May.")
    may = next(t for t in doc if t.text == "May")
    assert owner(may, lex).text == "reach"
    assert embedded(owner(may, lex), next(t for t in doc if t.text == "urged"))
    doc = parsed("Colombia said on Monday that it had bombed a camp of the ELN.")
    monday = next(t for t in doc if t.text == "Monday")
    assert not embedded(owner(monday, lex), next(t for t in doc if t.text == "bombed"))   # the saying governs it


def test_a_date_inside_what_is_asked_does_not_date_the_request(tmp_path):
    text = HEADER + ("BOGOTA, Mar 14 (Andes Wire) - Colombia urged the ELN to ensure that its delegates reach "
                     "Havana on 20 May.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    asks = [e for e in ctx.events if e.type == "REQUEST"]
    assert asks and all(e.date.iso[5:7] != "05" for e in asks), [(e.evidence, e.date) for e in ctx.events]


def test_the_date_of_an_attack_pursued_does_not_date_the_operation(tmp_path):
    text = HEADER + ("BOGOTA, Mar 14 (Andes Wire) - Colombia launched an offensive in Cauca to hunt those "
                     "responsible for the bombing of 2 March.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    launched = [e for e in ctx.events if "launched" in e.evidence]
    assert launched and all(e.date is None or e.date.iso != "2019-03-02" for e in launched), \
        [(e.evidence, e.date) for e in ctx.events]


def test_a_deed_welcomed_in_one_clause_does_not_date_a_pledge_in_the_next(tmp_path):
    text = HEADER + ("BOGOTA, Mar 14 (Andes Wire) - The ministers welcomed the decision of the Andean Council in "
                     "January to lift the tariffs, and Colombia pledged to help Ecuador.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    pledges = [e for e in ctx.events if e.type == "AGREE"]
    assert pledges and all(not e.date.iso.startswith("2019-01") for e in pledges), \
        [(e.evidence, e.date) for e in ctx.events]


def test_a_date_in_a_coordinated_verbs_content_is_not_the_conjuncts():
    lex = load_lexicon()
    doc = parsed("Colombia accused Ecuador of arming the ELN since June 2016 and requested an inquiry.")
    june = next(t for t in doc if t.text == "June")
    assert embedded(owner(june, lex), next(t for t in doc if t.text == "requested"))
    doc = parsed("Colombia accused Ecuador of arming the ELN and requested an inquiry on 3 June.")
    june = next(t for t in doc if t.text == "June")
    assert not embedded(owner(june, lex), next(t for t in doc if t.text == "requested"))   # the request's own day
