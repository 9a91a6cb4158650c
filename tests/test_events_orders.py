"""Orders (triggers.ordered_party, arguments.ordered_doer, triggers.own_forces).

An order to a named party is a demand on it (PLOVER REQUEST) and what is ordered is no happening; an order to
one's own forces or office is carried out, and the act is the orderer's. Sentences are our own.
"""

from event_fixtures import extract_events

ACTORS = {"International Court of Justice": ("icj", "organization"), "Myanmar": ("myanmar", "country"),
          "Putin": ("putin", "person"), "Ukraine": ("ukraine", "country"), "Mali": ("mali", "country"),
          "France": ("france", "country"), "French": ("france", "country"), "Iraq": ("iraq", "country"),
          "Turkish": ("turkey", "country")}


def typed(ctx) -> list[tuple]:
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_an_order_to_a_named_party_is_a_demand_and_its_content_no_act(tmp_path):
    ctx = extract_events(tmp_path, "The International Court of Justice ordered Myanmar to prevent the killing of "
                                   "Rohingya civilians.", ACTORS)
    assert typed(ctx) == [("REQUEST", ["icj"], ["myanmar"])]


def test_an_order_to_unnamed_own_forces_is_their_act_by_the_orderer(tmp_path):
    ctx = extract_events(tmp_path, "Putin ordered troops to withdraw from the border with Ukraine.", ACTORS)
    assert [(t, s) for t, s, _ in typed(ctx)] == [("RETREAT", ["putin"])]


def test_an_order_to_foreign_forces_to_leave_expels_them(tmp_path):
    ctx = extract_events(tmp_path, "Mali ordered French troops to leave the country.", ACTORS)
    assert typed(ctx) == [("SANCTION", ["mali"], ["france"])]


def test_an_instruction_to_ones_own_minister_is_the_ministers_act(tmp_path):
    ctx = extract_events(tmp_path, "The cabinet of Iraq ordered the Minister of Foreign Affairs to summon the "
                                   "Turkish ambassador.", ACTORS)
    assert "REQUEST" not in [t for t, _, _ in typed(ctx)]
    assert any(t == "ACCUSE" and target == ["turkey"] for t, _, target in typed(ctx)), typed(ctx)
