"""A ban or restriction lifted on political life or on people concedes, and so does a lifted curfew, state of
emergency or martial law (the PLOVER manual's CONCEDE: "removing curfews"; evrecall3); a lifted embargo or sanction
is a material retreat (events/freedoms.py, data/wire_vocab.yaml `conceded_freedoms`, `conceded_restraints`; issue 8,
newswire2).
Sentences are our own, about arenas outside the development texts and the newswire files."""

from event_fixtures import wire_events

PARTIES = {"Zambia": ("zambia", "country"), "Zambian": ("zambia", "country"), "Malawi": ("malawi", "country"),
           "Malawian": ("malawi", "country"), "Lusaka": ("lusaka", "place"), "Angola": ("angola", "country"),
           "Mozambique": ("mozambique", "country"), "Mozambican": ("mozambique", "country")}


def types(events):
    return {e[0] for e in events}


def test_lifting_a_ban_on_rallies_or_parties_concedes(tmp_path):
    for body in ("The Zambian government lifted the ban on opposition rallies in Lusaka.",
                 "Malawi lifted its ban on political parties on Tuesday.",
                 "Mozambique eased restrictions on foreign journalists travelling to the north."):
        events = wire_events(tmp_path, body, PARTIES)
        assert "CONCEDE" in types(events) and "RETREAT" not in types(events), (body, events)


def test_lifting_a_curfew_an_emergency_or_martial_law_concedes(tmp_path):
    for body in ("The Zambian government lifted the curfew in Lusaka on Monday.",
                 "Malawi's president lifted the state of emergency on Friday.",
                 "The Mozambican army ended martial law in the north on Sunday."):
        events = wire_events(tmp_path, body, PARTIES)
        assert "CONCEDE" in types(events) and "RETREAT" not in types(events), (body, events)


def test_lifting_an_embargo_or_sanctions_retreats(tmp_path):
    for body in ("Malawi lifted the trade embargo on Mozambique.",
                 "Zambia eased sanctions on Angola."):
        events = wire_events(tmp_path, body, PARTIES)
        assert "RETREAT" in types(events) and "CONCEDE" not in types(events), (body, events)
