"""Spurious events on unseen text, fifth pass (issue 8, spurious7): the content of a promise read as a second act,
acts deep inside an accusation's gerund. Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
          "Ecuador": ("ecuador", "country"), "Colombia": ("colombia", "country"),
          "Shining Path": ("shining_path", "organization"), "Lima": ("peru", "country"),
          "Mercosur": ("mercosur", "organization"), "Andean Community": ("andean_community", "organization"),
          "Castillo": ("castillo", "person"), "Arce": ("arce", "person"), "Boric": ("boric", "person")}
HEADER = "source: own writing, wire style\ntitle: Andes desk (Reuters, 5 May 2024)\n\n"


def _events(tmp_path, body: str) -> list:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "report.txt")
    return [(e.type, e.trigger, e.evidence) for e in ctx.events]


def _skips(tmp_path, body: str) -> dict:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "report.txt")
    return {t["trigger"]: t["reason"] for t in ctx.data["skipped_event_triggers"]}


# ---- promised_contents.py ----

def test_what_a_party_agreed_to_do_is_no_second_act(tmp_path):
    body = "Mercosur ministers agreed on Monday to widen sanctions against Bolivia to its state airline."
    got = _events(tmp_path, body)
    assert [t for t, _, _ in got] == ["AGREE"], got
    assert "agreed" in got[0][1], got
    skips = _skips(tmp_path, body)
    assert any(r == "promised_content" for r in skips.values()), skips


def test_a_conjunct_infinitive_of_an_agreement_is_its_content_too(tmp_path):
    body = ("Boric and Arce agreed on Tuesday to study a gas pipeline from Bolivia and to accept "
            "Chile's port fees for Bolivian cargo.")
    got = _events(tmp_path, body)
    assert len(got) == 1 and got[0][0] == "AGREE", got


def test_a_pledge_to_act_is_one_act_and_a_vowed_threat_stays_beside_it(tmp_path):
    got = _events(tmp_path, "Castillo pledged on Sunday at a rally in Lima to rebuild the valley's schools.")
    assert len(got) == 1 and got[0][0] == "AGREE", got
    # a threat vowed alone is kept as the threat told beside the vow (the tuning gold types such a vow THREATEN)
    got = _events(tmp_path, "Castillo vowed on Sunday at a rally in Lima to drive the Shining Path out of the valley.")
    assert any(t == "THREATEN" for t, _, _ in got), got
    skips = _skips(tmp_path, "Mercosur ministers agreed on Monday to ban flights from Bolivia to Lima.")
    assert "promised_content" in skips.values(), skips      # agreed together: the content of the agreement


def test_the_infinitive_stays_when_the_agreeing_verb_made_no_event(tmp_path):
    from foothold.extract.events.promised_contents import agreeing_head, promised_content
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Peru agreed to withdraw its troops from the border.")
    withdraw = next(t for t in doc if t.lower_ == "withdraw")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert agreeing_head(withdraw).i == agreed.i
    assert promised_content(withdraw, {agreed.i})
    assert not promised_content(withdraw, set())        # "agreed" made no event: the infinitive is the act
    # a finite verb of its own is no content of the agreement
    doc = load_nlp()("Peru agreed to the plan and withdrew its troops from the border.")
    withdrew = next(t for t in doc if t.lower_ == "withdrew")
    assert agreeing_head(withdrew) is None
    # a second thing agreed to, an infinitive joined to "agreed to X"
    doc = load_nlp()("Peru has agreed to a truce on the border and to start talks with Bolivia.")
    assert agreeing_head(next(t for t in doc if t.lower_ == "start")).lower_ == "agreed"


def test_an_act_beside_an_agreement_stays(tmp_path):
    body = "Ecuador agreed to the truce on Monday, and Colombia closed the border crossing at Rumichaca on Tuesday."
    got = _events(tmp_path, body)
    assert any(t == "AGREE" for t, _, _ in got), got
    assert any("closed" in tr for _, tr, _ in got), got


# ---- accused_conduct.py ----

def test_an_act_inside_an_accusations_gerund_is_no_event(tmp_path):
    body = "The Shining Path accused Castillo on Monday of helping Colombia kill two of its commanders in March."
    got = _events(tmp_path, body)
    assert [t for t, _, _ in got] == ["ACCUSE"], got
    assert _skips(tmp_path, body).get("kill") == "alleged"


def test_a_relative_clause_in_the_accused_conduct_is_no_event(tmp_path):
    body = "Bolivia accused Chile of hosting camps where Peru trains terrorists (Reuters, 8 June 2024)."
    got = _events(tmp_path, body)
    assert not any(t in ("AID", "MOBILIZE") for t, _, _ in got), got
    assert any(t == "ACCUSE" for t, _, _ in got), got


def test_a_comment_on_the_accusation_stays(tmp_path):
    from foothold.extract.events.accused_conduct import inside_alleged_conduct
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Bolivia accused Peru of shelling a border post, a charge that Lima denied on Friday.")
    assert not inside_alleged_conduct(next(t for t in doc if t.lower_ == "denied"))
    doc = load_nlp()("Bolivia accused Peru of helping Colombia kill two commanders.")
    assert inside_alleged_conduct(next(t for t in doc if t.lower_ == "kill"))
    assert not inside_alleged_conduct(next(t for t in doc if t.lower_ == "helping"))   # the gerund: _alleged's


def test_a_pledge_to_keep_doing_is_one_act(tmp_path):
    from foothold.extract.events.promised_contents import agreeing_head
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Chile pledged to keep supplying gas to Bolivia during the winter.")
    supplying = next(t for t in doc if t.lower_ == "supplying")
    assert agreeing_head(supplying).lower_ == "pledged"
    doc = load_nlp()("Chile kept supplying gas to Bolivia during the winter.")
    assert agreeing_head(next(t for t in doc if t.lower_ == "supplying")) is None


# ---- scope_sentences.py ----

def test_a_sentence_telling_the_documents_scope_makes_no_event(tmp_path):
    body = ("This note follows three threads: arms deliveries, high-level visits to Lima and joint exercises with "
            "Bolivia. The Andean Rights Monitor records acts of repression and violence around Peru's general "
            "election of 6 June 2021.")
    got = _events(tmp_path, body)
    assert got == [], got
    assert set(_skips(tmp_path, body).values()) == {"scope"}, _skips(tmp_path, body)


def test_a_finding_or_a_count_of_the_document_stays(tmp_path):
    from foothold.extract.events.scope_sentences import scope_sentence
    from foothold.extract.nlp import load_nlp
    nlp = load_nlp()
    for text in ("This report finds that the army killed 40 protesters in Lima.",
                 "The monitor recorded 14 attacks on Peru's border posts in May.",
                 "Peru covers the costs of the mission."):
        assert not scope_sentence(next(nlp(text).sents)), text
    for text in ("This note looks at Peru's debts to China.",
                 "The Andean Rights Monitor records incidents of violence around the election."):
        assert scope_sentence(next(nlp(text).sents)), text
    got = _events(tmp_path, "This report finds that Peru expelled two Bolivian diplomats on 4 May.")
    assert got, got


# ---- verbless_headings.py ----

def test_a_verbless_line_of_its_own_heads_a_section(tmp_path):
    body = ("Colombia's strikes in Ecuador\n\nPeru and Chile held naval exercises off Arica on 2 May, "
            "the first since 2019.")
    got = _events(tmp_path, body)
    assert len(got) == 1 and "held" in got[0][2], got


def test_a_line_with_a_verb_or_a_date_is_read(tmp_path):
    from foothold.extract.events.verbless_headings import verbless_heading
    from foothold.extract.nlp import load_nlp
    nlp = load_nlp()
    for text in ("The two sides agreed the following\n\nMore text follows here.",
                 "Clashes on 12 May 2021\n\nMore text follows here.",
                 "Peruvian and Chilean exercises off Arica, which ended on Friday, drew protests."):
        assert not verbless_heading(next(nlp(text).sents)), text
    assert verbless_heading(next(nlp("Peruvian and Chilean exercises\n\nMore text follows here.").sents))


# ---- generic_subjects.py ----

def test_a_present_statement_of_an_unnamed_plural_is_no_act(tmp_path):
    body = "Many farmers accuse Castillo of abandoning the highlands after his visit to Lima."
    got = _events(tmp_path, body)
    assert not any(t == "ACCUSE" for t, _, _ in got), got
    assert _skips(tmp_path, body).get("accuse") == "generic"


def test_a_named_or_dated_or_past_speaker_stays(tmp_path):
    for body in ("Bolivian farmers accused Castillo on Monday of abandoning the highlands.",
                 "Peru accuses Bolivia of sheltering the Shining Path.",
                 "Farmers accused Castillo on Monday of abandoning the highlands."):
        got = _events(tmp_path, body)
        assert any(t == "ACCUSE" for t, _, _ in got), (body, got)
    from foothold.extract.events.generic_subjects import generic_subject
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The farmers accuse Castillo of abandoning the highlands.")
    assert not generic_subject(next(t for t in doc if t.lower_ == "accuse"))     # an article: these farmers
    doc = load_nlp()("Some analysts warn that Peru may close the border.")
    assert generic_subject(next(t for t in doc if t.lower_ == "warn"))


# ---- plover.yaml: election ----

def test_an_election_elects_a_person_or_is_no_appointment(tmp_path):
    got = _events(tmp_path, "Arce won Bolivia's presidential election on 18 October with 55 percent of the vote.")
    assert not any(tr == "election" for _, tr, _ in got), got
    got = _events(tmp_path, "The election of Castillo as president on 6 June 2021 alarmed the markets in Lima.")
    assert any(t == "SUPPORT" and tr == "election" for t, tr, _ in got), got


def test_an_acronym_read_as_a_plural_is_a_name():
    from foothold.extract.events.generic_subjects import unnamed_plural
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Many protesters accuse Castillo of abandoning them.")
    assert unnamed_plural(next(t for t in doc if t.lower_ == "protesters"))
    doc = load_nlp()("APRODEH urges the authorities to grant investigators access.")
    doc[0].tag_ = "NNS"             # as the tagger reads it in some documents
    assert not unnamed_plural(doc[0])
