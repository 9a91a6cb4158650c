"""Event dates, tenth pass (issue 8, dates12): a past act is not timed by a date after the publication
(`future_dates.past_act_later_dates`); a counted-back day after a name closing a present act's phrase times that
phrase (`present_acts.noun_then_day`); a date in a later conjunct's content clause is not the earlier conjunct's
(`conjunct_dates.later_conjunct_content_dates`); a statement conjunct skips a date inside the earlier conjunct's
phrase (`conjunct_dates.earlier_conjunct_inner_dates`, now read for statements); a start in a to-infinitive is no
running date (`measure_starts.infinitive_start`); an anchoring phrase's date is no running date when its sentence
tells another (`anchor_phrases.py`).

Own sentences, written for these tests (not taken from any development text; owndocs23 05 is set in the same
arena, and none of its wording is used); each with its near miss.
"""

from types import SimpleNamespace

from event_fixtures import extract_events

ACTORS = {"Tajikistan": ("tajikistan", "country"), "Kyrgyzstan": ("kyrgyzstan", "country"),
          "Uzbekistan": ("uzbekistan", "country"), "Rustam Aliev": ("rustam_aliev", "person"),
          "Bakyt Osmonov": ("bakyt_osmonov", "person"), "Osmonov": ("bakyt_osmonov", "person"),
          "Dushanbe": ("dushanbe", "place"), "Osh": ("osh", "place")}

RELEASE = "source: own writing, statement style\ntitle: A statement (press release, 14 December 2021)\n\n"
MONITOR = "source: own writing, monitor style\ntitle: Border monitor (Ferghana Monitor, 20 December 2021)\n\n"


class _ParseIndex:
    """``tokens_in`` over the parse alone: the one DocIndex method these date readers call."""

    def __init__(self, doc):
        self.doc = doc
        self.ctx = SimpleNamespace(doc=doc)

    def tokens_in(self, start, end):
        return [t.i for t in self.doc if start <= t.idx < end]


class _Date:
    def __init__(self, start, end):
        self.start, self.end = start, end


def dated(tmp_path, text: str, header: str = RELEASE) -> list[tuple]:
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.date.iso if e.date else None, e.evidence, e.trigger) for e in ctx.events]


def test_a_date_after_the_publication_does_not_time_a_past_proposal(tmp_path):
    text = ("DUSHANBE, 14 December 2021 - The foreign minister of Tajikistan concluded today a visit to Bishkek.\n\n"
            "Mr. Osmonov expressed his country's readiness to open the road to Uzbekistan, and proposed a trilateral "
            "meeting of the foreign ministers of Tajikistan, Kyrgyzstan and Uzbekistan in Osh early next year.")
    got = dated(tmp_path, text)
    mine = [t for t in got if t[1] == ["bakyt_osmonov"] or "proposed" in t[3]]
    assert mine and all(t[2] and t[2].startswith("2021-12") for t in mine), got


def test_a_date_before_the_publication_still_times_a_past_act(tmp_path):
    # near miss: a month before the publication is the act's own
    text = ("DUSHANBE, 14 December 2021 - The foreign minister of Tajikistan concluded today a visit to Bishkek.\n\n"
            "Mr. Osmonov expressed his country's readiness to open the road to Uzbekistan, and proposed a trilateral "
            "meeting of the foreign ministers of Tajikistan, Kyrgyzstan and Uzbekistan in Osh in November.")
    got = dated(tmp_path, text)
    assert any("proposed" in t[3] and t[2] == "2021-11" for t in got), got


def test_a_day_counted_back_after_a_place_name_times_the_present_acts_object(tmp_path):
    text = ("DUSHANBE, 14 December 2021 - The Government of Tajikistan condemns the attack on a convoy near Osh "
            "yesterday, which wounded two drivers, and calls on Kyrgyzstan to find the attackers.")
    got = dated(tmp_path, text)
    assert any(t[0] == "ACCUSE" and t[1] == ["tajikistan"] and t[2] in ("2021-12", "2021-12-14") for t in got), got


def test_a_date_in_a_later_conjuncts_content_does_not_time_the_earlier_act(tmp_path):
    text = ("DUSHANBE, 14 December 2021 - The president of Tajikistan, Rustam Aliev, accused Kyrgyzstan of "
            "\"moving the border posts\" and said his government had paid the contractors last year and would "
            "not pay again.")
    got = dated(tmp_path, text)
    accused = [t for t in got if t[0] == "ACCUSE" and t[1] == ["rustam_aliev"]]
    assert accused and all(t[2] and t[2].startswith("2021") for t in accused), got


