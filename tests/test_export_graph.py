"""GraphML / GEXF: networkx reads them back; attributes are scalars, never None (Gephi)."""

import io

import networkx as nx
import pytest

import stores

from foothold.export import Filters, export

from export_store import build_on


@pytest.fixture(scope="module", params=stores.BACKENDS)
def engine(request):
    """The export store on each backend."""
    return build_on(request.param)


def written(engine, fmt, tmp_path) -> nx.MultiDiGraph:
    path = tmp_path / f"g.{fmt}"
    export(engine, fmt, path, Filters())
    return nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_reads_back(engine, fmt, tmp_path):
    g = written(engine, fmt, tmp_path)
    assert g.number_of_edges() == 5 + 4      # relations + event ties (untied events add no edge)
    scalars = (str, int, float, bool)
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, scalars) for v in attrs.values())
    for *_, attrs in g.edges(data=True):
        assert all(isinstance(v, scalars) for v in attrs.values())


def test_graphml_attributes(engine, tmp_path):
    g = written(engine, "graphml", tmp_path)
    assert g.nodes["kataeb_hezbollah"]["kind"] == "threat-actor"
    assert g.nodes["mustafa_al_kazimi"]["documents"] == 2
    leads = [d for u, v, d in g.edges(data=True) if d["predicate"] == "leads"]
    assert leads[0]["evidence"] == "Esmail Qa'ani, the commander of the Qods Force"
    assert {d["plover"] for *_, d in g.edges(data=True)} >= {"CONSULT", "ASSAULT", "PROTEST"}


def test_gexf_has_no_none(engine):
    out = io.StringIO()
    export(engine, "gexf", out, Filters())
    assert "None" not in out.getvalue()
