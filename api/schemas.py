"""Models shared by several routers: errors, reasons, requests, severity labels."""

from __future__ import annotations

import enum
from datetime import datetime

from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from webhunt.model import Reason, Severity
from webhunt.store import RequestRecord


class SeverityLabel(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def severity(self) -> Severity:
        return Severity.parse(self.value)


class Out(BaseModel):
    """Response models. ``of`` constructors build them from store records without re-validating
    (the records are typed already; the schema tests check the output against the OpenAPI)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def json_response(model: BaseModel, status_code: int = 200) -> Response:
    """Serialise ``model`` once, in pydantic's core, and skip FastAPI's second validation pass."""
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json")


class FieldErrorOut(Out):
    field: str = Field(description="where the bad value is, e.g. query.limit")
    message: str


class ErrorOut(Out):
    """Every error answer: a message, and for invalid requests the fields at fault."""

    error: str
    detail: list[FieldErrorOut] | None = None


class ReasonOut(Out):
    id: str = Field(description="stable rule id, e.g. a YARA rule name or WH-H-PHP-001")
    layer: str
    score: int
    description: str
    line: int | None = None
    snippet: str = Field("", description="bounded excerpt of the file (never the whole file)")
    family: str | None = None

    @classmethod
    def of(cls, r: Reason) -> ReasonOut:
        return cls(
            id=r.id,
            layer=r.layer.value,
            score=r.score,
            description=r.description,
            line=r.line,
            snippet=r.snippet,
            family=r.family,
        )


class RequestOut(Out):
    id: int
    host: str
    time: datetime
    client_ip: str
    method: str
    path: str
    query: str
    status: int
    bytes_sent: int | None
    referer: str
    user_agent: str
    vhost: str
    protocol: str
    source: str = Field(description="log file the line came from")
    line_no: int

    @classmethod
    def of(cls, r: RequestRecord) -> RequestOut:
        return cls(
            id=r.id,
            host=r.host,
            time=r.time,
            client_ip=r.client_ip,
            method=r.method,
            path=r.path,
            query=r.query,
            status=r.status,
            bytes_sent=r.bytes_sent,
            referer=r.referer,
            user_agent=r.user_agent,
            vhost=r.vhost,
            protocol=r.protocol,
            source=r.source,
            line_no=r.line_no,
        )


class RequestPage(Out):
    items: list[RequestOut]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next page")