def test_a_date_on_the_later_conjuncts_own_verb_may_time_both(tmp_path):
    # near miss: a date hung on the later verb itself, not inside what it says, is left to the nearest reading
    from foothold.extract.events.conjunct_dates import later_conjunct_content_dates
    from foothold.extract.nlp import load_nlp


    text = "Tajikistan accused Kyrgyzstan of lying and said on Monday that the posts had moved."
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.text == "accused")
    monday = text.index("Monday")
    assert later_conjunct_content_dates(verb, [_Date(monday, monday + 6)], _ParseIndex(doc)) == set()
    text2 = "Tajikistan accused Kyrgyzstan of lying and said that the posts had moved on Monday."
    doc2 = load_nlp()(text2)
    verb2 = next(t for t in doc2 if t.text == "accused")
    monday2 = text2.index("Monday")
    assert later_conjunct_content_dates(verb2, [_Date(monday2, monday2 + 6)], _ParseIndex(doc2)) == {monday2}


def test_a_statement_conjunct_skips_a_date_inside_the_earlier_conjuncts_content(tmp_path):
    text = ("DUSHANBE, 10 December 2021 (Agency) - Rustam Aliev wrote on Tuesday that Kyrgyzstan had \"seized\" "
            "Tajik land when its parliament created a new district on the river in June, and said Tajikistan did "
            "not recognise Kyrgyz authority there.")
    got = dated(tmp_path, text, "source: own writing, wire style\ntitle: A story (Agency, 10 December 2021)\n\n")
    said = [t for t in got if t[1] == ["rustam_aliev"] and t[4] == "said"]
    assert said and all(t[2] == "2021-12-07" for t in said), got


def test_a_start_in_an_agreed_infinitive_is_no_running_date(tmp_path):
    text = ("30 November: Customs officials of Tajikistan and Kyrgyzstan met at the crossing and agreed to extend "
            "its opening hours from January. The governor of Osh, Bakyt Osmonov, thanked Tajikistan for \"keeping "
            "the road open\".")
    got = dated(tmp_path, text, MONITOR)
    thanked = [t for t in got if t[1] == ["bakyt_osmonov"]]
    assert thanked and all(t[2] == "2021-11-30" for t in thanked), got


def test_infinitive_start_reads_only_a_start_word_in_a_to_infinitive():
    # near miss: "from January" on the finite verb itself, or a date with no start word, is no such start
    from foothold.extract.events.measure_starts import infinitive_start
    from foothold.extract.nlp import load_nlp


    nlp = load_nlp()
    for text, want in (("The two sides agreed to extend its opening hours from January.", True),
                       ("The crossing has stayed open from January.", False),
                       ("The two sides agreed to extend its opening hours in January.", False)):
        doc = nlp(text)
        at = text.index("January")
        assert infinitive_start(_Date(at, at + 7), _ParseIndex(doc)) is want, text


def test_an_anchor_phrases_date_is_no_running_date_when_the_sentence_tells_another(tmp_path):
    text = ("6 August 2021 - President Rustam Aliev announced in a televised address that he would stand for a "
            "third term, after the death in July of his chosen successor. Kyrgyzstan called the candidacy a "
            "violation of the 2016 accord.")
    got = dated(tmp_path, text, MONITOR)
    called = [t for t in got if t[1] == ["kyrgyzstan"]]
    assert called and all(t[2] == "2021-08-06" for t in called), got


def test_an_anchor_phrases_date_alone_still_runs_on():
    # near miss: a sentence whose only date is the anchor's keeps it as its time
    from foothold.extract.events.anchor_phrases import past_anchors
    from foothold.extract.nlp import load_nlp


    nlp = load_nlp()
    text = "Following the occupation in 2003, Tajikistan led the talks."
    at = text.index("2003")
    alone = [_Date(at, at + 4)]
    assert past_anchors(alone, _ParseIndex(nlp(text))) == alone
    text = "On 6 August Tajikistan closed the road after the death in July of a driver."
    days = [_Date(text.index("6 August"), text.index("6 August") + 8), _Date(text.index("July"), text.index("July") + 4)]
    assert past_anchors(days, _ParseIndex(nlp(text))) == days[:1]


def test_a_date_years_after_the_publication_still_times_a_past_act(tmp_path):
    # near miss: a date years after the publication tells of a wrong publication date, not a plan
    text = ("DUSHANBE, 14 December 2021 - The foreign minister of Tajikistan concluded today a visit to Bishkek.\n\n"
            "Tajikistan expelled two diplomats of Kyrgyzstan in January 2024.")
    got = dated(tmp_path, text)
    assert any(t[1] == ["tajikistan"] and t[2] == "2024-01" for t in got), got
