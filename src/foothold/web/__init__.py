"""The analyst's workbench: ``create_app(db_url)`` in app.py (FastAPI, Jinja2 pages, JSON API under /api).

Served by ``foothold serve``; front-end libraries come from npm (package.json at the repo root).
"""
