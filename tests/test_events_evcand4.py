"""Events with no candidate and statements without a cue, fifth pass (issue 8, evcand4): office holders dismissed
(events/dismissals.py, data/dismissals.yaml) and reappointed (plover.yaml `reappoint`).

Sentences are our own, written for these tests about arenas outside the development texts (Andes, West Africa,
the Pacific).
"""

from event_fixtures import wire_events
from foothold.extract.events.dismissals import dismissal_trigger, dismissal_words

PARTIES = {"Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"),
           "Peruvian": ("peru", "country"), "Bolivian": ("bolivia", "country"), "Chilean": ("chile", "country"),
           "Ana Ruiz": ("ana_ruiz", "person"), "Luis Quispe": ("luis_quispe", "person"),
           "Marta Flores": ("marta_flores", "person"), "Juan Zapata": ("juan_zapata", "person"),
           "Kofi Mensah": ("kofi_mensah", "person"), "John Mahama": ("john_mahama", "person"),
           "Ama Owusu": ("ama_owusu", "person"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country"),
           "Ghanaian": ("ghana", "country"), "Togolese": ("togo", "country"), "Fiji": ("fiji", "country"),
           "Tonga": ("tonga", "country")}


def _nlp(text):
    from foothold.extract.nlp import load_nlp
    return load_nlp()(text)


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# --- office holders dismissed

def test_dismissal_words_load():
    words = dismissal_words()
    assert "sack" in words.dismissing_verbs and "governor" in words.office_nouns and "post" in words.office_posts


def test_sacking_an_office_holder_coerces_and_a_reappointment_appoints(tmp_path):
    events = wire_events(tmp_path, "In March, President John Mahama sacked the army chief, General Kofi Mensah, and "
                                   "reappointed Ama Owusu.", PARTIES)
    coerced = typed(events, "COERCE")
    assert coerced and "john_mahama" in coerced[0][1] and "kofi_mensah" in coerced[0][2]
    appointed = typed(events, "SUPPORT")
    assert appointed and "ama_owusu" in appointed[0][2]


def test_firing_a_minister_named_with_the_title_is_a_dismissal_not_a_shooting(tmp_path):
    events = wire_events(tmp_path, "President Luis Quispe fired Defence Minister Juan Zapata on Tuesday.", PARTIES)
    assert typed(events, "COERCE") and not typed(events, "ASSAULT")


def test_removing_a_person_from_the_post_dismisses(tmp_path):
    events = wire_events(tmp_path, "Peru's president Ana Ruiz removed General Juan Zapata from his post on Tuesday.",
                         PARTIES)
    assert any("juan_zapata" in e[2] for e in typed(events, "COERCE"))


def test_what_is_no_office_holder_keeps_the_verb_s_own_sense():
    doc = _nlp("Peruvian border guards removed 24 buoys from the river.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "remove")) is None
    doc = _nlp("Chilean police fired tear gas at the protesters in Santiago.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "fire")) is None
    doc = _nlp("The soldiers fired on the governor's convoy near Cusco.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "fire")) is None
    doc = _nlp("The ministry dismissed the claim as baseless.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "dismiss")) is None
    doc = _nlp("The president dismissed the police chief of Lima.")
    assert dismissal_trigger(next(t for t in doc if t.lemma_ == "dismiss")) is not None
