"""What the pipeline knows about a document while its stages run."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .schema import Citation, Page, Section


@dataclass
class ParseContext:
    """Input of the entity and task stages: the normalized text and what earlier stages found."""

    text: str
    language: str
    doc_date: dt.date | None = None
    published: bool = False  # doc_date is a report's publication date, not the document's own
    report: bool = False  # a news report or web copy about the document (it states when it was published)
    own_number: str | None = None
    issuer_id: str | None = None  # the registry id of the document's issuer, when known
    doc_type: str | None = None  # the document's kind ('report': its proposals section assigns nothing)
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
