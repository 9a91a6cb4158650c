"""Who may read the workbench, from where, and the headers every response carries.

- **Host check** (loopback binding): a page on evil.example can make a browser resolve its own
  name to 127.0.0.1 (DNS rebinding) and read the API; only the names of this machine are served.
- **Access tokens** (required when binding beyond loopback, optional otherwise): a read token and
  an editor token (for review features), from settings or a token file; browsers log in once at
  ``/login`` (an HttpOnly, SameSite=Strict cookie holding the token's hash), programs send
  ``Authorization: Bearer TOKEN``. Unauthenticated API calls get 401 in the one JSON error shape.
- **Security headers** on every response: a Content-Security-Policy allowing only this server's
  scripts, no framing, no MIME sniffing, no referrer.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from foothold.errors import FootholdError
from foothold.settings import EDIT_TOKEN, READ_TOKEN

COOKIE = "foothold_session"
ROLES = ("read", "edit")
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
PUBLIC_PATHS = ("/login", "/logout", "/static/")     # reachable without a token (the login page needs its CSS)
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                               "base-uri 'none'; form-action 'self'; object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class AccessError(FootholdError):
    """Serving beyond this machine without a token, or an unreadable token file."""
    code = "E602"


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class Access:
    """Tokens by role (hashed) and the Host names served; empty means open (loopback only)."""
    tokens: dict[str, str] = field(default_factory=dict)     # sha256(token) -> role
    allowed_hosts: set[str] | None = None                     # None: any Host (behind a token)

    @property
    def guarded(self) -> bool:
        return bool(self.tokens)

    def role_of(self, token: str | None, *, hashed: bool = False) -> str | None:
        if not token:
            return None
        key = token if hashed else _digest(token)
        for known, role in self.tokens.items():
            if hmac.compare_digest(known, key):
                return role
        return None


def load_access(*, token_file: str | Path | None = None, read_token: str | None = None,
                edit_token: str | None = None, host: str = "127.0.0.1") -> Access:
    """Tokens from arguments, then FOOTHOLD_READ_TOKEN / FOOTHOLD_EDIT_TOKEN, then a token file.

    A token file holds one token per line, optionally ``read: TOKEN`` or ``edit: TOKEN``; a bare
    token is an editor's. Binding beyond loopback without any token is an error (E602).
    """
    tokens: dict[str, str] = {}
    for role, value in (("read", read_token or READ_TOKEN.value()), ("edit", edit_token or EDIT_TOKEN.value())):
        if value:
            tokens[_digest(value.strip())] = role
    if token_file:
        path = Path(token_file)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise AccessError(f"cannot read the token file ({exc.strerror or exc})", path=str(path),
                              fix="Give a readable file with one token per line (`read: TOKEN`, `edit: TOKEN`).") from exc
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            role, _, value = line.partition(":") if line.split(":", 1)[0].strip() in ROLES else ("edit", "", line)
            if len(value.strip()) < 16:
                raise AccessError("a token in the token file is shorter than 16 characters", path=str(path),
                                  fix="Use long random tokens, e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`.")
            tokens[_digest(value.strip())] = role.strip()
    loopback = is_loopback(host)
    if not loopback and not tokens:
        raise AccessError(f"serving on {host} opens the store to the network, and no access token is set",
                          fix="Set FOOTHOLD_READ_TOKEN / FOOTHOLD_EDIT_TOKEN or pass --token-file FILE "
                              "(or bind 127.0.0.1 to serve this machine only).")
    return Access(tokens=tokens, allowed_hosts=(LOOPBACK_NAMES | {host}) if loopback else None)


def _host_name(header: str) -> str:
    if header.startswith("["):                      # [::1]:8000
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api", "/openapi")) or "text/html" not in request.headers.get("accept", "")


def _error(request: Request, status: int, code: str, message: str, fix: str, headers: dict | None = None) -> Response:
    body = {"error": {"code": code, "message": message, "path": request.url.path, "fix": fix}}
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI, access: Access) -> None:
    """Add the host check, the token gate, /login and /logout, and the security headers to ``app``."""
    app.state.access = access

    @app.middleware("http")
    async def guard(request: Request, call_next):
        response = await _guarded(request, call_next, access)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request, next: str = "/", failed: int = 0) -> HTMLResponse:
        from foothold.web.render import templates
        return templates.TemplateResponse(request, "login.html", {"next": _safe_next(next), "failed": bool(failed),
                                                                  "guarded": access.guarded})

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        token = (form.get("token") or [""])[0]
        target = _safe_next((form.get("next") or ["/"])[0])
        if access.role_of(token) is None:
            return RedirectResponse(f"/login?failed=1&next={quote(target)}", status_code=303)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, _digest(token), httponly=True, samesite="strict", path="/")
        return response

    @app.get("/logout", include_in_schema=False)
    def logout() -> Response:
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response


def _safe_next(target: str) -> str:
    """Only a path on this server (no open redirect to another site)."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


async def _guarded(request: Request, call_next, access: Access) -> Response:
    if access.allowed_hosts is not None:
        host = _host_name(request.headers.get("host", ""))
        if host not in access.allowed_hosts:
            return _error(request, 400, "E603", f"the Host '{host[:80]}' is not this workbench",
                          "Open the workbench as http://127.0.0.1:PORT/ (or localhost); other names are refused "
                          "so that a web page cannot reach it by DNS rebinding.")
    if not access.guarded or request.url.path.startswith(PUBLIC_PATHS):
        return await call_next(request)
    auth = request.headers.get("authorization", "")
    role = access.role_of(auth[7:].strip()) if auth.lower().startswith("bearer ") else None
    role = role or access.role_of(request.cookies.get(COOKIE), hashed=True)
    if role is None:
        if not _wants_json(request):
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return _error(request, 401, "E604", "this workbench needs an access token",
                      "Send `Authorization: Bearer TOKEN`, or log in at /login in a browser.",
                      headers={"WWW-Authenticate": "Bearer"})
    request.state.role = role
    return await call_next(request)


def can_edit(request: Request) -> bool:
    """Whether this request may change the store: no token set (loopback use), or the editor role."""
    access = getattr(request.app.state, "access", None)
    return access is None or not access.guarded or getattr(request.state, "role", None) == "edit"


def require_edit(request: Request) -> str:
    """A route dependency for writes: the editor role (any caller when no token is set: loopback use).
    Returns the author to record: "local" without tokens, else the role ("edit")."""
    from foothold.errors import EditRoleError
    access = getattr(request.app.state, "access", None)
    if access is None or not access.guarded:
        return "local"
    role = getattr(request.state, "role", None)
    if not can_edit(request):
        raise EditRoleError("this change needs the editor role; the token given is a read token",
                            fix="Log in with the editor token (FOOTHOLD_EDIT_TOKEN or an `edit:` line of the token file).")
    return role
