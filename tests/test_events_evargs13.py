"""Event actors, eleventh pass (issue 8, evargs13): a body called again by its head noun and its own words ("the
electoral commission"), a capitalised title after a demonym ("the Ghanaian President") read as its holder. Our own
sentences, from arenas other than the texts that showed the need."""

from event_fixtures import extract_events

from foothold.model import Relation

GHANA = {"National Electoral Commission": ("nec", "organization"), "John Mahama": ("mahama", "person"),
         "Mahama": ("mahama", "person"), "Ghana": ("ghana", "country")}


def _events(ctx, trigger: str):
    return [(e.type, e.source, e.target) for e in ctx.events if e.trigger == trigger]


# --- modified_heads.modified_head ---

def test_the_electoral_commission_is_the_body_named_before(tmp_path):
    text = ("Ghana's National Electoral Commission declared John Mahama the winner on Monday. Opposition groups said "
            "the count was rigged. The electoral commission denied the charge on Tuesday.")
    ctx = extract_events(tmp_path, text, GHANA)
    assert _events(ctx, "denied") == [("REJECT", ["nec"], [])]


def test_a_modifier_that_is_no_word_of_the_name_names_another_body(tmp_path):
    text = ("Ghana's National Electoral Commission declared John Mahama the winner on Monday. Opposition groups said "
            "the count was rigged. The regional commission denied the charge on Tuesday.")
    ctx = extract_events(tmp_path, text, GHANA)
    assert all(e.source != ["nec"] for e in ctx.events if e.trigger == "denied")


def test_the_modified_head_must_end_the_name(tmp_path):
    # "the electoral office" is no "National Electoral Commission", even with a word of its name
    text = ("Ghana's National Electoral Commission declared John Mahama the winner on Monday. Opposition groups said "
            "the count was rigged. The electoral office denied the charge on Tuesday.")
    ctx = extract_events(tmp_path, text, GHANA)
    assert all(e.source != ["nec"] for e in ctx.events if e.trigger == "denied")


# --- arguments.capital_title ---

TOGO = {"John Mahama": ("mahama", "person"), "Faure Gnassingbe": ("faure", "person"),
        "Gnassingbe": ("faure", "person"), "Ghanaian": ("ghana", "country"), "Ghana": ("ghana", "country"),
        "Togo": ("togo", "country")}
TOGO_TEXT = ("The President of Ghana, John Mahama, telephoned the President of Togo, Faure Gnassingbe, on Monday. "
             "Gnassingbe offered to send doctors, and the Ghanaian President welcomed the offer.")


def test_the_demonym_and_capital_title_is_the_holder(tmp_path):
    leads = [Relation("mahama", "leads", "ghana", "x", 0, 1, "test", title="President"),
             Relation("faure", "leads", "togo", "x", 0, 1, "test", title="President")]
    ctx = extract_events(tmp_path, TOGO_TEXT, TOGO, relations=leads)
    assert [s for t, s, _ in _events(ctx, "welcomed")] == [["mahama"]]


def test_a_capital_title_with_no_known_holder_stays_the_state(tmp_path):
    leads = [Relation("faure", "leads", "togo", "x", 0, 1, "test", title="President")]
    ctx = extract_events(tmp_path, TOGO_TEXT, TOGO, relations=leads)
    assert [s for t, s, _ in _events(ctx, "welcomed")] == [["ghana"]]


# --- plover.yaml inform: a named person informed ---

def test_informing_a_named_person_is_a_consultation(tmp_path):
    text = ("The Minister of Foreign Affairs, Ana Silva, informed the Trade Minister of Chile, Jorge Rojas, of the "
            "request by telephone this morning.")
    ctx = extract_events(tmp_path, text, {"Ana Silva": ("silva", "person"), "Jorge Rojas": ("rojas", "person"),
                                          "Chile": ("chile", "country")})
    assert _events(ctx, "informed") == [("CONSULT", ["silva"], ["rojas"])]


