"""Spurious events, fifteenth pass (spurious15): a source cited in brackets is no party named by a warned risk
(risk_warnings.py). Invented sentences from arenas outside the development texts."""


def test_a_bracketed_source_names_no_party_in_a_warned_risk():
    from foothold.extract.events.risk_warnings import risk_warning
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Ana Ruiz welcomed the plan, while warning that a statute could not replace a vote "
                     "(Andina, March 15, 2024).")
    warn = next(t for t in doc if t.lemma_ == "warn")
    assert risk_warning(warn)



def test_a_party_outside_the_brackets_still_names_one():
    from foothold.extract.events.risk_warnings import risk_warning
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Ana Ruiz warned that a strike could push Peru into recession (Andina, March 15, 2024).")
    warn = next(t for t in doc if t.lemma_ == "warn")
    assert not risk_warning(warn)
