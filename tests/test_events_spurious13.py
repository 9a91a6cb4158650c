"""Spurious events, thirteenth pass (spurious13): an act forgone in a stated future ("instead of", "rather than") names
no act to come (future_acts.forgone). Invented sentences from arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "the Union Front": ("front", "organization"),
          "Bolivia": ("bolivia", "country")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_a_protest_forgone_threatens_nothing(tmp_path):
    got = wire_events(tmp_path, "the Union Front said it would hold a day of prayer on Sunday instead of street "
                                "protests.\n", ACTORS)
    assert not typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Peru said it would talk to Chile rather than attack its border posts.\n", ACTORS)
    assert not typed(got, "THREATEN"), got


def test_a_protest_said_to_come_still_threatens(tmp_path):
    got = wire_events(tmp_path, "the Union Front said it would hold street protests on Sunday.\n", ACTORS)
    assert typed(got, "THREATEN"), got


def test_the_marker_reaches_only_to_the_next_break():
    from foothold.extract.events.future_acts import forgone
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Peru will sign the accord rather than strike, and it will attack the rebels.")
    assert forgone(next(t for t in doc if t.text == "strike"))
    assert not forgone(next(t for t in doc if t.text == "attack"))
    assert not forgone(next(t for t in doc if t.text == "sign"))


MOVERS = {"Fiji": ("fiji", "country"), "Fijian": ("fiji", "country"), "Tonga": ("tonga", "country"), "the Lau Islands": ("lau", "place"),
          "Rabuka": ("rabuka", "person")}


def test_moving_into_no_ground_occupies_nothing(tmp_path):
    # spurious13 (occupied_ground.py): CAMEO's "move into X" (192) needs ground to occupy
    for text in ("Rabuka conceded on Tuesday and moved into opposition.\n",
                 "Fiji has moved from Tonga's orbit into a closer partnership.\n"):
        got = wire_events(tmp_path, text, MOVERS)
        assert not typed(got, "COERCE"), (text, got)


def test_moving_into_named_ground_still_occupies(tmp_path):
    got = wire_events(tmp_path, "Fijian troops moved into the Lau Islands on Tuesday.\n", MOVERS)
    assert typed(got, "COERCE") or typed(got, "ASSAULT"), got


DENIERS = {"Chad": ("chad", "country"), "Mali": ("mali", "country"), "the Sahel Relief Agency": ("agency", "organization"),
           "Amadou Diallo": ("diallo", "person")}


def test_an_act_denied_with_no_named_doer_is_no_act(tmp_path):
    # spurious13 (denied_contents.unnamed_doer)
    got = wire_events(tmp_path, "Chad's army denied on Monday that soldiers had fired live rounds at Amadou Diallo.\n",
                      DENIERS)
    assert not typed(got, "ASSAULT"), got


def test_the_content_of_a_rejected_claim_is_no_act(tmp_path):
    # spurious13 (denied_contents.rejected_claim_tokens)
    got = wire_events(tmp_path, "the Sahel Relief Agency rejected on Monday the claims that its aid to Mali had been "
                                "handed to armed groups.\n", DENIERS)
    assert not typed(got, "AID"), got


def test_an_act_beside_a_denial_is_still_told(tmp_path):
    got = wire_events(tmp_path, "Chad sent aid to Mali on Monday and denied that soldiers had crossed the border.\n",
                      DENIERS)
    assert typed(got, "AID"), got


def test_an_act_forgone_is_no_act_done(tmp_path):
    # spurious13 (unfactual._forgone, reason "negated")
    got = wire_events(tmp_path, "Peru talked to Chile on Monday rather than attacking its border posts.\n", ACTORS)
    assert not typed(got, "ASSAULT") and typed(got, "CONSULT"), got
    got = wire_events(tmp_path, "Bolivia attacked Chile's border posts on Monday instead of talking to it.\n", ACTORS)
    assert typed(got, "ASSAULT") and not typed(got, "CONSULT"), got
