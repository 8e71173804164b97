"""Structure: the section tree of a notice (parts, articles, numbered items, letters, bullets)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .resources import load_table
from .schema import Section, Span

# The list markers and the distribution-list bounds are the task stage's grammar
# (models/task_patterns.json, "common"), so a task's section path and the tree agree.
_GRAMMAR = load_table("task_patterns.json")["common"]
# Marker kind -> rank in the tree (lower is higher up) and the pattern that
# recognises it at the start of a line; the label is the "label" group.
_MARKERS: list[tuple[str, float, re.Pattern]] = [
    (kind, rank, re.compile(pattern)) for kind, rank, pattern in _GRAMMAR["markers"]]
DISTRIBUTION_START = re.compile(_GRAMMAR["distribution_start"], re.IGNORECASE)  # "Nơi nhận:", "Recipients:"
# a line that opens an appendix: its heading ('PHỤ LỤC', 'Appendix'), or what it is attached to ('(Kèm theo …)')
APPENDIX_HEADING = re.compile(_GRAMMAR["appendix_heading"], re.IGNORECASE)
APPENDIX_START = re.compile(f"{_GRAMMAR['appendix_heading']}|{_GRAMMAR['appendix_attachment']}", re.IGNORECASE)
# the line that closes a forwarded message: a chat's or a mail's own text follows the forwarded notice's list
FORWARDED_END = re.compile(_GRAMMAR["forwarded_end"], re.IGNORECASE)
_HEADING_MAX = 200


@dataclass
class _Open:
    section: Section
    rank: int
    children: list = field(default_factory=list)


_BODY_SENTENCE_WORDS = 10  # the fewest words of a sentence after a distribution list that the body goes on with


def resumes_body(line: str) -> bool:
    """A line after a distribution list and its signature that is a sentence of a text again (a chat's next
    message after a pasted notice: 'Phòng Tổng hợp theo dõi, … báo cáo lãnh đạo tỉnh trước 16 giờ.'): no list
    item, no name or post, ten words or more ending in a full stop."""
    return line.endswith(".") and line[:1].isalpha() and len(line.split()) >= _BODY_SENTENCE_WORDS and \
        any(c.islower() for c in line[:40])


# what a line is to a reader that leaves out distribution lists (:func:`past_distribution`)
LIST_LINE, TEXT_LINE, APPENDIX_LINE = "list", "text", "appendix"


def past_distribution(line: str, inside: bool) -> tuple[bool, str]:
    """Whether the text is inside a distribution list after ``line`` (stripped), and what ``line`` is:
    "Nơi nhận:" opens the list, which goes on (its items, the signature: LIST_LINE) up to the
    heading of an appendix (APPENDIX_LINE), a sentence of a text again (:func:`resumes_body`) or the
    line that closes a forwarded message (itself a LIST_LINE); any other line is a TEXT_LINE."""
    if DISTRIBUTION_START.match(line):
        return True, LIST_LINE
    if not inside:
        return False, TEXT_LINE
    if FORWARDED_END.match(line):
        return False, LIST_LINE
    if APPENDIX_START.match(line):
        return False, APPENDIX_LINE
    if resumes_body(line):
        return False, TEXT_LINE
    return True, LIST_LINE


def build_sections(text: str, body_start: int = 0) -> list[Section]:
    """Section tree of ``text`` (normalized); markers before ``body_start`` are ignored, and
    so are the distribution list ("Nơi nhận:", "Recipients:") and what follows it up to an appendix
    or to the end of a forwarded message."""
    roots: list[Section] = []
    stack: list[tuple[float, Section]] = []
    pos = 0
    in_distribution = False
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if start < body_start:
            continue
        stripped = line.strip()
        was_inside = in_distribution
        in_distribution, kind = past_distribution(stripped, in_distribution)
        if in_distribution and not was_inside:
            while stack:
                _close(stack.pop()[1], start - 1)
        if kind == LIST_LINE:
            continue
        marker = _marker(stripped)
        if marker is None:
            continue
        kind, rank, label, content_offset = marker
        while stack and stack[-1][0] >= rank:
            _close(stack.pop()[1], start - 1)
        heading = stripped[content_offset:].strip()
        section = Section(label=label, kind=kind, heading=heading[:_HEADING_MAX] or None,
                          span=Span(start=start, end=len(text)))
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((rank, section))
    while stack:
        _close(stack.pop()[1], len(text))
    return roots


def _marker(line: str):
    for kind, rank, pattern in _MARKERS:
        match = pattern.match(line)
        if match:
            label = match.group("label")
            if kind == "number":
                rank += label.count(".")
            return kind, rank, label, match.end()
    return None


def _close(section: Section, end: int) -> None:
    section.span.end = max(section.span.start, end)


def iter_sections(sections: list[Section], path: tuple[str, ...] = ()):
    """Yield (path of labels, section) for every section, depth first."""
    for section in sections:
        here = path + (section.label,)
        yield here, section
        yield from iter_sections(section.children, here)


def section_path(sections: list[Section], offset: int) -> list[str]:
    """Labels of the sections enclosing ``offset``, outermost first."""
    path: list[str] = []
    level = sections
    while True:
        inner = next((s for s in level if s.span.start <= offset < s.span.end), None)
        if inner is None:
            return path
        path.append(inner.label)
        level = inner.children
