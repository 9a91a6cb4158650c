"""Event actors, twelfth pass (issue 8, evargs14): one unnamed official "at"/"for" a named body is the body
(events/members_within.py), a title's name the parser made its conjunct is the title's holder
(events/apposed_conjuncts.py), a decree's act is its signer's in the parser's clausal-subject reading
(events/decree_acts.passive_issuer). Our own sentences, from
arenas other than the texts that showed the need."""

from event_fixtures import extract_events

ACTORS = {"Ghana": ("ghana", "country"), "Togo": ("togo", "country"), "Lome": ("lome", "place"),
          "Bank of Ghana": ("bog", "organization"), "Blue Party": ("blue_party", "organization"),
          "Export Council": ("export_council", "organization"), "Kofi Mensah": ("mensah", "person"),
          "Yawa Kouigan": ("kouigan", "person"), "Ama Owusu": ("owusu", "person"),
          "Kwame Boateng": ("boateng", "person")}


def _events(ctx, trigger: str):
    return [(e.type, e.source, e.target) for e in ctx.events if e.trigger == trigger]


# --- members_within: one unnamed member ---

def test_an_official_at_a_named_bank_is_the_bank(tmp_path):
    text = ("An official at the Bank of Ghana, who asked not to be named, denied reports that the bank had moved "
            "money abroad.")
    ctx = extract_events(tmp_path, text, ACTORS)
    assert [s for _, s, _ in _events(ctx, "denied")] == [["bog"]]


def test_a_spokesman_for_a_named_party_is_the_party(tmp_path):
    text = "A spokesman for the Blue Party rejected the charge on Monday."
    ctx = extract_events(tmp_path, text, ACTORS)
    assert [s for _, s, _ in _events(ctx, "rejected")] == [["blue_party"]]


def test_the_official_at_a_bank_is_left_to_other_readings(tmp_path):
    text = "The official at the Bank of Ghana denied the reports on Monday."
    ctx = extract_events(tmp_path, text, ACTORS)
    assert all(s != ["bog"] for _, s, _ in _events(ctx, "denied"))


# --- apposed_conjuncts.comma_conjunct_name ---

def test_a_relative_on_a_title_with_its_name_is_the_holder(tmp_path):
    text = ("The fair was opened on Monday by Ghana's ambassador, Kofi Mensah, and Togo's Minister of Trade, Yawa "
            "Kouigan, who signed a memorandum with the head of the Export Council, Ama Owusu, on customs procedures.")
    ctx = extract_events(tmp_path, text, ACTORS)
    got = _events(ctx, "signed")
    assert got and all(s == ["kouigan"] for _, s, _ in got), got


# --- decree_acts.passive_issuer ---

def test_a_decree_is_its_signers_act(tmp_path):
    text = "The decree suspending all flights to Lome was signed by the Minister of Transport, Kwame Boateng, on Monday."
    ctx = extract_events(tmp_path, text, ACTORS)
    got = [e for e in ctx.events if e.type == "SANCTION"]
    assert got and got[0].source == ["boateng"], [(e.type, e.source) for e in ctx.events]


def test_a_decree_no_one_signed_has_no_doer(tmp_path):
    text = "The decree suspending all flights to Lome took effect on Monday."
    ctx = extract_events(tmp_path, text, ACTORS)
    assert all(e.source == [] for e in ctx.events if e.type == "SANCTION")



# --- plural_pronouns._two_persons ---

def test_they_of_a_when_clause_is_the_two_governors_named(tmp_path):
    text = ("Ghana and Togo reopened the crossing on Monday. The reopening was agreed by the Governor of the Volta "
            "Region, Kofi Mensah, and the Governor of Kara, Yawa Kouigan, when they met in Lome on Sunday.")
    ctx = extract_events(tmp_path, text, ACTORS)
    got = [e.source for e in ctx.events if e.trigger == "met"]
    assert got == [["mensah", "kouigan"]], [(e.trigger, e.source) for e in ctx.events]


# --- side_states: "the two sides" read as two persons ---

def test_the_two_sides_read_as_two_ministers_keep_their_states(tmp_path):
    from foothold.model import Relation
    text = ("Kofi Mensah of Ghana met Yawa Kouigan of Togo in Lome on Monday. The two sides agreed to reopen the "
            "crossing.")
    rels = [Relation("mensah", "member_of", "ghana", "Kofi Mensah of Ghana", 0, 20, "test"),
            Relation("kouigan", "member_of", "togo", "Yawa Kouigan of Togo", 25, 45, "test")]
    ctx = extract_events(tmp_path, text, ACTORS, relations=rels)
    got = [e.source for e in ctx.events if e.trigger == "agreed"]
    assert got and {"mensah", "kouigan", "ghana", "togo"} <= set(got[0]), [(e.trigger, e.source) for e in ctx.events]
