"""Which exported facts an analyst reviewed (issue 12): confirmed, added, or an actor corrected.

Exports mark them: JSON ``reviewed: true`` with the ``correction_id``; STIX ``confidence`` 100 and the
label ``reviewed`` on the fact's objects. Rejected facts are not in the store, so not exported.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from ..store.corrections import REVIEW_EXTRACTOR, reviewed

LABEL = "reviewed"


class Reviewed:
    """Fact kind -> id (text) -> correction id, read once per export (corrections are few)."""

    def __init__(self, conn: Connection):
        self.by_kind = {kind: reviewed(conn, kind) for kind in ("actor", "mention", "event", "relation", "citation")}

    def correction(self, kind: str, row: dict) -> str | None:
        return self.by_kind[kind].get(str(row.get("event_id") or row["id"]) if kind == "event" else str(row["id"]))

    def flags(self, kind: str, row: dict) -> dict:
        cid = self.correction(kind, row)
        return {"reviewed": cid is not None or row.get("extractor") == REVIEW_EXTRACTOR, "correction_id": cid}

    def mark_stix(self, kind: str, row: dict, objects: list[dict]) -> list[dict]:
        """STIX: confidence 100 and the label on each object of a reviewed fact."""
        cid = self.correction(kind, row)
        if cid is None and row.get("extractor") != REVIEW_EXTRACTOR:
            return objects
        for obj in objects:
            if obj.get("type") in ("relationship", "note", "identity", "location", "threat-actor", "intrusion-set"):
                obj["confidence"] = 100
                obj["labels"] = sorted({*obj.get("labels", []), LABEL})
                if cid:
                    obj["x_foothold_correction_id"] = cid
        return objects
