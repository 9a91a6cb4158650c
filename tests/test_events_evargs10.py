"""Event actors, eighth pass (issue 8, evargs10): a comma-set past "after"/"since" clause with its own subject,
hung by the parser inside what a speaker said, is the narrator's (events/narrator_asides.py): it neither types nor
targets the statement, and its own act is told with its own doer. Sentences of our own (Malawi, Peru, Fiji)."""

from event_fixtures import WIRE_HEADER, extract_events
from foothold.extract.nlp import load_nlp


def events(tmp_path, text: str, actors) -> list[tuple]:
    ctx = extract_events(tmp_path, WIRE_HEADER + text, actors, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


MALAWI = {"Joseph Banda": ("joseph_banda", "person"), "Grace Phiri": ("grace_phiri", "person")}


def test_an_after_clause_set_off_by_a_comma_is_the_narrators(tmp_path):
    got = events(tmp_path, "Two days later Prime Minister Joseph Banda announced that he would resign, after the "
                           "archbishop Grace Phiri called on parliament to withdraw its support from the cabinet.\n",
                 MALAWI)
    assert ("REQUEST", ["grace_phiri"], []) in got, got
    assert not any("joseph_banda" in s and "grace_phiri" in t for _, s, t in got), got


def test_the_asides_own_act_keeps_its_doer_and_target(tmp_path):
    got = events(tmp_path, "Joseph Banda said on Monday that he would resign, after Grace Phiri accused him of "
                           "fraud.\n", MALAWI)
    assert ("ACCUSE", ["grace_phiri"], ["joseph_banda"]) in got, got
    assert not any(s == ["joseph_banda"] and "grace_phiri" in t for _, s, t in got), got


def test_the_aside_is_read_by_its_shape():
    from foothold.extract.events.narrator_asides import narrator_aside, told_beside_statement
    nlp = load_nlp()
    doc = nlp("Joseph Banda announced that he would resign, after Grace Phiri called on parliament to act.")
    called = next(t for t in doc if t.text == "called")
    assert narrator_aside(called) and told_beside_statement(called)
    # no comma: the clause may say when the promise comes due, and stays the speaker's
    doc = nlp("Joseph Banda said he would step down after Grace Phiri urged the party to replace him.")
    urged = next(t for t in doc if t.text == "urged")
    assert not narrator_aside(urged)
    # a passive has no doer of its own
    doc = nlp("Joseph Banda said that he would resign, after he was accused of fraud.")
    assert not any(narrator_aside(t) for t in doc)
    # a main clause's anchor is not beside a statement (timing.anchor_background still reads it)
    doc = nlp("The army withdrew from the town, after the rebels attacked the barracks.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert not told_beside_statement(attacked)


TEMBO = {"John Tembo": ("john_tembo", "person"), "Malawi": ("malawi", "country"), "Zambia": ("zambia", "country"),
         "Mary Lungu": ("mary_lungu", "person")}


def test_condolences_conveyed_for_a_people_are_the_conveyers(tmp_path):
    got = events(tmp_path, "President John Tembo spoke by telephone yesterday with President Mary Lungu of Zambia "
                           "and conveyed the condolences of the people of Malawi to the families.\n", TEMBO)
    assert ("SUPPORT", ["john_tembo"], []) in got, got
    assert not any(s == ["malawi"] for _, s, _ in got), got


def test_the_behalf_owner_is_a_collective():
    from foothold.extract.events.conveyed_messages import behalf_owner
    nlp = load_nlp()
    doc = nlp("John Tembo conveyed the condolences of the government of Malawi.")
    assert behalf_owner(next(t for t in doc if t.text == "condolences")).text == "government"
    doc = nlp("John Tembo conveyed the condolences of Mary Lungu to the families.")     # a person's own message
    assert behalf_owner(next(t for t in doc if t.text == "condolences")) is None
