"""Statement cues of wire copy told through quotes and reported speech (issue 8, docs25; plover.yaml `cues`).

Own sentences from arenas other than the wire stories that showed the need: a charge of betrayal or humiliation
accuses (PLOVER ACCUSE); a refusal to recognise, negotiate or bargain rejects (PLOVER REJECT), where "negotiate"
alone read the refusal as a meeting.
"""

from event_fixtures import wire_events

ACTORS = {"Zambia": ("zambia", "country"), "Malawi": ("malawi", "country"), "Joseph Banda": ("banda", "person")}


def types(got) -> set:
    return {t for t, _, _ in got}


def test_a_quoted_charge_of_betrayal_accuses(tmp_path):
    got = wire_events(tmp_path, 'LUSAKA, May 5 (Wire) - "The unions have betrayed the miners by signing the deal," '
                                'Joseph Banda said in a statement.', ACTORS)
    assert "ACCUSE" in types(got), got


def test_a_quoted_charge_of_humiliation_accuses(tmp_path):
    got = wire_events(tmp_path, 'LUSAKA, May 5 (Wire) - "Foreign advisers have brought nothing but humiliation to '
                                'this country," Joseph Banda told reporters.', ACTORS)
    assert "ACCUSE" in types(got), got


def test_a_refusal_to_negotiate_or_recognise_rejects(tmp_path):
    got = wire_events(tmp_path, "LUSAKA, May 5 (Wire) - Zambia said it would not negotiate with Malawi under "
                                "threat.", ACTORS)
    assert ("REJECT", ["zambia"], ["malawi"]) in got or "REJECT" in types(got), got
    assert "CONSULT" not in types(got), got
    got = wire_events(tmp_path, "LUSAKA, May 5 (Wire) - Zambia said it did not recognise the election in Malawi.",
                      ACTORS)
    assert "REJECT" in types(got), got


def test_a_promise_to_negotiate_is_no_refusal(tmp_path):
    # near miss: without the negation the statement is no rejection
    got = wire_events(tmp_path, "LUSAKA, May 5 (Wire) - Zambia said it would negotiate with Malawi next week.", ACTORS)
    assert "REJECT" not in types(got), got
