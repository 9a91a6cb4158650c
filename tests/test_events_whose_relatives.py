"""An act told in a "whose" relative clause describes the antecedent (events/whose_relatives.py, spurious4). Sentences
are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Kidal": ("kidal", "place"),
          "Gao": ("gao", "place"), "Iyad Ag Ghaly": ("ghaly", "person"), "Chad": ("chad", "country"),
          "Mahamat Deby": ("deby", "person"), "Abeche": ("abeche", "place")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_what_the_antecedents_people_did_describes_it(tmp_path):
    for body, word in (("Iyad Ag Ghaly, whose fighters attacked Chad's army near Kidal in March, has demanded talks.",
                        "attacked"),
                       ("Mali sanctioned two commanders whose forces shelled Niger's border posts in April.", "shelled")):
        triggers = [t for _, _, t in _events(tmp_path, body)]
        assert not [t for t in triggers if t and word in t], (body, triggers)


def test_a_passive_whose_clause_tells_what_was_done(tmp_path):
    events = _events(tmp_path, "Chad sheltered a trader whose warehouse in Abeche was looted by Mali's soldiers.")
    assert any(t and "looted" in t for _, _, t in events), events


def test_a_whose_clause_dated_to_the_day_is_news():
    from foothold.extract.events.whose_relatives import whose_description
    from foothold.extract.nlp import load_nlp
    nlp = load_nlp()
    for text, word, reason in (("Iyad Ag Ghaly, whose fighters attacked Kidal on Tuesday, said he would talk.", "attacked", None),
                               ("Iyad Ag Ghaly, whose fighters attacked Kidal in 2012, said he would talk.", "attacked",
                                "description"),
                               ("The man whose shop was burned by rioters said he would leave.", "burned", None)):
        token = next(t for t in nlp(text) if t.text == word)
        assert whose_description(token) == reason, text
