"""foothold.model: the data shapes' own behaviour."""

import pytest

from foothold.model import Mention, mention_label


def test_mention_label_reads_into_source_key_and_role():
    def m(label):
        return Mention(0, 4, "Iran", "country", label=label)
    assert (m("ner:GPE").source, m("ner:GPE").key, m("ner:GPE").role) == ("ner", "GPE", None)
    assert m("dict:iran").dictionary_id == "iran" and m("demonym:iraq").dictionary_id == "iraq"
    assert m("ner:ORG").dictionary_id is None and m(None).source == "" and m(None).key is None
    assert m("rule:gazetteer:PERSON").key == "gazetteer:PERSON"         # only a role's kind is split off
    title = m(mention_label("role", "Foreign Secretary"))
    issuer = m(mention_label("role", "Special Envoy", "issuer"))
    apposed = m(mention_label("role", "Minister for the Middle East", "apposed"))
    assert (title.role, title.key) == ("title", "Foreign Secretary")
    assert (issuer.role, issuer.key) == ("issuer", "Special Envoy")
    assert (apposed.role, apposed.key) == ("apposed", "Minister for the Middle East")
    assert m("role:Minister: of Defence").role == "title"   # a colon in a title is no kind


def test_mention_label_refuses_an_unknown_role():
    with pytest.raises(ValueError, match="unknown mention role"):
        mention_label("role", "Envoy", "speaker")