def test_a_person_informed_that_something_is_told_not_consulted(tmp_path):
    text = ("The Minister of Foreign Affairs, Ana Silva, informed the Trade Minister of Chile, Jorge Rojas, that Peru "
            "will lift the duties on copper.")
    ctx = extract_events(tmp_path, text, {"Ana Silva": ("silva", "person"), "Jorge Rojas": ("rojas", "person"),
                                          "Chile": ("chile", "country"), "Peru": ("peru", "country")})
    assert [e for e in _events(ctx, "informed") if e[0] == "CONSULT"] == []


def test_informing_unnamed_people_stays_no_event(tmp_path):
    text = "Ana Silva informed reporters of the decision on Monday."
    ctx = extract_events(tmp_path, text, {"Ana Silva": ("silva", "person")})
    assert _events(ctx, "informed") == []


# --- national_bodies.national_body ---

BRAZIL = {"Petrobras": ("petrobras", "organization"), "Bolivia": ("bolivia", "country"),
          "Brazilian": ("brazil", "country"), "Brazil": ("brazil", "country"),
          "Ministry of Hydrocarbons": ("moh", "organization")}


def test_the_demonym_company_is_the_company_named_before(tmp_path):
    text = ("Petrobras had been cutting its purchases of Bolivian gas since 2019. In March the Brazilian company "
            "stopped buying Bolivian gas altogether.")
    ctx = extract_events(tmp_path, text, BRAZIL)
    assert [s for _, s, _ in _events(ctx, "stopped buying")] == [["petrobras"]]


def test_the_verbs_own_subject_is_not_the_demonym_company(tmp_path):
    text = ("Petrobras had been cutting its purchases of Bolivian gas since 2019. In March the Ministry of "
            "Hydrocarbons accused the Brazilian company of fraud.")
    ctx = extract_events(tmp_path, text, BRAZIL)
    assert _events(ctx, "accused") == [("ACCUSE", ["moh"], ["petrobras"])]


def test_with_no_body_named_before_the_demonym_stays_the_state(tmp_path):
    text = "Bolivia said on Monday that the Brazilian company had been sanctioned."
    ctx = extract_events(tmp_path, text, BRAZIL)
    assert all("petrobras" not in e.target for e in ctx.events)
    assert [t for _, _, t in _events(ctx, "sanctioned")] == [["brazil"]]


# --- titles.hyphen_title / hyphen_before ---

def test_the_vice_president_is_the_one_named_with_the_compound_title(tmp_path):
    text = ("President Ana Silva met Vice-President Jorge Rojas of Chile in Lima on Monday. "
            "She invited Rojas to visit Cusco, and the vice-president accepted.")
    ctx = extract_events(tmp_path, text, {"Ana Silva": ("silva", "person"), "Jorge Rojas": ("rojas", "person"),
                                          "Rojas": ("rojas", "person"), "Chile": ("chile", "country")})
    assert [s for _, s, _ in _events(ctx, "accepted")] == [["rojas"]]


def test_the_vice_president_is_not_the_president(tmp_path):
    text = ("President Ana Silva met the visiting Chilean delegation in Lima on Monday. "
            "She invited them to visit Cusco, and the vice-president accepted.")
    ctx = extract_events(tmp_path, text, {"Ana Silva": ("silva", "person")})
    assert all(e.source != ["silva"] for e in ctx.events if e.trigger == "accepted")


# --- analysis.bare_pair: "the three" ---

EAST = {"Kenya": ("kenya", "country"), "Ugandan": ("uganda", "country"), "Tanzanian": ("tanzania", "country"),
        "Nairobi": ("nairobi", "place")}


def test_the_three_are_the_three_parties_named_before(tmp_path):
    text = ("In May, Kenya's foreign minister hosted his Ugandan and Tanzanian counterparts in Nairobi, and the three "
            "agreed to set up a joint border commission.")
    ctx = extract_events(tmp_path, text, EAST)
    agreed = _events(ctx, "agreed")
    assert agreed and sorted(agreed[0][1]) == ["kenya", "tanzania", "uganda"]


def test_the_three_with_two_parties_named_is_no_one(tmp_path):
    text = ("In May, Kenya's foreign minister hosted his Ugandan counterpart in Nairobi, and the three agreed to set "
            "up a joint border commission.")
    ctx = extract_events(tmp_path, text, EAST)
    assert all(sorted(e[1]) != ["kenya", "uganda"] for e in _events(ctx, "agreed"))
