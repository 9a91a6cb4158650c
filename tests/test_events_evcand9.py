"""Events with no candidate, ninth pass (issue 8, evcand9): events/voiced_statements.py -- a release's sentence that
holds a statement cue but no speech verb is its issuing body's statement.

Sentences are our own, written for these tests about arenas outside the development texts (the Baltic, the Andes).
"""

from event_fixtures import WIRE_HEADER, extract_events

from foothold.extract.events.voiced_statements import VOICED_TYPES

BALTIC = {"Estonia": ("estonia", "country"), "Latvia": ("latvia", "country"), "Russia": ("russia", "country"),
          "Ministry of Foreign Affairs": ("mfa", "organization"), "Tamm": ("tamm", "person"),
          "Riga": ("riga", "place")}
RELEASE = ("source: https://example.org/a/statement.html\n"
           "title: Statement of the Ministry of Foreign Affairs on relations with Russia (Tallinn, 23 January 2023)\n\n")


def _release(tmp_path, body, header=RELEASE):
    ctx = extract_events(tmp_path, header + body, BALTIC, "statement.txt")
    return [(e.type, e.source, e.target, e.evidence) for e in ctx.events]


def test_a_cued_sentence_in_the_release_voice_is_the_issuers_statement(tmp_path):
    events = _release(tmp_path, "The Ministry of Foreign Affairs of Estonia today summoned the ambassador of Russia. "
                                "Russia has never ceased its hostile actions against our country.")
    assert ("ACCUSE", ["mfa"], ["russia"], "Russia has never ceased its hostile actions against our country") \
        in events, events


def test_a_report_whose_we_is_its_analyst_is_not_voiced(tmp_path):
    # an analytic report's "we" ("our assessment") describes: its cued sentences are nobody's statement
    header = "source: https://example.org/a/report.html\ntitle: Estonia and its neighbours (analysis)\n\n"
    events = _release(tmp_path, "Estonia regrets the decision of Latvia to close the crossing. Estonia "
                                "will raise it with Latvia. In our assessment, Russia has never ceased its hostile "
                                "actions against Latvia.", header)
    assert not [e for e in events if e[3].startswith("In our") or e[3].startswith("Russia has never")], events


def test_a_press_briefing_speaks_in_its_issuers_voice(tmp_path):
    header = "source: https://example.org/a/briefing.html\ntitle: Weekly press briefing of the Ministry of Foreign " \
             "Affairs (Tallinn, 23 January 2023)\n\n"
    events = _release(tmp_path, "Estonia regrets the decision of Latvia to close the crossing. Estonia will raise it "
                                "with Latvia. Russia has never ceased its hostile actions against our country.", header)
    assert any(e[0] == "ACCUSE" and e[1] == ["estonia"] and e[2] == ["russia"] and e[3].startswith("Russia has never")
               for e in events), events


def test_the_same_sentence_in_a_news_story_is_nobodys_statement(tmp_path):
    # no release heading and no "we" of its own: the narrator's words are no one's statement
    events = _release(tmp_path, "Estonia summoned the ambassador of Russia on Monday. Estonia also recalled its envoy. Analysts said relations were "
                                "tense. Russia has never ceased its hostile actions against Latvia.", WIRE_HEADER)
    assert not [e for e in events if e[3].startswith("Russia has never")], events


def test_a_sentence_naming_no_other_party_or_quoting_someone_is_not_voiced(tmp_path):
    events = _release(tmp_path, "The Ministry of Foreign Affairs held its annual meeting in Riga. "
                                "The hostile actions must stop.")
    assert not [e for e in events if e[3].startswith("The hostile")], events
    events = _release(tmp_path, "The Ministry of Foreign Affairs met the envoy of Latvia. "
                                "\"Russia's hostile actions against Latvia must stop,\" Tamm said.")
    assert not [e for e in events if e[1] == ["mfa"] and e[3].startswith("\"Russia")], events


def test_a_happening_cue_is_no_voiced_type():
    assert "ASSAULT" not in VOICED_TYPES and "SUPPORT" not in VOICED_TYPES and "ACCUSE" in VOICED_TYPES


def test_a_partys_own_future_or_a_cue_the_rules_left_is_not_voiced(tmp_path):
    events = _release(tmp_path, "The Ministry of Foreign Affairs met the envoy of Latvia. "
                                "Latvia will not accept any change to the border.")
    assert not [e for e in events if e[3].startswith("Latvia will")], events
    events = _release(tmp_path, "The Ministry of Foreign Affairs met the envoy of Latvia. Officers of Latvia will "
                                "arrive in Riga tonight to support the police in crowd control.")
    assert not [e for e in events if e[3].startswith("Officers")], events


def test_a_warning_to_outlets_holding_a_partys_name_is_voiced(tmp_path):
    events = _release(tmp_path, "The Ministry of Foreign Affairs met the envoy of Latvia. "
                                "Media outlets that publish statements of Russia will face legal action.")
    assert any(e[0] == "THREATEN" and e[1] == ["mfa"] and e[2] == ["russia"] for e in events), events


def test_a_subject_naming_no_party_tells_a_background(tmp_path):
    events = _release(tmp_path, "The Ministry of Foreign Affairs met the envoy of Latvia. The war has destabilized "
                                "Latvia and unleashed a humanitarian crisis.")
    assert not [e for e in events if e[3].startswith("The war")], events
