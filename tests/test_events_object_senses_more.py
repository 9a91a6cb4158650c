"""More objects a verb's listed objects miss (issue 8, evskip3; data/object_senses.yaml read by
events/object_senses.py). Sentences of our own, about arenas outside the development texts (the Andes)."""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"),
           "Bolivian": ("bolivia", "country"), "Hugo Vera": ("vera", "person")}


def _types(tmp_path, body):
    return [t for t, _, _ in wire_events(tmp_path, body, PARTIES)]


def test_a_waiver_extended_eases_a_sanction(tmp_path):
    assert "CONCEDE" in _types(tmp_path, "Chile extended Peru's waiver to buy Bolivian gas on Monday.")
    assert "CONCEDE" not in _types(tmp_path, "Chile extended its condolences to Peru on Monday.")


def test_trade_barred_is_an_embargo(tmp_path):
    assert "SANCTION" in _types(tmp_path, "Peru barred imports of Chile poultry on Monday.")
    assert "SANCTION" in _types(tmp_path, "On Monday Hugo Vera, the Peru president, barred the loading of Bolivian "
                                          "ore at the port until Bolivia reopened the border.")


def test_ministers_or_a_final_text_approved_are_endorsed(tmp_path):
    assert "SUPPORT" in _types(tmp_path, "The Peru parliament approved Hugo Vera and 15 of his ministers on Monday.")
    assert "SUPPORT" in _types(tmp_path, "Hugo Vera, the Peru president, approved the final text on Monday.")
    assert "SUPPORT" not in _types(tmp_path, "The Peru parliament approved a defence budget on Monday.")


def test_a_sentence_imposed_coerces(tmp_path):
    assert "COERCE" in _types(tmp_path, "Hugo Vera began serving a 15-month sentence that the Peru Supreme Court "
                                        "imposed on Monday.")


def test_troops_entering_ground_deploy_there(tmp_path):
    assert "MOBILIZE" in _types(tmp_path, "On Monday Peru troops entered the Chile plateau, which Bolivia claims.")
    assert "MOBILIZE" not in _types(tmp_path, "On Monday Peru fuel trucks entered the Chile plateau, which Bolivia "
                                              "claims.")
