"""Types of events already found, eighth pass (issue 8, evtypes6; `bench/type_confusion.py --tuning`, read first on
owndocs37 and owndocs38): a media outlet's licence suspended through an "of" phrase is censorship (PLOVER COERCE),
an accord approved or ratified is concluded (SUPPORT), talks or a meeting offered are a promise (AGREE), and leaving
an arbitration or negotiations rejects them (REJECT) as leaving an accord does.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
          "Media Council": ("media_council", "organization"), "Nova TV": ("nova_tv", "media"),
          "Equity Bank": ("equity_bank", "organization"), "National Assembly": ("national_assembly", "organization")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_licence_of_an_outlet_suspended_is_censorship(tmp_path):
    got = wire_events(tmp_path, "The Media Council suspended the licence of Nova TV for a month on Tuesday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got
    got = wire_events(tmp_path, "The Media Council suspended the licence of the satellite channel Nova TV on "
                      "Tuesday.\n", ACTORS)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got


def test_licence_of_a_bank_suspended_stays_a_sanction(tmp_path):
    got = wire_events(tmp_path, "The central bank suspended the licence of Equity Bank on Tuesday.\n", ACTORS)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got


def test_accord_approved_or_ratified_is_concluded(tmp_path):
    got = wire_events(tmp_path, "Kenya's parliament, the National Assembly, approved the agreement on March 3 by a "
                      "large majority.\n", ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "The National Assembly approved the deal with Uganda on Tuesday.\n", ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AGREE"), got


def test_nomination_approved_stays_an_appointment(tmp_path):
    got = wire_events(tmp_path, "The National Assembly approved the nomination of the new minister on Tuesday.\n",
                      ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AGREE"), got


def test_talks_offered_are_a_promise(tmp_path):
    got = wire_events(tmp_path, "Kenya offered Uganda a meeting on Monday.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "CONSULT"), got
    got = wire_events(tmp_path, "Kenya offered negotiations to Uganda on Monday.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "CONSULT"), got


def test_talks_held_stay_a_consultation(tmp_path):
    got = wire_events(tmp_path, "Kenya held talks with Uganda on Monday.\n", ACTORS)
    assert typed(got, "CONSULT") and not typed(got, "AGREE"), got


def test_leaving_an_arbitration_rejects_it(tmp_path):
    got = wire_events(tmp_path, "Kenya's parliament voted to withdraw from the arbitration with Uganda on Monday.\n",
                      ACTORS)
    assert typed(got, "REJECT") and not typed(got, "RETREAT"), got
    got = wire_events(tmp_path, "Kenya withdrew from the negotiations with Uganda on Monday.\n", ACTORS)
    assert typed(got, "REJECT") and not typed(got, "RETREAT"), got


def test_troops_withdrawn_stay_a_retreat(tmp_path):
    got = wire_events(tmp_path, "Kenya withdrew its troops from Uganda on Monday.\n", ACTORS)
    assert typed(got, "RETREAT") and not typed(got, "REJECT"), got


PEOPLE = {"Kenya": ("kenya", "country"), "Amina Mohamed": ("amina_mohamed", "person"),
          "Tourism Authority": ("tourism_authority", "organization")}


def test_punishment_foretold_is_a_threat(tmp_path):
    got = wire_events(tmp_path, "Justice Minister Amina Mohamed said the opposition leaders who had announced a rival "
                      "council would be prosecuted for treason.\n", PEOPLE)
    assert typed(got, "THREATEN") and not typed(got, "ACCUSE"), got
    got = wire_events(tmp_path, "Amina Mohamed affirmed that armed groups acting outside the law would be held "
                      "accountable.\n", PEOPLE)
    assert typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "The Tourism Authority warned tour operators that their licences would be revoked if "
                      "they sold safaris.\n", PEOPLE)
    assert typed(got, "THREATEN"), got


def test_punishment_promised_or_denied_is_no_threat(tmp_path):
    got = wire_events(tmp_path, "Amina Mohamed promised that the killers would be brought to justice.\n", PEOPLE)
    assert not typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Amina Mohamed said the detainees would not be prosecuted.\n", PEOPLE)
    assert not typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Amina Mohamed said the election would be held in May.\n", PEOPLE)
    assert not typed(got, "THREATEN"), got


def test_punishment_words_load():
    from foothold.extract.events.foretold_punishments import punishment_words
    words = punishment_words()
    assert "prosecute" in words.punishing_verbs and "accountable" in words.accounting_words
    assert "promise" in words.promising_verbs


BODIES = {"Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
          "East African Community": ("eac", "organization"), "African Union": ("african_union", "organization"),
          "Raila Odinga": ("raila_odinga", "person")}


def test_body_left_reduces_relations(tmp_path):
    got = wire_events(tmp_path, "Kenya withdrew from the East African Community on Monday, citing a dispute over "
                      "the choice of its secretary-general.\n", BODIES)
    assert typed(got, "SANCTION") and not typed(got, "RETREAT"), got
    got = wire_events(tmp_path, "Kenya announced on Monday that it was leaving the African Union without delay.\n",
                      BODIES)
    assert typed(got, "SANCTION") and not typed(got, "RETREAT"), got


def test_support_or_envoy_withdrawn_reduces_relations(tmp_path):
    got = wire_events(tmp_path, "Raila Odinga withdrew his backing from the sit-ins on Monday.\n", BODIES)
    assert typed(got, "SANCTION") and not typed(got, "RETREAT"), got
    got = wire_events(tmp_path, "Kenya withdrew its ambassador from Uganda on Monday.\n", BODIES)
    assert typed(got, "SANCTION") and not typed(got, "RETREAT"), got


def test_troops_withdrawn_from_a_country_stay_a_retreat(tmp_path):
    got = wire_events(tmp_path, "Kenya withdrew its troops from Uganda on Monday.\n", BODIES)
    assert typed(got, "RETREAT") and not typed(got, "SANCTION"), got


def test_left_body_words_load():
    from foothold.extract.events.left_bodies import left_body_words
    words = left_body_words()
    assert "bloc" in words.body_nouns and "ambassador" in words.withdrawn_resources and "leave" in words.withdrawing_verbs


RETREATS = {"Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
            "Al-Shabaab": ("al_shabaab", "organization")}


def test_announced_future_retreat_is_an_intention(tmp_path):
    # the eval makers' AGREE (news-dev 05 "promised that ... troops ... will be getting out"), not the manual's CONCEDE
    got = wire_events(tmp_path, "Kenya announced that it would withdraw its troops from Uganda.\n", RETREATS)
    assert typed(got, "AGREE") and not typed(got, "RETREAT") and not typed(got, "CONCEDE"), got
    got = wire_events(tmp_path, "Kenya announced it would release 200 prisoners.\n", RETREATS)
    assert typed(got, "AGREE") and not typed(got, "RETREAT"), got
    got = wire_events(tmp_path, "Kenya said on Monday it would withdraw its troops from Uganda by June.\n", RETREATS)
    assert typed(got, "AGREE") and not typed(got, "CONCEDE"), got


def test_retreat_done_stays_a_retreat(tmp_path):
    got = wire_events(tmp_path, "Kenya said it had withdrawn its troops from Uganda.\n", RETREATS)
    assert typed(got, "RETREAT") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "Kenya said it would not withdraw its troops from Uganda.\n", RETREATS)
    assert not typed(got, "AGREE"), got


def test_punishment_vowed_in_a_conjoined_clause_leaves_the_first_statement(tmp_path):
    got = wire_events(tmp_path, "In a televised address on Saturday morning, Amina Mohamed called the revolt a stab "
                      "in the back and treason, and vowed that those who had taken up arms against the army would be "
                      "punished.\n", PEOPLE)
    assert typed(got, "ACCUSE") and typed(got, "THREATEN"), got


def test_measure_without_legal_standing_is_rejected(tmp_path):
    actors = {"Peter Kamau": ("peter_kamau", "person"), "Uganda": ("uganda", "country"), "Kenya": ("kenya", "country")}
    got = wire_events(tmp_path, "Peter Kamau stressed that the unilateral sanctions of Uganda have no legal standing "
                      "and must not govern trade between two neighbours.\n", actors)
    assert typed(got, "REJECT") and not typed(got, "REQUEST"), got
