"""A visit and the meetings held during it are one CONSULT (irq21, events/visits.py). Sentences are our own, from
arenas other than the text that showed the need."""

from event_fixtures import extract_events

ACTORS = {"Narendra Modi": ("modi", "person"), "Modi": ("modi", "person"), "Colombo": ("colombo", "place"),
          "Ranil Wickremesinghe": ("wickremesinghe", "person"), "Sri Lanka": ("sri_lanka", "country"),
          "Olaf Scholz": ("scholz", "person"), "Beijing": ("beijing", "place"), "Xi Jinping": ("xi", "person"),
          "Li Qiang": ("li_qiang", "person"), "Emmanuel Macron": ("macron", "person"), "Dakar": ("dakar", "place"),
          "Macky Sall": ("sall", "person"), "Pope Francis": ("francis", "person"), "Kyiv": ("kyiv", "place")}


def consults(tmp_path, body: str) -> list:
    text = "source: own writing, think-tank analysis style\ntitle: Note, May 2023\n\n" + body + "\n"
    return [e for e in extract_events(tmp_path, text, ACTORS).events if e.type == "CONSULT"]


def test_meetings_in_a_visits_sentence_join_the_visit(tmp_path):
    for body, hosts in [
            ("On 20 June 2023, Narendra Modi visited Colombo and met Ranil Wickremesinghe.", {"wickremesinghe"}),
            ("On 4 November 2022, Olaf Scholz visited Beijing, where he met Xi Jinping and Li Qiang.",
             {"xi", "li_qiang"}),
            ("On 12 May 2023, Emmanuel Macron travelled to Dakar and held talks with Macky Sall.", {"sall"})]:
        found = consults(tmp_path, body)
        assert len(found) == 1, (body, [(e.mode, e.evidence) for e in found])
        assert hosts <= set(found[0].target), (body, found[0].target)


def test_a_meeting_noun_restating_the_meeting_is_no_second_meeting(tmp_path):
    body = "On 2 March 2023, Emmanuel Macron travelled to Dakar and met Macky Sall, a meeting that Sall had long sought."
    assert len(consults(tmp_path, body)) == 1


def test_meetings_in_other_sentences_stay_their_own(tmp_path):
    body = ("On 20 June 2023, Narendra Modi visited Colombo. On 21 June 2023, Ranil Wickremesinghe met Olaf Scholz in "
            "Colombo.")
    assert len(consults(tmp_path, body)) == 2


def test_a_host_receiving_the_visitor_joins_the_visit(tmp_path):
    # spurious13 (visits.received_visitor): "visited X and was received by Y" is one CONSULT, Y a host
    body = "On 20 June 2023, Narendra Modi visited Colombo and was received by Ranil Wickremesinghe."
    found = consults(tmp_path, body)
    assert len(found) == 1, [(e.mode, e.evidence) for e in found]
    assert found[0].source == ["modi"] and "wickremesinghe" in found[0].target


def test_a_host_receiving_someone_else_stays_its_own_meeting(tmp_path):
    body = ("On 20 June 2023, Narendra Modi visited Colombo, and Olaf Scholz was received by Ranil Wickremesinghe "
            "in Colombo.")
    assert len(consults(tmp_path, body)) == 2
