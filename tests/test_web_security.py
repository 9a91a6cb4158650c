"""Serving beyond localhost: tokens, login, Host checking and security headers."""

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from foothold.cli import app as cli
from foothold.web.app import create_app
from foothold.web.security import AccessError, load_access
from test_web_api import workbench_store

READER = "read-token-0123456789abcdef"
EDITOR = "edit-token-fedcba9876543210"


@pytest.fixture(scope="module")
def shared():
    access = load_access(read_token=READER, edit_token=EDITOR, host="0.0.0.0")
    with TestClient(create_app(workbench_store(), access=access), follow_redirects=False) as c:
        yield c


@pytest.fixture(scope="module")
def local():
    access = load_access(host="127.0.0.1")
    with TestClient(create_app(workbench_store(), access=access), base_url="http://127.0.0.1:8000",
                    follow_redirects=False) as c:
        yield c


def test_every_response_carries_security_headers(local):
    for url in ("/", "/api/summary", "/static/workbench.css", "/api/actors/nobody", "/docs", "/login"):
        headers = local.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in local.get("/docs").text                   # Swagger UI starts from /static/docs.js


@pytest.mark.parametrize("host,ok", [("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True),
                                     ("evil.example", False), ("evil.example:8000", False), ("", False)])
def test_loopback_serves_only_its_own_names(local, host, ok):
    response = local.get("/api/summary", headers={"host": host})
    if ok:
        assert response.status_code == 200
    else:
        assert response.status_code == 400 and response.json()["error"]["code"] == "E603"


def test_beyond_loopback_every_request_needs_a_token(shared):
    api = shared.get("/api/summary")
    assert api.status_code == 401 and api.json()["error"]["code"] == "E604"
    assert api.headers["www-authenticate"] == "Bearer"
    page = shared.get("/actors", headers={"accept": "text/html"})
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/actors"
    assert shared.get("/api/summary", headers={"authorization": "Bearer wrong-token-xxxxxxxxxx"}).status_code == 401
    for token in (READER, EDITOR):
        assert shared.get("/api/summary", headers={"authorization": f"Bearer {token}"}).status_code == 200
    assert shared.get("/openapi.json").status_code == 401
    assert shared.get("/login").status_code == 200 and shared.get("/static/workbench.css").status_code == 200


def test_browsers_log_in_once_and_out_again():
    access = load_access(read_token=READER, host="0.0.0.0")
    with TestClient(create_app(workbench_store(), access=access), follow_redirects=False) as browser:
        wrong = browser.post("/login", data={"token": "nope", "next": "/actors"})
        assert wrong.status_code == 303 and "failed=1" in wrong.headers["location"]
        right = browser.post("/login", data={"token": READER, "next": "/actors"})
        assert right.status_code == 303 and right.headers["location"] == "/actors"
        cookie = right.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and READER.lower() not in cookie
        assert browser.get("/actors", headers={"accept": "text/html"}).status_code == 200
        assert browser.get("/api/summary").status_code == 200
        browser.get("/logout")
        assert browser.get("/api/summary").status_code == 401


def test_login_never_redirects_to_another_site():
    access = load_access(read_token=READER, host="0.0.0.0")
    with TestClient(create_app(workbench_store(), access=access), follow_redirects=False) as browser:
        for target in ("//evil.example/x", "https://evil.example/", "javascript:alert(1)"):
            response = browser.post("/login", data={"token": READER, "next": target})
            assert response.headers["location"] == "/"


def test_tokens_from_a_file(tmp_path):
    path = tmp_path / "tokens"
    path.write_text(f"# team\nread: {READER}\n{EDITOR}\n", encoding="utf-8")
    access = load_access(token_file=path, host="0.0.0.0")
    assert access.role_of(READER) == "read" and access.role_of(EDITOR) == "edit" and access.role_of("x") is None
    path.write_text("short\n", encoding="utf-8")
    with pytest.raises(AccessError, match="shorter than 16"):
        load_access(token_file=path, host="0.0.0.0")


def test_binding_beyond_loopback_without_a_token_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("FOOTHOLD_READ_TOKEN", raising=False)
    monkeypatch.delenv("FOOTHOLD_EDIT_TOKEN", raising=False)
    with pytest.raises(AccessError):
        load_access(host="0.0.0.0")
    from foothold.store import connect
    connect(f"sqlite:///{tmp_path / 's.db'}").dispose()
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 1 and "E602" in result.output and "token" in result.output
    assert "workbench on" not in result.output


def test_templates_have_no_inline_scripts_or_handlers():
    """The CSP (script-src 'self') blocks them in the browser; catch them before a browser does."""
    import re
    from pathlib import Path
    templates = Path(__file__).resolve().parents[1] / "src" / "foothold" / "web" / "templates"
    for path in templates.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\son[a-z]+\s*=", text), f"{path.name}: inline event handler"
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, f"{path.name}: inline script {tag}"
        assert "javascript:" not in text, path.name
