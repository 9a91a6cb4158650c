"""The store: SQLAlchemy Core tables, Alembic migrations, one transaction per document.

    engine = connect("sqlite:///foothold.db")      # schema upgraded to head
    save_extraction(engine, document, extraction)  # -> SaveResult(status="ingested"|"unchanged"|...)
"""

from .db import connect, ensure_schema, make_engine
from .writer import SaveResult, save_extraction
from .curate import merge_actors, split_alias

__all__ = ["connect", "ensure_schema", "make_engine", "SaveResult", "save_extraction",
           "merge_actors", "split_alias"]
