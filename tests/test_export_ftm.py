"""FollowTheMoney export: every line loads under the library's model; references resolve."""

import builtins
import io
import json

import pytest

import stores

from foothold.export import Filters, export
from foothold.export.ftm import MissingExtraError

from export_store import build, build_on

ftm = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402


@pytest.fixture(scope="module", params=stores.BACKENDS)
def entities(request):
    """The FtM export of the export store, on each backend."""
    engine = build_on(request.param)
    out = io.StringIO()
    export(engine, "ftm", out, Filters())
    return [model.get_proxy(json.loads(line)) for line in out.getvalue().splitlines()]


def test_every_reference_resolves_to_an_entity_of_the_right_schema(entities):
    by_id = {e.id: e for e in entities}
    assert len(by_id) == len(entities)
    for e in entities:
        for prop, value in e.itervalues():
            if prop.type.name == "entity":
                assert value in by_id, (e.schema.name, prop.name, value)
                assert by_id[value].schema.is_a(prop.range), (e.schema.name, prop.name, by_id[value].schema.name)


def _named(entities, schema):
    return {e.first("name"): e for e in entities if e.schema.name == schema}


def test_actor_schemas(entities):
    assert "Esmail Qa'ani" in _named(entities, "Person")
    orgs = _named(entities, "Organization")
    assert orgs["IRNA"].get("sector") == ["media"]
    assert orgs["Kataeb Hezbollah"].get("topics") == ["mil"]
    assert _named(entities, "PublicBody")["Iran"].get("jurisdiction") == ["ir"]
    assert _named(entities, "Address")["Baghdad"].get("country") == ["iq"]


def test_relations_and_events(entities):
    schemas = [e.schema.name for e in entities]
    assert schemas.count("Directorship") == 1        # Qa'ani leads the Qods Force
    assert schemas.count("Membership") == 2          # part_of, member_of
    assert schemas.count("UnknownLink") == 2         # opposes, allied_with
    events = [e for e in entities if e.schema.name == "Event"]
    assert len(events) == 6
    visit = next(e for e in events if "visit" in e.first("name"))
    assert visit.get("date") == ["2020-06"] and visit.get("location") == ["Baghdad"]
    assert len(visit.get("involved")) == 2


def test_each_entity_is_documented_in_its_documents(entities):
    docs = {e.id for e in entities if e.schema.name == "Document"}
    assert len(docs) == 2
    documented = [e for e in entities if e.schema.name == "Documentation"]
    assert all(d.first("document") in docs for d in documented)
    kazimi = _named(entities, "Person")["Mustafa al-Kazimi"]
    assert sum(d.first("entity") == kazimi.id for d in documented) == 2
    mentions = [e for e in entities if e.schema.name == "Mention" and e.first("resolved") == kazimi.id]
    assert len(mentions) == 2


def test_missing_library_is_a_clear_error(monkeypatch):
    real_import = builtins.__import__

    def no_ftm(name, *args, **kwargs):
        if name.startswith("followthemoney"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ftm)
    with pytest.raises(MissingExtraError) as err:
        export(build("sqlite://"), "ftm", io.StringIO(), Filters())
    assert "foothold[ftm]" in err.value.fix
