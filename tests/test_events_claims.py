"""A claim of responsibility dates by the attack it claims (events/claims.py).

Sentences are invented for the tests (wire style, arenas other than the tuning texts).
"""

from event_fixtures import extract_events

from foothold.extract.events.claims import claimed_noun
from foothold.extract.nlp import load_nlp

ACTORS = {"Abu Sayyaf": ("abu_sayyaf", "organization"), "Philippines": ("philippines", "country"),
          "Jolo": ("jolo", "place"), "New People's Army": ("npa", "organization")}
HEADER = "source: https://example.org/a/story.html\ntitle: Story (Island Wire, 14 Mar 2019)\n\n"


def verb(sentence: str, lemma: str):
    return next(t for t in load_nlp()(sentence) if t.lemma_ == lemma)


def test_a_claim_names_a_definite_attack_only():
    assert claimed_noun(verb("The group claimed the bombing on Wednesday.", "claim")).text == "bombing"
    assert claimed_noun(verb("The group claimed responsibility for these attacks.", "claim")).text == "attacks"
    assert claimed_noun(verb("The group claimed attacks on two police posts.", "claim")) is None
    assert claimed_noun(verb("The group destroyed the bridge.", "destroy")) is None


def test_a_claim_takes_the_date_of_the_attack_told_before(tmp_path):
    text = HEADER + ("JOLO, Philippines, Mar 14 (Island Wire) - Gunmen of Abu Sayyaf attacked an army camp near Jolo on "
                     "Monday, killing three soldiers.\n\nThe army said reinforcements had reached the town.\n\n"
                     "Abu Sayyaf claimed the attack on Wednesday in a message to reporters.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    dates = {e.evidence: e.date.iso for e in ctx.events if e.type == "ASSAULT" and e.date}
    claim = next(iso for ev, iso in dates.items() if "claimed" in ev)
    assert claim == "2019-03-11", dates


def test_an_indefinite_claim_keeps_its_own_date(tmp_path):
    text = HEADER + ("JOLO, Philippines, Mar 14 (Island Wire) - Gunmen of Abu Sayyaf attacked an army camp near Jolo on "
                     "Monday.\n\nThe New People's Army claimed attacks on two police posts on Wednesday.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    npa = [e for e in ctx.events if "npa" in e.source]
    assert npa and all(e.date.iso == "2019-03-13" for e in npa), [(e.evidence, e.date) for e in ctx.events]


def test_a_claimed_attack_dated_in_its_own_clause_keeps_that_date(tmp_path):
    text = HEADER + ("JOLO, Philippines, Mar 14 (Island Wire) - Gunmen of Abu Sayyaf attacked an army camp near Jolo on "
                     "Monday.\n\nThe New People's Army claimed the ambush that killed four police officers in Samar "
                     "on 2 March.\n")
    ctx = extract_events(tmp_path, text, ACTORS, "story.txt")
    npa = [e for e in ctx.events if "npa" in e.source]
    # not the day of the attack told before: this one is told with its own clause
    assert npa and all(e.date.iso != "2019-03-11" for e in npa), [(e.evidence, e.date) for e in ctx.events]
