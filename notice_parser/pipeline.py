"""The pipeline: source → normalized text → metadata, structure → citations → tasks
(→ agency mentions, when asked: the spaCy entities stage)."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Union

from .context import ParseContext
from .errors import InputTooLargeError, NoticeParseError
from . import mime
from .ingest import DEFAULT_LIMITS, Limits, SourceText, read_source
from .language import detect_language
from .normalize import MappedText, normalize, page_breaks
from .repair import assess as assess_quality
from .schema import AgencyMention, Notice, Page, Span

Source = Union[str, os.PathLike]


class InternalError(NoticeParseError):
    reason = "internal error"


def parse(source: Source, language: str | None = None, *, ocr: str = "auto",
          entities: bool = False, limits: Limits = DEFAULT_LIMITS) -> Notice:
    """Parse a notice from a file path (text or PDF) or from its text.

    ``language`` ('vi' or 'en') overrides detection. ``ocr`` ('auto', 'never',
    'always') says when PDF pages are read by Tesseract. ``entities`` runs the
    spaCy entities stage (imported only then, see docs/NLP.md) and fills
    ``Notice.agencies``. ``limits`` (:class:`~notice_parser.ingest.Limits`)
    bounds the input's bytes, pages, characters and PDF reading time. Raises only
    :class:`~notice_parser.errors.NoticeParseError` subclasses.
    """
    name = str(source) if _is_path(source) else None
    try:
        if name is not None:
            raw = read_source(source, ocr=ocr, limits=limits)
        else:
            data = str(source)
            if len(data) > limits.max_text_chars:
                raise InputTooLargeError(f"text exceeds {limits.max_text_chars} characters")
            raw = SourceText(text=data, encoding="str",
                             sha256=hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest())
        return parse_source(raw, language, entities=entities)
    except NoticeParseError:
        raise
    except Exception as exc:  # the promise: nothing but NoticeParseError escapes parse
        raise InternalError(f"{type(exc).__name__}: {exc}", name) from exc


def parse_many(sources: Iterable[Source], language: str | None = None, *, ocr: str = "auto",
               entities: bool = False, limits: Limits = DEFAULT_LIMITS) -> Iterator[Notice]:
    """Parse each source in turn, yielding Notices (errors propagate per item)."""
    for source in sources:
        yield parse(source, language, ocr=ocr, entities=entities, limits=limits)


def parse_source(raw: SourceText, language: str | None = None, *, entities: bool = False) -> Notice:
    """Run every stage on already-read source text (the entities stage only when ``entities``)."""
    from .citations import find_citations
    from .metadata import extract_metadata
    from .structure import build_sections
    from .tasks import extract_tasks

    mapped = normalize(raw.text)
    text = mapped.text
    lang = language or detect_language(text)
    if lang not in ("vi", "en"):
        raise NoticeParseError(f"unsupported language {lang!r} (vi or en)", raw.source)
    metadata = extract_metadata(text, lang, sent=mime.sent_date(raw.text))
    pages = _pages(raw, mapped)
    sections = build_sections(text)
    # a report without its notice's date counts year-less and relative dates from its own
    reference_date = metadata.issued_date or metadata.published_date
    citations = find_citations(text, language=lang, doc_date=reference_date, own_number=metadata.number)
    context = ParseContext(text=text, language=lang, doc_date=reference_date,
                           published=metadata.issued_date is None and reference_date is not None,
                           report=metadata.published_date is not None,
                           own_number=metadata.number, doc_type=metadata.doc_type, sections=sections,
                           issuer_id=metadata.issuer_agency.id if metadata.issuer_agency else None,
                           citations=citations, pages=pages)
    quality = assess_quality(text, lang)
    tasks = extract_tasks(context) if quality.readable else []
    agencies = _agency_mentions(text, lang, metadata.issued_date, quality.readable) if entities else None
    notice = Notice(
        source=raw.source, source_sha256=raw.sha256, encoding=raw.encoding, language=lang,
        text_quality=quality.score, metadata=metadata, sections=sections, citations=citations,
        tasks=tasks, agencies=agencies, pages=pages, warnings=[*raw.warnings, *quality.warnings], text=text,
        source_offsets=mapped.anchors())
    _assign_pages(notice)
    return notice


def _agency_mentions(text: str, language: str, issued: dt.date | None, readable: bool) -> list[AgencyMention]:
    """Every agency mention the spaCy pipeline tags in ``text``, resolved to the registry.
    Like tasks, none in a text too damaged to read: its mentions would be fragments."""
    if not readable:
        return []
    from .agencies import find_agencies  # imports spaCy: only when the stage is asked for

    return [AgencyMention.model_validate(agency.model_dump())
            for agency in find_agencies(text, language=language, on=issued)]


def _is_path(source: Source) -> bool:
    if isinstance(source, os.PathLike):
        return True
    try:
        return "\n" not in source and len(source) < 4096 and Path(source).is_file()
    except (OSError, ValueError):  # a one-line text longer than a file name may be
        return False


def _pages(raw: SourceText, mapped: MappedText) -> list[Page]:
    """Page spans in normalized text: a PDF's pages, or those a text file marks with form
    feeds or page-marker lines (without the empty ends of the export)."""
    breaks = page_breaks(raw.text, markers=raw.page_count <= 0)
    if not breaks and raw.page_count <= 0:
        return []
    starts = [0, *(mapped.text_offset(offset + 1) for offset in breaks)]
    ends = starts[1:] + [len(mapped.text)]
    spans = [(s, max(s, e)) for s, e in zip(starts, ends)]
    if raw.page_count <= 0:
        text = mapped.text
        while spans and not text[spans[-1][0]:spans[-1][1]].strip():
            spans.pop()
        while spans and not text[spans[0][0]:spans[0][1]].strip():
            spans.pop(0)
    return [Page(number=i + 1, span=Span(start=s, end=e)) for i, (s, e) in enumerate(spans)]


def _assign_pages(notice: Notice) -> None:
    if not notice.pages:
        return
    from .structure import iter_sections

    for _, section in iter_sections(notice.sections):
        section.page = notice.page_of(section.span.start)
    for item in (*notice.citations, *notice.tasks, *(notice.agencies or [])):
        item.page = notice.page_of(item.span.start)
