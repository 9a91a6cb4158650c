"""The review API: make, list and undo analyst corrections, the review queue and the form vocabularies.

Writes need the editor role (``security.require_edit``; loopback use without tokens needs none)
and answer 403 in the one error shape otherwise. Thin routes over ``store.review``,
``store.corrections`` and ``store.review_queue``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from fastapi import APIRouter, Body, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy.engine import Connection

from foothold.store import corrections as records
from foothold.store.review import correct, undo
from foothold.store.review_queue import queue_page, review_types
from foothold.web.api import ERRORS, ErrorBody, Page, cursor_param, limit_param
from foothold.web.deps import connection
from foothold.web.security import require_edit

WRITE_ERRORS = {**ERRORS,
                400: {"model": ErrorBody, "description": "A correction that means nothing (E702: type, mode, span, date)"},
                403: {"model": ErrorBody, "description": "The editor role is needed (E704)"},
                404: {"model": ErrorBody, "description": "No such fact, actor, document or correction (E701, E302)"},
                409: {"model": ErrorBody, "description": "The correction was already undone (E703)"}}
router = APIRouter(prefix="/api", tags=["review"], responses=ERRORS)

Id = Annotated[str, Field(min_length=1, max_length=200)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Offset = Annotated[int, Field(ge=0, le=2**31 - 1)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value):
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("holds a NUL character, which no stored text contains")
        return value


class RejectMention(_Body):
    kind: Literal["reject_mention"]
    mention_id: Id
    reason: Text | None = None


class RejectEvent(_Body):
    kind: Literal["reject_event"]
    event_id: Id
    reason: Text | None = None


class RejectRelation(_Body):
    kind: Literal["reject_relation"]
    relation_id: Id
    reason: Text | None = None


class RejectCitation(_Body):
    kind: Literal["reject_citation"]
    citation_id: Id
    reason: Text | None = None


class Confirm(_Body):
    kind: Literal["confirm"]
    fact_kind: Literal["mention", "event", "relation", "citation"]
    fact_id: Id
    reason: Text | None = None


class RetypeActor(_Body):
    kind: Literal["retype_actor"]
    actor_id: Id
    type: Literal["person", "organization", "media", "country", "place"]
    reason: Text | None = None


class AddAlias(_Body):
    kind: Literal["add_alias"]
    actor_id: Id
    alias: Text


class MergeActors(_Body):
    kind: Literal["merge_actors"]
    from_actor_id: Id
    into_actor_id: Id


class SplitAlias(_Body):
    kind: Literal["split_alias"]
    actor_id: Id
    alias: Text


class AddEvent(_Body):
    kind: Literal["add_event"]
    document_id: Id
    start: Offset = Field(description="Offset of the first selected character in the original input")
    end: Offset = Field(description="Offset after the last selected character")
    type: Annotated[str, Field(min_length=1, max_length=40, description="A PLOVER type (GET /api/review/types)")]
    mode: Annotated[str, Field(max_length=100)] | None = None
    source_actor_id: Id | None = None
    target_actor_id: Id | None = None
    date: Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] | None = None
    reason: Text | None = None


class AddRelation(_Body):
    kind: Literal["add_relation"]
    document_id: Id
    start: Offset
    end: Offset
    type: Literal["leads", "member_of", "part_of", "allied_with", "opposes"]
    subject_actor_id: Id
    object_actor_id: Id
    reason: Text | None = None


CorrectionBody = Annotated[Union[RejectMention, RejectEvent, RejectRelation, RejectCitation, Confirm, RetypeActor,
                                 AddAlias, MergeActors, SplitAlias, AddEvent, AddRelation],
                           Field(discriminator="kind")]


class Evidence(BaseModel):
    document_id: str
    start: int
    end: int | None = None
    text: str | None = None


class Correction(BaseModel):
    """One recorded correction (who, when, what, the evidence span)."""
    id: str
    kind: str
    fact_kind: str | None = None
    document_id: str | None = None
    target_id: str | None = None
    payload: dict
    evidence: Evidence | None = None
    author: str
    created_at: str
    undone_at: str | None = None
    created_fact_id: str | None = None
    position: int


@router.post("/corrections", status_code=201, response_model=Correction, responses=WRITE_ERRORS,
             summary="Make a correction (editor role): reject, confirm, retype, alias, merge, split, add a fact")
def make_correction(request: Request, body: CorrectionBody = Body(...), author: str = Depends(require_edit)) -> dict:
    fields = body.model_dump(exclude={"kind"})
    return correct(request.app.state.engine, body.kind, fields, author=author)


@router.get("/corrections", response_model=Page, summary="The audit: corrections, newest first (a page)")
def list_corrections(document_id: str | None = Query(None, max_length=200), kind: str | None = Query(None, max_length=40),
                     include_undone: bool = Query(True, description="Also list undone corrections"),
                     cursor: str | None = Depends(cursor_param), limit: int = Depends(limit_param),
                     conn: Connection = Depends(connection)) -> dict:
    return records.corrections_page(conn, document_id=document_id or None, kind=kind or None,
                                    include_undone=include_undone, cursor=cursor, limit=limit)


@router.get("/corrections/{correction_id}", response_model=Correction, summary="One correction",
            responses={404: {"model": ErrorBody, "description": "No such correction (E701)"}})
def one_correction(correction_id: str, conn: Connection = Depends(connection)) -> dict:
    return records.get(conn, correction_id)


@router.post("/corrections/{correction_id}/undo", response_model=Correction, responses=WRITE_ERRORS,
             summary="Undo a correction (editor role): its effect is reversed, it stays in the audit")
def undo_correction(request: Request, correction_id: str, author: str = Depends(require_edit)) -> dict:
    return undo(request.app.state.engine, correction_id)


@router.get("/review/queue", response_model=Page,
            summary="Unreviewed mentions, events, relations and citations, least confident first (a page)")
def review_queue(document_id: str | None = Query(None, max_length=200), cursor: str | None = Depends(cursor_param),
                 limit: int = Depends(limit_param), conn: Connection = Depends(connection)) -> dict:
    return queue_page(conn, document_id=document_id or None, cursor=cursor, limit=limit)


@router.get("/review/types", summary="Actor types, PLOVER event types with their modes, relation types (for the forms)")
def types() -> dict:
    return review_types()
