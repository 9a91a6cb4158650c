"""The analyst's workbench: a FastAPI app over one store.

``create_app(db_url)`` builds it: JSON API under ``/api`` (api.py), HTML pages
(pages.py), our own static files under ``/static`` and the npm libraries under
``/vendor`` (vendor.py). ``/docs`` serves Swagger UI from the local npm copy so
it works offline. Every error has one JSON shape: ``FootholdError.to_dict()``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from foothold import __version__
from foothold.errors import (BadParameterError, FootholdError, NotFoundError, NulCharacterError, UnknownActorError,
                             UnknownRecordError)
from foothold.export import UnknownFormatError
from foothold.export.ftm import MissingExtraError
from foothold.export.select import ExportFilterError
from foothold.settings import db_url as normalise_db_url
from foothold.store.db import connect
from foothold.web import alerts, api, arena, brief, pages, review_api, review_pages
from foothold.web.render import templates
from foothold.web.security import Access
from foothold.web.security import install as install_security
from foothold.web.vendor import library_dirs

STATIC_DIR = Path(__file__).parent / "static"

# FootholdError classes whose meaning is "no such thing" rather than "bad input".
NOT_FOUND_ERRORS = (NotFoundError, UnknownActorError, UnknownRecordError)
# ... whose meaning is "the request asks for something wrong" (export format, filter values).
BAD_REQUEST_ERRORS = (UnknownFormatError, ExportFilterError, NulCharacterError, BadParameterError)
# ... whose meaning is "this installation cannot do that" (an optional extra is missing).
UNAVAILABLE_ERRORS = (MissingExtraError,)

DESCRIPTION = """\
Read-only JSON API over a foothold store: documents with their highlighted spans,
actors with profiles, PLOVER-coded events, the actor network, the timeline, the
places on the map, the cited sources, and search.

Every error has one shape: `{"error": {"code": "E302", "message": "...", "path": ..., "fix": ...}}`.
"""


def create_app(db_url: str | None = None, *, must_exist: bool = False, access: Access | None = None) -> FastAPI:
    """Build the workbench over the store at ``db_url`` (default: $FOOTHOLD_DB).

    ``must_exist`` (``foothold serve``): a store file that is not there is an error, not a new empty store.
    ``access``: tokens and the Host names served (security.load_access); None serves anyone who can
    connect (tests, embedding) — ``foothold serve`` always passes one.
    """
    app = FastAPI(title="foothold workbench", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.state.engine = connect(normalise_db_url(db_url), must_exist=must_exist)
    app.state.vendor = library_dirs()

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for name, folder in app.state.vendor.items():
        app.mount(f"/vendor/{name}", StaticFiles(directory=folder), name=f"vendor-{name}")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(arena.router)
    app.include_router(brief.router)
    app.include_router(alerts.router)
    app.include_router(review_api.router)
    app.include_router(review_pages.router)
    _add_docs(app)
    _add_error_handlers(app)
    _refuse_nul_characters(app)
    install_security(app, access or Access())
    return app


DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>foothold API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


def _add_docs(app: FastAPI) -> None:
    """Swagger UI from node_modules (FastAPI's default page loads it from a CDN)."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if "swagger-ui" not in app.state.vendor:
            return HTMLResponse(
                "<h1>API documentation</h1><p>Swagger UI is not installed (run <code>npm ci</code> "
                "or <code>scripts/setup.sh</code>). The schema is at <a href='/openapi.json'>/openapi.json</a>.</p>")
        # FastAPI's page starts Swagger UI with an inline script, which the Content-Security-Policy
        # forbids: the same start-up lives in /static/docs.js.
        return HTMLResponse(DOCS_PAGE)


def error_status(err: FootholdError) -> int:
    if getattr(err, "http_status", None):          # review errors say their own (403, 404, 409)
        return err.http_status
    if isinstance(err, NOT_FOUND_ERRORS):
        return 404
    if isinstance(err, UNAVAILABLE_ERRORS):
        return 501
    if err.code.startswith("E1") or isinstance(err, BAD_REQUEST_ERRORS):
        return 400
    return 500


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/openapi")) and \
        "text/html" in request.headers.get("accept", "")


def _error_response(request: Request, status: int, body: dict, headers: dict | None = None):
    if _wants_html(request):
        return templates.TemplateResponse(request, "error.html", {"error": body["error"], "status": status},
                                          status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def nul_in_request(request: Request) -> str | None:
    """Where the request holds a NUL character (the path, a parameter's name), or None."""
    if "\x00" in request.url.path:
        return "the path"
    for name, value in request.query_params.multi_items():
        if "\x00" in name or "\x00" in value:
            return f"the parameter '{name.replace(chr(0), '')[:40]}'"
    return None


def _refuse_nul_characters(app: FastAPI) -> None:
    """A NUL character is a 400 (E321) on every backend: PostgreSQL cannot take one as a query parameter."""

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next):
        where = nul_in_request(request)
        if where is None:
            return await call_next(request)
        err = NulCharacterError(f"{where} holds a NUL character (%00), which no stored text contains",
                                path=request.url.path.replace("\x00", ""),
                                fix="Remove the NUL character from the request.")
        return _error_response(request, 400, err.to_dict())


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(FootholdError)
    async def foothold_error(request: Request, err: FootholdError):
        return _error_response(request, error_status(err), err.to_dict())

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        code = "E404" if err.status_code == 404 else f"E{err.status_code}"
        body = {"error": {"code": code, "message": str(err.detail), "path": request.url.path, "fix": None}}
        return _error_response(request, err.status_code, body, getattr(err, "headers", None))  # 405 keeps Allow

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, err: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors())
        body = {"error": {"code": "E100", "message": f"Invalid request: {problems}", "path": request.url.path,
                          "fix": "See /docs for the parameters this endpoint takes."}}
        return _error_response(request, 422, body)
