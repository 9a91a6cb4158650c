"""The API under hostile parameters: never a server error, always the one JSON error shape.

A schemathesis run over every operation of /openapi.json (a small Hypothesis budget per
operation), plus the cases a hostile tester reported: dates that fit the pattern but name no
day, filters long enough to break SQLite's LIKE, a wrong method.
"""

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import status_code_conformance  # noqa: E402

from test_web_api import client, web_backend, workbench_store  # noqa: E402,F401  (the shared store and client)


@pytest.mark.parametrize("url", ["/api/events", "/api/network", "/api/ties/iran/iraq"])
@pytest.mark.parametrize("day", ["2020-13-45", "2020-02-30", "0000", "2020-00", "2021-02-29"])
def test_impossible_dates_are_400s(client, url, day):
    for param in ("start", "end"):
        response = client.get(url, params={param: day})
        assert response.status_code == 400, (url, param, day, response.text[:200])
        error = response.json()["error"]
        assert error["code"] == "E140" and day in error["message"] and error["fix"]


def test_real_dates_still_filter(client):
    assert client.get("/api/events", params={"start": "2020-02-29", "end": "2020-12"}).status_code == 200
    assert client.get("/api/export", params={"format": "json", "from": "2020-02-30"}).status_code == 400


@pytest.mark.parametrize("url,param", [("/api/search", "q"), ("/api/events", "actor"), ("/api/events", "document"),
                                       ("/api/export?format=csv", "actor"), ("/api/export?format=json", "document")])
def test_huge_text_filters_are_refused_cleanly(client, url, param):
    response = client.get(url, params={param: "a_" * 25_001})
    assert response.status_code == 422 and response.json()["error"]["code"] == "E100"


def test_wrong_method_names_the_allowed_ones(client):
    response = client.post("/api/events")
    assert response.status_code == 405 and response.headers["allow"] == "GET"
    assert response.json()["error"]["code"] == "E405"


def test_openapi_declares_the_error_shape(client):
    schema = client.get("/openapi.json").json()
    responses = schema["paths"]["/api/events"]["get"]["responses"]
    assert {"400", "404", "422"} <= set(responses)
    ref = responses["400"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("/ErrorBody")


def _operations(backend: str, folder):
    """Reads against the shared store; writes (the review API) against a store of their own, so the
    fuzzer's corrections cannot change what the other workbench tests read."""
    from foothold.store import connect, save_extraction
    from foothold.web.app import create_app
    from test_store_views import brief_extraction, hostile_extraction
    import stores
    url = stores.new_url(backend, folder)
    engine = connect(url)
    for doc, ex in (brief_extraction(), hostile_extraction()):
        save_extraction(engine, doc, ex)
    engine.dispose()
    ops = []
    for store, writes in ((workbench_store(backend), False), (url, True)):
        schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store))
        ops += [op for op in (result.ok() for result in schema.get_all_operations())
                if (op.method.upper() != "GET") == writes]
    return ops


def test_no_operation_answers_a_server_error(backend, tmp_path):
    """Every operation, fuzzed from its own schema on each backend: 4xx for what is wrong, never 5xx."""
    operations = _operations(backend, tmp_path)
    assert len(operations) >= 12
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def run(case):
            case.call_and_validate(checks=[not_a_server_error, status_code_conformance])
        run()


def test_no_local_file_paths_in_responses(client):
    import json
    from test_web_api import REPO
    home = str(REPO.parent)                       # every stored file lives under here
    docs = client.get("/api/documents").json()["items"]
    assert docs and all("path" not in d or not d["path"] for d in docs)
    for d in docs[:3]:
        body = client.get(f"/api/documents/{d['id']}").text
        assert home not in body
    exported = client.get("/api/export", params={"format": "json"}).text
    assert home not in exported and json.loads(exported)
    actor = client.get("/api/actors", params={"limit": 1}).json()["items"][0]["id"]
    for url in ("/api/events", "/api/network", "/api/sources", "/api/summary", f"/api/actors/{actor}",
                "/api/search?q=Iran", "/api/places"):
        assert home not in client.get(url).text, url
    for fmt in ("stix", "plover", "csv", "graphml", "gexf"):
        assert home not in client.get("/api/export", params={"format": fmt}).text, fmt
