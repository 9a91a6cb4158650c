"""Known small misreadings (issue 8, fixes13): cyber attacks (PLOVER COERCE cyber), a decree telling the act it
orders (events/decree_acts.py), a resignation accepted (events/accepted_resignations.py). Sentences of our own,
about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Estonia": ("estonia", "country"), "Estonian": ("estonia", "country"), "Russia": ("russia", "country"),
    "Russian": ("russia", "country"), "Lithuania": ("lithuania", "country"), "Chile": ("chile", "country"),
    "Peru": ("peru", "country"), "Ghana": ("ghana", "country"), "Kenya": ("kenya", "country"),
    "John Mensah": ("john_mensah", "person"), "Maria Lopez": ("maria_lopez", "person"),
}

HEADER = "source: own writing, wire\ntitle: Wire (Reuters, 5 May 2021)\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "wire.txt")
    return [(e.type, e.mode, e.source, e.target) for e in ctx.events]


# ---- cyber attacks: PLOVER COERCE cyber ("cyber attacks and crime, including hacking, security breaches")

def test_a_cyberattack_noun_is_coerce_cyber_with_its_target(tmp_path):
    got = events(tmp_path, "A cyberattack on Estonia knocked out government websites in April.\n")
    assert ("COERCE", "cyber", [], ["estonia"]) in got, got


def test_a_cyber_attack_launched_is_the_launchers_coerce_not_an_assault(tmp_path):
    got = events(tmp_path, "Russia launched a cyber attack against Lithuania on Monday.\n")
    assert ("COERCE", "cyber", ["russia"], ["lithuania"]) in got, got
    assert not any(t == "ASSAULT" for t, *_ in got), got


def test_hyphened_and_plural_cyber_attacks_are_coerce_cyber(tmp_path):
    got = events(tmp_path, "A cyber-attack on Estonia knocked out government websites in April.\n")
    assert ("COERCE", "cyber", [], ["estonia"]) in got, got
    got = events(tmp_path, "Russia launched cyber attacks against Lithuania on Monday.\n")
    assert ("COERCE", "cyber", ["russia"], ["lithuania"]) in got, got


def test_a_plain_attack_stays_an_assault(tmp_path):
    got = events(tmp_path, "Russia launched an attack against Lithuania on Monday.\n")
    assert any(t == "ASSAULT" and s == ["russia"] for t, _, s, _ in got), got


def test_servers_hacked_are_coerce_cyber(tmp_path):
    got = events(tmp_path, "Russian hackers hacked the servers of the Estonian parliament in March.\n")
    assert ("COERCE", "cyber", ["russia"], ["estonia"]) in got, got


def test_hacked_to_death_is_no_cyber_act(tmp_path):
    got = events(tmp_path, "The gang hacked two farmers to death in Kenya in March.\n")
    assert not any(m == "cyber" for _, m, *_ in got), got


# ---- a decree, order or law tells the act it orders (decree_acts.py)

def test_a_decree_suspending_flights_is_the_signers_sanction_not_an_accord(tmp_path):
    got = events(tmp_path, "John Mensah signed a decree suspending flights to Ghana on Monday.\n")
    assert any(t == "SANCTION" and s == ["john_mensah"] and g == ["ghana"] for t, _, s, g in got), got
    assert not any(t == "SUPPORT" for t, *_ in got), got


def test_a_decree_issued_tells_its_act_with_the_issuer_as_doer(tmp_path):
    got = events(tmp_path, "John Mensah issued a decree suspending flights from Kenya to Ghana.\n")
    assert any(t == "SANCTION" and s == ["john_mensah"] for t, _, s, _ in got), got


def test_an_order_that_closed_a_border_is_the_signers_act(tmp_path):
    got = events(tmp_path, "John Mensah signed an order that closed the border with Ghana.\n")
    assert any(t == "SANCTION" and s == ["john_mensah"] and "ghana" in g for t, _, s, g in got), got
    assert not any(t == "SUPPORT" for t, *_ in got), got


def test_an_accord_signed_stays_an_accord(tmp_path):
    got = events(tmp_path, "Kenya signed a security agreement with Ghana on Monday.\n")
    assert any(t == "SUPPORT" and s == ["kenya"] for t, _, s, _ in got), got


# ---- a resignation accepted is the resignation (accepted_resignations.py)

def test_an_accepted_resignation_is_the_resigners_retreat(tmp_path):
    got = events(tmp_path, "The parliament of Chile accepted the resignation of its speaker, Maria Lopez, on "
                           "Tuesday.\n")
    assert ("RETREAT", "resign", ["maria_lopez"], ["chile"]) in got, got
    assert not any(t == "CONCEDE" for t, *_ in got), got


def test_a_refused_resignation_stays_a_refusal(tmp_path):
    got = events(tmp_path, "Kenya refused to accept the resignation of John Mensah on Tuesday.\n")
    assert any(t == "REJECT" and s == ["kenya"] for t, _, s, _ in got), got
    assert not any(t == "RETREAT" for t, *_ in got), got


def test_an_accepted_offer_is_still_an_agreement(tmp_path):
    got = events(tmp_path, "Peru accepted an offer of mediation from Chile on Tuesday.\n")
    assert not any(t == "RETREAT" for t, *_ in got), got


# ---- the subject said to be an act's target (targeted_subjects.py)

def test_the_target_of_an_attack_is_its_target_not_a_topic(tmp_path):
    got = events(tmp_path, "Estonia was the target of a cyberattack by Russian hackers in April.\n")
    assert ("COERCE", "cyber", ["russia"], ["estonia"]) in got, got


def test_a_speaker_said_to_be_the_target_of_anothers_attacks_accuses_it(tmp_path):
    got = events(tmp_path, "Lithuania said it had been the target of cyberattacks by Russia.\n")
    assert any(t == "ACCUSE" and s == ["lithuania"] and g == ["russia"] for t, _, s, g in got), got


def test_an_attack_told_as_a_topic_of_another_noun_stays_a_topic(tmp_path):
    got = events(tmp_path, "The report examined the causes of the attacks on Peru in May.\n")
    assert not any(t == "ASSAULT" for t, *_ in got), got


def test_a_decreed_act_is_dated_by_the_signing_not_its_from_date(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "On Friday, John Mensah signed a decree suspending passenger flights from "
                                            "Kenya to Ghana from July 8.\n", ACTORS, "wire.txt")
    got = [e for e in ctx.events if e.type == "SANCTION"]
    assert got and got[0].date is not None and got[0].date.text == "Friday", [(e.type, e.date) for e in got]
