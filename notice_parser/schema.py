"""Typed output models (pydantic v2) of notice-parser.

Every extracted item carries ``span``: ``[start, end)`` character offsets
into ``Notice.text``, the normalized text. ``Notice.source_offsets`` maps
those offsets back to the decoded source text (see
:meth:`Notice.source_span`).
"""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"  # 1.1: Notice.agencies (the opt-in entities stage); 1.2: Metadata.published_date

Granularity = Literal["day", "month", "quarter", "half_year", "year", "relative"]
DocType = Literal[
    "notice", "decision", "resolution", "directive", "decree", "circular",
    "law", "ordinance", "official_letter", "dispatch", "plan", "program",
    "project", "strategy", "conclusion", "report", "submission",
    "regulation", "guideline", "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Half-open character range ``[start, end)`` in ``Notice.text``."""

    start: int
    end: int


class Agency(_Model):
    """An agency, official or group, as written, resolved to the registry when known."""

    name: str = Field(description="The name as written in the text.")
    id: Optional[str] = Field(None, description="Registry id, e.g. 'mic'; None when unknown.")
    canonical_vi: Optional[str] = None
    canonical_en: Optional[str] = None
    abbreviation: Optional[str] = None
    aliases: list[str] = Field(default_factory=list)
    kind: Optional[str] = Field(None, description="ministry, province, department, group, ...")
    span: Optional[Span] = None


class AgencyMention(Agency):
    """One agency mention found by the entities stage (``parse(..., entities=True)``)."""

    page: Optional[int] = None


class Deadline(_Model):
    text: str = Field(description="The deadline phrase as written.")
    start: Optional[dt.date] = None
    end: Optional[dt.date] = Field(None, description="Last day of the stated period.")
    granularity: Granularity
    recurrence: Optional[Literal["daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly"]] = None
    span: Optional[Span] = None


class Citation(_Model):
    id: str = Field(description="Id unique within the notice, e.g. 'c3'.")
    key: str = Field(description="Canonical key: diacritics-, case- and spacing-insensitive.")
    number: Optional[str] = Field(None, description="Number and symbol as written, e.g. '82/NQ-CP'.")
    title: Optional[str] = Field(None, description="Name of a document cited without a number.")
    doc_type: Optional[DocType] = None
    issuer: Optional[str] = None
    date: Optional[dt.date] = None
    pinpoint: Optional[str] = Field(None, description="e.g. 'điểm n khoản 1 Mục I'.")
    text: str = Field(description="The citing phrase as written (first mention).")
    span: Span = Field(description="Span of the first mention.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention, short forms included.")
    page: Optional[int] = None


class Task(_Model):
    id: str
    assignees: list[Agency]
    coordinators: list[Agency] = Field(default_factory=list)
    action: str
    deadline: Optional[Deadline] = None
    citations: list[str] = Field(default_factory=list, description="Citation ids.")
    section: list[str] = Field(default_factory=list, description="Labels of the enclosing sections.")
    span: Span
    page: Optional[int] = None
    confidence: float = Field(ge=0.0, le=1.0)


class Section(_Model):
    label: str = Field(description="'I', '2', 'a', '-', 'Điều 3', ...")
    kind: Literal["part", "article", "number", "letter", "roman", "ordinal", "bullet", "heading"]
    heading: Optional[str] = None
    span: Span
    page: Optional[int] = None
    children: list["Section"] = Field(default_factory=list)


class Signer(_Model):
    name: Optional[str] = None
    position: Optional[str] = Field(None, description="e.g. 'KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG'.")
    span: Optional[Span] = None


class Metadata(_Model):
    number: Optional[str] = None
    doc_type: Optional[DocType] = None
    issuer: Optional[str] = None
    issuer_agency: Optional[Agency] = None
    place: Optional[str] = None
    issued_date: Optional[dt.date] = None
    published_date: Optional[dt.date] = Field(
        None, description="When a copy without the official header (a web page, a news report) was published, "
                          "updated or signed, as it states; not the document's own date. Year-less and relative "
                          "deadlines count from it when issued_date is unknown.")
    subject: Optional[str] = None
    signer: Optional[Signer] = None
    recipients: list[str] = Field(default_factory=list)


class Page(_Model):
    number: int
    span: Span


class Notice(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Optional[str] = Field(None, description="Path of the input, when read from a file.")
    source_sha256: Optional[str] = None
    encoding: Optional[str] = Field(None, description="Detected text encoding, or 'pdf'.")
    language: Literal["vi", "en"]
    text_quality: float = Field(1.0, ge=0.0, le=1.0, description="Share of well-formed words.")
    metadata: Metadata = Field(default_factory=Metadata)
    sections: list[Section] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    agencies: Optional[list[AgencyMention]] = Field(
        None, description="Every agency mention, in text order (the entities stage); None when "
                          "the stage did not run.")
    pages: list[Page] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str = Field(description="Normalized text; every span indexes it.")
    source_offsets: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Anchors (normalized offset, source offset), sorted; between anchors "
                    "offsets advance together.")

    def source_span(self, span: Span) -> tuple[int, int]:
        """Map a span of ``text`` back to offsets in the decoded source text."""
        return self._to_source(span.start), self._to_source(span.end)

    def _to_source(self, offset: int) -> int:
        if not self.source_offsets:
            return offset
        keys = [a for a, _ in self.source_offsets]
        i = bisect.bisect_right(keys, offset) - 1
        if i < 0:
            return offset
        norm, src = self.source_offsets[i]
        return src + (offset - norm)

    def page_of(self, offset: int) -> Optional[int]:
        """Page number holding ``offset`` of ``text`` (None for text inputs)."""
        for page in self.pages:
            if page.span.start <= offset < page.span.end:
                return page.number
        return None


Section.model_rebuild()


def json_schema() -> dict:
    """The JSON Schema of :class:`Notice`."""
    return Notice.model_json_schema()
