"""notice-parser: Vietnamese government notices in, tasks, deadlines and citations out.

    >>> from notice_parser import parse
    >>> notice = parse("samples/vi-344-TB-VPCP.txt")
    >>> [(t.assignees[0].name, t.deadline and t.deadline.end) for t in notice.tasks]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import NoticeParseError
from .ingest import Limits
from .pipeline import parse, parse_many
from .schema import (
    SCHEMA_VERSION,
    Agency,
    AgencyMention,
    Citation,
    Deadline,
    Metadata,
    Notice,
    Section,
    Signer,
    Span,
    Task,
)

__all__ = [
    "parse",
    "parse_many",
    "Limits",
    "Notice",
    "Metadata",
    "Section",
    "Task",
    "Agency",
    "AgencyMention",
    "Deadline",
    "Citation",
    "Signer",
    "Span",
    "NoticeParseError",
    "SCHEMA_VERSION",
    "__version__",
]
