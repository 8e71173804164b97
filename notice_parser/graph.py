"""Citation graph: parsed notices, the documents they cite, their tasks and agencies.

Nodes (attribute ``kind``):

- ``document``: key = :func:`document_key` of the number (the same key
  ``citations.py`` gives a :class:`Citation`, so "06/QĐ-TTg" and
  "06/QD-TTg" meet in "6/QD-TTG"); a document without a number is
  ``source:<path>``, one cited by name only keeps the citation's
  ``title:…`` key (:func:`citations.title_key`: "Đề án 06" and "Project
  06" meet in "title:de an 6"). ``parsed`` tells a parsed notice from a stub known only
  from citations; a stub becomes full when its document is parsed.
- ``task``: ``task:<doc key>#<task id>``. A second text of the same
  document (the English version of a Vietnamese notice) is a *variant*:
  its tasks get ``@<language>`` appended, since task ids of two texts need
  not line up.
- ``agency``: the registry id when known (``Agency.id`` or
  ``agencies.resolve_agency``), else ``agencies.agency_key`` of the name
  (``name:…``, ``pc.<level>:<place>``, ``joint:…``).

Edges (MultiDiGraph, attribute ``relation``, edge key = relation plus the
variant tag): ``cites`` doc → doc (pinpoint, citing text), ``has_task``
doc → task, ``based_on`` task → doc, ``assigned_to`` task → agency,
``coordinates`` agency → task; the last two carry ``doc``.

Attribute values are JSON scalars or lists of strings; dates are ISO
strings. The graph saves as one node-link JSON file (sorted, one node or
edge per line, ``format``/``version`` header) readable by
``networkx.node_link_graph(data, edges="edges")`` too.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import heapq
import json
import math
import os
import re
import tempfile
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional
from xml.sax.saxutils import escape, quoteattr

from pydantic import ValidationError

from .batch import FAILURES_REPORT
from .citations import citation_key, title_key
from .schema import Agency, Citation, Notice, Task
from .textutil import collapse_spaces, fold

if TYPE_CHECKING:
    import networkx as nx

FORMAT = "notice-parser-graph"
FORMAT_VERSION = 1

DOCUMENT, TASK, AGENCY = "document", "task", "agency"
CITES, HAS_TASK, BASED_ON, ASSIGNED_TO, COORDINATES = (
    "cites", "has_task", "based_on", "assigned_to", "coordinates")
ROLES = ("assignee", "coordinator", "any")


def _networkx():
    """The networkx module, imported on first use: parsing and converting notices never need it."""
    import networkx
    return networkx


# --------------------------------------------------------------------------- errors

class GraphError(Exception):
    """A graph file, query or input the graph cannot use; the message says why."""


class UnknownDocumentError(GraphError, LookupError):
    def __init__(self, query: str, suggestions: list[str] = ()):
        self.query, self.suggestions = query, list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        # the folded key helps with numbers ("82/NQ-CP" of "Nghị quyết 82/nq-cp"), not with titles
        key = f" (key {_number_or_title_key(query)!r})" if re.search(r"\d", query) else ""
        super().__init__(f"unknown document {query!r}{key}{hint}")


class UnknownAgencyError(GraphError, LookupError):
    def __init__(self, query: str, candidates: list[str] = ()):
        self.query, self.candidates = query, list(candidates)
        if self.candidates:
            shown, more = self.candidates[:8], len(self.candidates) - 8
            tail = f" and {more} more; give more of the name" if more > 0 else ""
            super().__init__(f"agency {query!r} is ambiguous: {', '.join(shown)}{tail}")
        else:
            super().__init__(f"unknown agency {query!r}")


class NoPathError(GraphError):
    pass


class GraphFormatError(GraphError):
    pass


def _gc_paused(function):
    """Run ``function`` with the cyclic garbage collector off.

    Bulk-creating hundreds of thousands of node and edge dicts (none of them
    cyclic) makes CPython's collector rescan them over and over: building or
    loading a 10,000-notice graph took twice as long with it on.
    """
    @functools.wraps(function)
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


# --------------------------------------------------------------------------- keys

def document_key(number: str) -> str:
    """Node key of a document number; equal to ``Citation.key`` for the same number."""
    return citation_key(number)


def notice_key(notice: Notice) -> str:
    """Node key of a parsed notice: its number's key, else ``source:<path or hash>``."""
    if notice.metadata.number and document_key(notice.metadata.number):
        return document_key(notice.metadata.number)
    return "source:" + _source_identity(notice)


def agency_key(agency: Agency) -> str:
    """Node key of an agency: registry id when known, else the key ``agencies.agency_key`` gives
    unregistered names (so "UBND xã X" and "X Commune People's Committee" meet)."""
    if agency.id:
        return agency.id
    registered = _registry_entry(agency.name)
    if registered and registered.id:
        return registered.id
    return _unregistered_key(agency.canonical_vi or agency.name)


@functools.lru_cache(maxsize=65536)
def _unregistered_key(name: str) -> str:
    try:
        from .agencies import agency_key as shared_key
        return shared_key(Agency(name=name))
    except Exception:  # noqa: BLE001 - same tolerance as _registry_entry
        return "agency:" + _name_key(name)


def _source_identity(notice: Notice) -> str:
    if notice.source:
        return notice.source
    digest = notice.source_sha256 or hashlib.sha256(notice.text.encode("utf-8")).hexdigest()
    return "sha256:" + digest[:16]


_NON_WORD = re.compile(r"[^\w&]+")
_LEADING_ARTICLE = re.compile(r"^the ")


@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    """Folded agency name or abbreviation: no diacritics, case, punctuation or leading 'the'."""
    return _LEADING_ARTICLE.sub("", collapse_spaces(_NON_WORD.sub(" ", fold(name))))


def _loose(text: str) -> str:
    """Folded words only, for comparing titles as users type them."""
    return collapse_spaces(_NON_WORD.sub(" ", fold(text.replace("_", " "))))


_NUMBER_IN_TEXT = re.compile(r"[\w&.]*\d[\w&.]*(?:\s*[/:\-]\s*[\w&Đđ]+)+")


def _number_or_title_key(query: str) -> str:
    """The document key a user's text most likely means ("Nghị quyết số 82/NQ-CP" -> 82/NQ-CP)."""
    found = _NUMBER_IN_TEXT.search(query)
    return document_key(found.group(0) if found else query)


# The agencies registry is written by another module and may be missing or mid-edit;
# every use of it goes through this one tolerant lookup.
@functools.lru_cache(maxsize=4096)
def _registry_entry(name: str) -> Optional[Agency]:
    """Registry agency for a name via ``agencies.resolve_agency``, or None when unknown/unavailable."""
    try:
        from .agencies import resolve_agency
        found = resolve_agency(name)
    except Exception:  # noqa: BLE001 - an optional, evolving dependency must not break the graph
        return None
    if found is None or isinstance(found, Agency):
        return found
    if isinstance(found, str):
        return Agency(name=name, id=found)
    fields = found if isinstance(found, dict) else getattr(found, "__dict__", {})
    known = {k: v for k, v in fields.items() if k in Agency.model_fields and v is not None}
    try:
        return Agency(**{"name": name, **known})
    except ValidationError:
        return None


# --------------------------------------------------------------------------- loading notices

def load_notices(paths: str | os.PathLike | Iterable[str | os.PathLike],
                 skipped: Optional[list[tuple[str, str]]] = None) -> list[Notice]:
    """Notices from convert outputs: folders (their ``*.json``/``*.jsonl``), files, sorted.

    JSON that is not a Notice (the failures report, other tools' files) is
    left out; when ``skipped`` is given, ``(path, reason)`` is appended to it.
    A path that does not exist raises :class:`GraphError`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    notices: list[Notice] = []
    for path in _notice_files(paths):
        for label, data in _json_documents(path):
            reason = _not_a_notice(data)
            if reason is None:
                try:
                    notices.append(Notice.model_validate(data))
                    continue
                except ValidationError as exc:
                    reason = f"invalid Notice: {exc.error_count()} errors, first: {exc.errors()[0]['msg']}"
            if skipped is not None:
                skipped.append((label, reason))
    return notices


def _notice_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            # convert's own failures report sits among the outputs and is no notice
            files.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in (".json", ".jsonl")
                                and p.name != FAILURES_REPORT))
        elif path.is_file():
            files.append(path)
        else:
            raise GraphError(f"no such file or folder: {path}")
    return files


def _json_documents(path: Path) -> Iterator[tuple[str, object]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield str(path), exc
        return
    lines = text.splitlines() if path.suffix.lower() == ".jsonl" else [text]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        label = f"{path}:{number}" if len(lines) > 1 else str(path)
        try:
            yield label, json.loads(line)
        except json.JSONDecodeError as exc:
            yield label, exc


def _not_a_notice(data: object) -> Optional[str]:
    if isinstance(data, Exception):
        return f"unreadable: {data}"
    if not isinstance(data, dict) or "text" not in data or "language" not in data:
        return "not a Notice (no text/language)"
    return None


# --------------------------------------------------------------------------- the graph

class CitationGraph:
    """A networkx MultiDiGraph of documents, tasks and agencies, with indexed queries.

    Lookups take what a user writes: a number ("82/NQ-CP", "06/QD-TTg",
    "Quyết định số 06/QĐ-TTg"), a cited title, a node key; an agency by id,
    name in Vietnamese or English, or abbreviation.
    """

    def __init__(self, graph: Optional[nx.MultiDiGraph] = None):
        self.graph = graph if graph is not None else _networkx().MultiDiGraph()
        # folded agency name / abbreviation / id -> agency keys; folded title -> document keys
        self._agency_names: dict[str, set[str]] = {}
        self._titles: dict[str, set[str]] = {}
        for key in self.graph.nodes:
            self._index(key)

    # ----------------------------------------------------------------- building

    def add_notice(self, notice: Notice) -> str:
        """Add one parsed notice (idempotent per source); returns its document key."""
        doc = notice_key(notice)
        identity = _source_identity(notice)
        node = self.graph.nodes.get(doc)
        if node is not None and identity in node.get("sources", ()):
            return doc
        variant = self._variant_tag(doc, notice.language)
        meta = notice.metadata
        self._merge_document(doc, parsed=True, number=meta.number, doc_type=meta.doc_type,
                             issuer=meta.issuer, date=_iso(meta.issued_date), title=meta.subject)
        node = self.graph.nodes[doc]
        node["sources"] = [*node.get("sources", []), identity]
        node["languages"] = [*node.get("languages", []), notice.language]
        node.setdefault("language", notice.language)

        for order, citation in enumerate(notice.citations):
            if citation.key == doc or not citation.key:
                continue
            self._merge_document(citation.key, parsed=False, number=citation.number,
                                 doc_type=citation.doc_type, issuer=citation.issuer,
                                 date=_iso(citation.date), title=citation.title)
            self.graph.add_edge(doc, citation.key, key=CITES + variant, relation=CITES,
                                **_clean(pinpoint=citation.pinpoint, text=citation.text,
                                         citation=citation.id, language=notice.language,
                                         order=order))
        citations = {c.id: c for c in notice.citations}
        for order, task in enumerate(notice.tasks):
            self._add_task(doc, variant, order, task, citations, notice.language)
        return doc

    def _variant_tag(self, doc: str, language: str) -> str:
        """'' for the first text of a document, '@en', '@vi2', … for further texts."""
        earlier = self.graph.nodes[doc].get("languages", []) if doc in self.graph else []
        if not earlier:
            return ""
        same = earlier.count(language)
        return f"@{language}{same + 1 if same else ''}"

    def _merge_document(self, key: str, parsed: bool, **fields) -> None:
        """Create or complete a document node; a parsed notice's own fields outrank citations'."""
        if key not in self.graph:
            self.graph.add_node(key, kind=DOCUMENT, parsed=False)
        node = self.graph.nodes[key]
        override = parsed and not node["parsed"]
        title = node.get("title")
        for name, value in fields.items():
            if value is not None and (override or node.get(name) is None):
                node[name] = value
        node["parsed"] = node["parsed"] or parsed
        if node.get("title") != title:
            self._index(key)

    def _add_task(self, doc: str, variant: str, order: int, task: Task,
                  citations: dict[str, Citation], language: str) -> None:
        key = f"task:{doc}#{task.id}{variant}"
        deadline = task.deadline
        self.graph.add_node(key, **_clean(
            kind=TASK, doc=doc, task_id=task.id, action=task.action, language=language,
            variant=variant.lstrip("@") or None,
            order=order, confidence=task.confidence, page=task.page,
            section=" › ".join(task.section) or None,
            deadline_text=deadline and deadline.text,
            deadline_start=deadline and _iso(deadline.start),
            deadline_end=deadline and _iso(deadline.end),
            deadline_granularity=deadline and deadline.granularity,
            recurrence=deadline and deadline.recurrence))
        self.graph.add_edge(doc, key, key=HAS_TASK, relation=HAS_TASK, order=order)
        for cid in task.citations:
            citation = citations.get(cid)
            if citation is not None and citation.key and citation.key != doc:
                self.graph.add_edge(key, citation.key, key=BASED_ON, relation=BASED_ON,
                                    **_clean(citation=cid, pinpoint=citation.pinpoint))
        for agency in task.assignees:
            self.graph.add_edge(key, self._add_agency(agency), key=ASSIGNED_TO,
                                relation=ASSIGNED_TO, doc=doc, name=agency.name)
        for agency in task.coordinators:
            self.graph.add_edge(self._add_agency(agency), key, key=COORDINATES,
                                relation=COORDINATES, doc=doc, name=agency.name)

    def _add_agency(self, agency: Agency) -> str:
        key = agency_key(agency)
        registered = None if agency.id else _registry_entry(agency.name)
        if key not in self.graph:
            self.graph.add_node(key, kind=AGENCY, names=[])
        node = self.graph.nodes[key]
        changed = False
        for source in (agency, registered):
            if source is None:
                continue
            for attr, value in (("agency_id", source.id), ("canonical_vi", source.canonical_vi),
                                ("canonical_en", source.canonical_en),
                                ("abbreviation", source.abbreviation), ("agency_kind", source.kind)):
                if value and not node.get(attr):
                    node[attr] = changed = value
        extra = [n for n in (agency.name, *agency.aliases) if n and n not in node["names"]]
        if extra:
            node["names"] = sorted({*node["names"], *extra})
        name = node.get("canonical_vi") or node.get("name") or agency.name
        if extra or changed or name != node.get("name"):
            node["name"] = name
            self._index(key)  # only when a name form is new: agencies recur in every notice
        return key

    def _index(self, key: str) -> None:
        node = self.graph.nodes[key]
        if node.get("kind") == AGENCY:
            forms = [key, node.get("name"), node.get("canonical_vi"), node.get("canonical_en"),
                     node.get("abbreviation"), node.get("agency_id"), *node.get("names", [])]
            for form in filter(None, forms):
                self._agency_names.setdefault(_name_key(form), set()).add(key)
        elif node.get("kind") == DOCUMENT and node.get("title"):
            self._titles.setdefault(_loose(node["title"]), set()).add(key)

    # ----------------------------------------------------------------- lookups

    def document(self, query: str) -> str:
        """Key of the document a user means; :class:`UnknownDocumentError` when there is none."""
        query = query.strip()
        if self._kind(query) == DOCUMENT:
            return query
        for candidate in (document_key(query), _number_or_title_key(query),
                          title_key(query), "source:" + query):
            if self._kind(candidate) == DOCUMENT:
                return candidate
        titled = self._titles.get(_loose(query), set())
        if len(titled) == 1:
            return next(iter(titled))
        raise UnknownDocumentError(query, sorted(titled) or self._similar_documents(query))

    def _similar_documents(self, query: str, limit: int = 5) -> list[str]:
        """Documents sharing the query's leading number, or a close title (for error messages)."""
        key = _number_or_title_key(query)
        lead = re.match(r"\d+", key)
        if lead:
            prefix = re.compile(re.escape(lead.group(0)) + r"(?!\d)")
            return sorted(k for k in self._documents() if prefix.match(k))[:limit]
        words = _loose(query)
        return sorted(k for title, keys in self._titles.items() if words and words in title
                      for k in keys)[:limit]

    def agencies(self, query: str) -> list[str]:
        """Agency keys meant by an id, name (vi or en) or abbreviation; error when none or ambiguous.

        A name can map to several nodes (an agency once resolved to the
        registry and once not); all of them are returned, as one agency.
        """
        query = query.strip()
        if self._kind(query) == AGENCY:
            return [query]
        registered = _registry_entry(query)
        if registered and registered.id and self._kind(registered.id) == AGENCY:
            return [registered.id]
        if self._kind(_unregistered_key(query)) == AGENCY:
            return [_unregistered_key(query)]
        folded = _name_key(query)
        exact = self._agency_names.get(folded)
        if exact:
            return sorted(exact)
        partial = sorted({k for name, keys in self._agency_names.items()
                          if folded and folded in name for k in keys})
        if len(partial) == 1:
            return partial
        raise UnknownAgencyError(query, [f"{k} ({self.graph.nodes[k]['name']})" for k in partial])

    def _kind(self, key: str) -> Optional[str]:
        node = self.graph.nodes.get(key)
        return node.get("kind") if node is not None else None

    def _documents(self) -> Iterator[str]:
        return (k for k, kind in self.graph.nodes(data="kind") if kind == DOCUMENT)

    def _neighbours(self, key: str, relation: str, reverse: bool = False) -> Iterator[tuple[str, dict]]:
        """(neighbour, edge attributes) over edges of one relation, out (or in with reverse)."""
        # networkx's own adjacency dicts: its read-only views cost more than the query itself
        adjacency = self.graph._pred[key] if reverse else self.graph._succ[key]
        for other, edges in adjacency.items():
            for attrs in edges.values():
                if attrs["relation"] == relation:
                    yield other, attrs

    # ----------------------------------------------------------------- queries

    def cites(self, doc: str) -> list[dict]:
        """Documents that ``doc`` cites, in citing order, with pinpoint and citing text."""
        key = self.document(doc)
        rows: dict[str, dict] = {}
        for target, edge in sorted(self._neighbours(key, CITES), key=lambda e: e[1].get("order", 0)):
            row = rows.setdefault(target, {**self._document_row(target), "pinpoint": None, "text": None})
            row["pinpoint"] = row["pinpoint"] or edge.get("pinpoint")
            row["text"] = row["text"] or edge.get("text")
        return list(rows.values())

    def cited_by(self, doc: str, depth: Optional[int] = 1) -> list[dict]:
        """Documents citing ``doc`` directly (depth 1) or through a chain up to ``depth`` (None: any)."""
        key = self.document(doc)
        rows = []
        for citing, distance, via, edge in self._walk(
                key, lambda n: self._neighbours(n, CITES, reverse=True), depth):
            rows.append({**self._document_row(citing), "depth": distance, "cites": via,
                         "pinpoint": edge.get("pinpoint"), "text": edge.get("text")})
        return sorted(rows, key=lambda r: (r["depth"], r["date"] or "", r["key"]))

    def tasks_based_on(self, doc: str, all_texts: bool = False) -> list[dict]:
        """Tasks whose text invokes ``doc`` (their ``based_on`` edges), by document and order.

        Tasks read from a second text of a document (its translation) are
        the same tasks again and are left out unless ``all_texts``.
        """
        key = self.document(doc)
        rows = [{**self._task_row(task), "pinpoint": edge.get("pinpoint")}
                for task, edge in self._neighbours(key, BASED_ON, reverse=True)
                if all_texts or "variant" not in self.graph.nodes[task]]
        return sorted(rows, key=lambda r: (r["doc"], r["order"], r["key"]))

    def tasks_for_agency(self, agency: str, due_before: dt.date | str | None = None,
                         open_only: bool = False, today: dt.date | None = None,
                         role: str = "assignee", all_texts: bool = False) -> list[dict]:
        """Tasks of an agency, soonest deadline first, with the documents each rests on.

        ``role``: assignee, coordinator or any. ``due_before``: deadline on or
        before that date (tasks without a deadline drop out). ``open_only``:
        deadline not yet past on ``today`` or no deadline (the schema has no
        completion status, so "open" can only mean "not overdue").
        ``all_texts``: as in :meth:`tasks_based_on`.
        """
        if role not in ROLES:
            raise GraphError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        limit = _as_date(due_before)
        today = today or dt.date.today()
        rows = {}
        for agency_key_ in self.agencies(agency):
            relations = []
            if role in ("assignee", "any"):
                relations.append((ASSIGNED_TO, True, "assignee"))
            if role in ("coordinator", "any"):
                relations.append((COORDINATES, False, "coordinator"))
            for relation, reverse, role_name in relations:
                for task, _ in self._neighbours(agency_key_, relation, reverse=reverse):
                    node = self.graph._node[task]
                    if "variant" in node and not all_texts:
                        continue
                    end = node.get("deadline_end")
                    if limit and (end is None or end > limit.isoformat()):
                        continue
                    if open_only and end is not None and end < today.isoformat():
                        continue
                    row = rows.setdefault(task, {**self._task_row(task), "role": role_name,
                                                 "agency": agency_key_})
                    if row["role"] != role_name:
                        row["role"] = "assignee"  # named both ways: the assignment is what counts
        return sorted(rows.values(), key=lambda r: (r["deadline_end"] or "9999", r["doc"], r["order"]))

    def most_cited(self, n: int = 10) -> list[dict]:
        """The ``n`` documents cited by the most distinct documents."""
        nodes = self.graph._node
        counts: dict[str, int] = {}
        for citing in self._documents():
            # document -> document edges are all citations (tasks hang off has_task)
            for cited in self.graph._succ[citing]:
                if nodes[cited]["kind"] == DOCUMENT:
                    counts[cited] = counts.get(cited, 0) + 1
        top = heapq.nsmallest(n, ((-c, k) for k, c in counts.items()))
        return [{"rank": rank, **self._document_row(k), "cited_by": -c}
                for rank, (c, k) in enumerate(top, start=1)]

    def path(self, doc_a: str, doc_b: str) -> list[dict]:
        """Shortest chain from ``doc_a`` to ``doc_b``.

        A citation chain a → … → b when one exists, else b → … → a, else the
        shortest link through any relation (shared tasks, agencies). Each
        step names the relation and its direction (``->`` along the edge).
        """
        a, b = self.document(doc_a), self.document(doc_b)
        cites_out = lambda n: (v for v, _ in self._neighbours(n, CITES))  # noqa: E731
        cites_in = lambda n: (u for u, _ in self._neighbours(n, CITES, reverse=True))  # noqa: E731
        nodes = (_bidirectional_bfs(a, b, cites_out, cites_in)
                 or _bidirectional_bfs(a, b, cites_in, cites_out)
                 or _bidirectional_bfs(a, b, self._any_neighbour, self._any_neighbour))
        if nodes is None:
            raise NoPathError(f"no path between {a!r} and {b!r}")
        steps = []
        for index, node in enumerate(nodes):
            relation, direction = (None, None) if index == 0 else self._link(nodes[index - 1], node)
            steps.append({"step": index, "key": node, "kind": self.graph.nodes[node]["kind"],
                          "label": self.label(node), "relation": relation, "direction": direction})
        return steps

    def _any_neighbour(self, node: str) -> Iterator[str]:
        yield from self.graph.succ[node]
        yield from self.graph.pred[node]

    def _link(self, u: str, v: str) -> tuple[str, str]:
        edges = self.graph.succ[u].get(v)
        if edges:
            return next(iter(edges.values()))["relation"], "->"
        return next(iter(self.graph.succ[v][u].values()))["relation"], "<-"

    def _walk(self, start: str, neighbours: Callable[[str], Iterable[tuple[str, dict]]],
              depth: Optional[int]) -> Iterator[tuple[str, int, str, dict]]:
        """Breadth-first (node, distance, predecessor, edge that reached it) from ``start``, excluding it."""
        seen, queue = {start}, deque([(start, 0)])
        while queue:
            node, distance = queue.popleft()
            if depth is not None and distance >= depth:
                continue
            for other, edge in neighbours(node):
                if other not in seen:
                    seen.add(other)
                    queue.append((other, distance + 1))
                    yield other, distance + 1, node, edge

    # ----------------------------------------------------------------- rows and labels

    def _document_row(self, key: str) -> dict:
        node = self.graph._node[key]
        return {"key": key, "number": node.get("number"), "doc_type": node.get("doc_type"),
                "issuer": node.get("issuer"), "date": node.get("date"), "title": node.get("title"),
                "parsed": node["parsed"]}

    def _task_row(self, key: str) -> dict:
        # one pass over the task's own adjacency dicts: agencies list thousands of task rows
        nodes = self.graph._node
        node = nodes[key]
        doc = node["doc"]
        rests_on, assignees, coordinators = set(), [], []
        for other, edges in self.graph._succ[key].items():
            for attrs in edges.values():
                if attrs["relation"] == BASED_ON:
                    rests_on.add(other)
                elif attrs["relation"] == ASSIGNED_TO:
                    assignees.append(nodes[other]["name"])
        for other, edges in self.graph._pred[key].items():
            for attrs in edges.values():
                if attrs["relation"] == COORDINATES:
                    coordinators.append(nodes[other]["name"])
        return {"key": key, "doc": doc, "doc_number": nodes[doc].get("number"),
                "task_id": node["task_id"], "order": node["order"], "language": node.get("language"),
                "assignees": assignees, "coordinators": coordinators,
                "deadline_end": node.get("deadline_end"),
                "deadline_granularity": node.get("deadline_granularity"),
                "deadline_text": node.get("deadline_text"),
                "action": node["action"], "based_on": sorted(rests_on)}

    def label(self, key: str) -> str:
        """Short display name of a node: number, title, task id or agency abbreviation."""
        node = self.graph.nodes[key]
        if node["kind"] == DOCUMENT:
            if node.get("number") or node.get("title"):
                return node.get("number") or _shorten(node["title"], 40)
            # a notice without a number: its file name, not the whole path
            return Path(key[len("source:"):]).name if key.startswith("source:") else key
        if node["kind"] == TASK:
            return f"{self.graph.nodes[node['doc']].get('number') or node['doc']} {node['task_id']}"
        return node.get("abbreviation") or _shorten(node["name"], 40)

    def stats(self) -> dict:
        """Counts of nodes by kind (documents split into parsed and stubs) and edges by relation."""
        counts = {"documents": 0, "parsed": 0, "stubs": 0, "tasks": 0, "agencies": 0}
        for _, node in self.graph.nodes(data=True):
            kind = node["kind"]
            counts[{DOCUMENT: "documents", TASK: "tasks", AGENCY: "agencies"}[kind]] += 1
            if kind == DOCUMENT:
                counts["parsed" if node["parsed"] else "stubs"] += 1
        relations: dict[str, int] = {}
        for _, _, relation in self.graph.edges(data="relation"):
            relations[relation] = relations.get(relation, 0) + 1
        return {**counts, "edges": self.graph.number_of_edges(), "relations": dict(sorted(relations.items()))}

    # ----------------------------------------------------------------- persistence

    def to_json(self) -> str:
        """Stable node-link JSON: header, then one sorted node or edge per line."""
        header = {"format": FORMAT, "version": FORMAT_VERSION, "directed": True,
                  "multigraph": True, "graph": dict(self.graph.graph)}
        dump = _ENCODER.encode
        nodes = [dump({**attrs, "id": key}) for key, attrs in sorted(self.graph.nodes(data=True))]
        edges = [dump({**attrs, "source": u, "target": v, "key": k})
                 for u, v, k, attrs in self._sorted_edges()]
        return (dump(header)[:-1] + ',\n"nodes":[\n' + ",\n".join(nodes) + '\n],\n"edges":[\n'
                + ",\n".join(edges) + "\n]}\n")

    @classmethod
    @_gc_paused
    def from_json(cls, text: str) -> "CitationGraph":
        """Inverse of :meth:`to_json`; :class:`GraphFormatError` for other files or newer versions."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GraphFormatError(f"not a graph file: invalid JSON ({exc})") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise GraphFormatError(f"not a notice-parser graph file (no \"format\": \"{FORMAT}\")")
        if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
            raise GraphFormatError(f"graph format version {data.get('version')!r} is newer than "
                                   f"this notice-parser reads ({FORMAT_VERSION}); rebuild the graph")
        graph = _networkx().MultiDiGraph(**data.get("graph", {}))
        # Filled the way MultiDiGraph.add_node/add_edge fill them (succ[u][v] and pred[v][u]
        # share one key dict), without their per-call checks: loading is what a CLI query
        # waits for, and add_edge alone took half of it.
        nodes, succ, pred = graph._node, graph._succ, graph._pred
        try:
            for attrs in data["nodes"]:
                key = attrs.pop("id")
                nodes[key], succ[key], pred[key] = attrs, {}, {}
            for attrs in data["edges"]:
                u, v, key = attrs.pop("source"), attrs.pop("target"), attrs.pop("key")
                if u not in nodes or v not in nodes:
                    raise KeyError(f"edge {u!r} -> {v!r} names an unknown node")
                keys = succ[u].get(v)
                if keys is None:
                    keys = succ[u][v] = pred[v][u] = {}
                keys[key] = attrs
        except (KeyError, TypeError, AttributeError) as exc:
            raise GraphFormatError(f"malformed graph file: {exc!r}") from exc
        return cls(graph)

    def _sorted_edges(self) -> Iterator[tuple[str, str, str, dict]]:
        """(source, target, key, attributes), sorted; straight from the adjacency dicts (fast)."""
        succ = self.graph._succ
        for u in sorted(succ):
            for v in sorted(succ[u]):
                for k, attrs in sorted(succ[u][v].items()):
                    yield u, v, k, attrs

    def save(self, path: str | os.PathLike) -> None:
        """Write :meth:`to_json` atomically (a crash leaves the old file)."""
        _write_atomically(Path(path), self.to_json())

    @classmethod
    def load(cls, path: str | os.PathLike) -> "CitationGraph":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GraphError(f"no graph file {path}; run 'notice-parser graph build' first") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise GraphError(f"cannot read {path}: {exc}") from exc
        return cls.from_json(text)

    def export(self, path: str | os.PathLike, fmt: Optional[str] = None) -> None:
        """Write GraphML or GEXF (``fmt`` or the file suffix); attributes flattened to scalars."""
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        nx = _networkx()
        writers = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}
        if fmt not in writers:
            raise GraphError(f"export format must be graphml or gexf, not {fmt or path.name!r}")
        writers[fmt](self._flat_copy(unique_edge_ids=fmt == "gexf"), path)

    def _flat_copy(self, unique_edge_ids: bool) -> nx.MultiDiGraph:
        """Copy with GraphML/GEXF-safe attributes: no None, lists joined with '; ', a label."""
        flat = _networkx().MultiDiGraph()
        for key, attrs in self.graph.nodes(data=True):
            flat.add_node(key, **_flat(attrs), label=self.label(key))
        for index, (u, v, k, attrs) in enumerate(self._sorted_edges()):
            extra = {"id": f"e{index}"} if unique_edge_ids else {}
            flat.add_edge(u, v, key=k, **_flat(attrs), **extra)
        return flat

    # ----------------------------------------------------------------- drawing

    def neighbourhood(self, doc: str, depth: int = 2, max_nodes: int = 150,
                      fanout: int = 12) -> tuple[dict, int]:
        """Nodes within ``depth`` links of a document: {node: (distance, parent)}, and how many were cut.

        Links are followed both ways. The focus shows up to ``max_nodes``
        neighbours, every further node at most ``fanout`` new ones, so passing
        through a hub (a resolution cited thousands of times) does not drown
        the picture; documents come before tasks, tasks before agencies.
        """
        focus = self.document(doc)
        kept: dict[str, tuple[int, Optional[str]]] = {focus: (0, None)}
        frontier, dropped = [focus], set()
        for distance in range(1, depth + 1):
            following = []
            for node in frontier:
                fresh = sorted((n for n in set(self._any_neighbour(node)) if n not in kept),
                               key=self._draw_order)
                room = max(0, min(max_nodes - len(kept), max_nodes if node == focus else fanout))
                for other in fresh[:room]:
                    kept[other] = (distance, node)
                    dropped.discard(other)
                    following.append(other)
                dropped.update(fresh[room:])
            frontier = following
        return kept, len(dropped)

    def _draw_order(self, key: str) -> tuple:
        return ({DOCUMENT: 0, TASK: 1, AGENCY: 2}[self.graph.nodes[key]["kind"]], key)

    def render_svg(self, doc: str, depth: int = 2, max_nodes: int = 150,
                   standalone: bool = True) -> str:
        """SVG drawing of a document's neighbourhood, laid out in rings around it."""
        kept, dropped = self.neighbourhood(doc, depth, max_nodes)
        return _Drawing(self, kept, dropped).svg(standalone)

    def render_html(self, doc: str, depth: int = 2, max_nodes: int = 150) -> str:
        """Self-contained HTML page (inline SVG, CSS, JS; no external resources)."""
        kept, dropped = self.neighbourhood(doc, depth, max_nodes)
        focus = next(iter(kept))
        svg = _Drawing(self, kept, dropped).svg(standalone=False)
        title = escape(f"{self.label(focus)} — citation graph")
        return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
                f"<title>{title}</title>\n<style>{_HTML_CSS}</style>\n</head>\n<body>\n"
                f'<h1>{title}</h1>\n<pre id="info">Hover a node for its details.</pre>\n'
                f"{svg}\n<script>{_HTML_JS}</script>\n</body>\n</html>\n")

    def draw(self, doc: str, path: str | os.PathLike, depth: int = 2, max_nodes: int = 150) -> None:
        """Write the neighbourhood drawing to ``path``: ``.svg`` or ``.html``."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".svg":
            text = self.render_svg(doc, depth, max_nodes)
        elif suffix in (".html", ".htm"):
            text = self.render_html(doc, depth, max_nodes)
        else:
            raise GraphError(f"drawing file must end in .svg or .html, not {path.name!r}")
        _write_atomically(path, text)


@_gc_paused
def build_graph(notices: Iterable[Notice]) -> CitationGraph:
    """Graph of parsed notices, independent of their order.

    Vietnamese texts are added first: the Vietnamese tasks of a document
    keep the plain ``task:<doc>#<id>`` keys, and a document cited in both
    languages shows its number and issuer as Vietnamese texts write them
    ("06/QĐ-TTg", not the translation's "06/QD-TTg").
    """
    graph = CitationGraph()
    for notice in sorted(notices, key=lambda n: (n.language != "vi", notice_key(n),
                                                 _source_identity(n))):
        graph.add_notice(notice)
    return graph


def _bidirectional_bfs(a: str, b: str, forward: Callable[[str], Iterable[str]],
                       backward: Callable[[str], Iterable[str]]) -> Optional[list[str]]:
    """Nodes of a shortest a → b path (``forward`` from a, ``backward`` from b), or None."""
    if a == b:
        return [a]
    parents_a, parents_b = {a: None}, {b: None}
    front_a, front_b = [a], [b]
    while front_a and front_b:
        grow_a = len(front_a) <= len(front_b)
        front, parents, others, step = ((front_a, parents_a, parents_b, forward) if grow_a
                                        else (front_b, parents_b, parents_a, backward))
        following = []
        for node in front:
            for other in step(node):
                if other in parents:
                    continue
                parents[other] = node
                if other in others:
                    return _join(other, parents_a, parents_b)
                following.append(other)
        if grow_a:
            front_a = following
        else:
            front_b = following
    return None


def _join(meeting: str, parents_a: dict, parents_b: dict) -> list[str]:
    left, node = [], meeting
    while node is not None:
        left.append(node)
        node = parents_a[node]
    right, node = [], parents_b[meeting]
    while node is not None:
        right.append(node)
        node = parents_b[node]
    return left[::-1] + right


# --------------------------------------------------------------------------- drawing

_COLOURS = {"parsed": "#2b6cb0", "stub": "#ffffff", TASK: "#dd6b20", AGENCY: "#2f855a"}
_EDGE_COLOURS = {CITES: "#2b6cb0", HAS_TASK: "#a0aec0", BASED_ON: "#805ad5",
                 ASSIGNED_TO: "#dd6b20", COORDINATES: "#2f855a"}
_RING_GAP, _MIN_SPACING, _MARGIN = 170.0, 30.0, 190.0


class _Drawing:
    """Radial layout: the focus in the centre, each further hop on the next ring.

    A ring's nodes keep their parents' angular order, so branches stay
    together; positions depend only on the graph, never on randomness.
    """

    def __init__(self, graph: CitationGraph, kept: dict, dropped: int):
        self.graph, self.kept, self.dropped = graph, kept, dropped
        self.ids = {key: f"n{index}" for index, key in enumerate(kept)}
        self.positions = self._layout()

    def _layout(self) -> dict[str, tuple[float, float]]:
        rings: dict[int, list[str]] = {}
        for key, (distance, _) in self.kept.items():
            rings.setdefault(distance, []).append(key)
        angles, radius = {}, 0.0
        positions = {}
        for distance in sorted(rings):
            members = rings[distance]
            if distance == 0:
                angles[members[0]] = -math.pi / 2
                positions[members[0]] = (0.0, 0.0)
                continue
            members.sort(key=lambda k: (angles[self.kept[k][1]], self.graph._draw_order(k)))
            radius = max(radius + _RING_GAP, len(members) * _MIN_SPACING / (2 * math.pi))
            for index, key in enumerate(members):
                angle = -math.pi / 2 + 2 * math.pi * index / len(members)
                angles[key] = angle
                positions[key] = (radius * math.cos(angle), radius * math.sin(angle))
        self.radius = radius
        return positions

    def svg(self, standalone: bool) -> str:
        half = self.radius + _MARGIN
        size = 2 * half
        namespace = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
        parts = [f'<svg{namespace} viewBox="{-half:.0f} {-half:.0f} {size:.0f} {size:.0f}" '
                 f'width="{size:.0f}" height="{size:.0f}" font-family="sans-serif" font-size="11">',
                 "<defs>" + "".join(
                     f'<marker id="arrow-{rel}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                     f'markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="{colour}"/></marker>'
                     for rel, colour in _EDGE_COLOURS.items()) + "</defs>",
                 '<g class="edges">', *self._edges(), "</g>", '<g class="nodes">', *self._nodes(), "</g>",
                 *self._legend(-half + 10, -half + 10), "</svg>"]
        text = "\n".join(parts)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n" if standalone else text

    def _edges(self) -> Iterator[str]:
        drawn = set()
        for u, v, relation in sorted(self.graph.graph.subgraph(self.kept).edges(data="relation")):
            if (u, v, relation) in drawn:
                continue
            drawn.add((u, v, relation))
            (x1, y1), (x2, y2) = self.positions[u], self.positions[v]
            length = math.hypot(x2 - x1, y2 - y1) or 1.0
            # stop short of the target's shape so the arrow head shows
            x2, y2 = x2 - (x2 - x1) * 12 / length, y2 - (y2 - y1) * 12 / length
            yield (f'<line class="edge {relation}" data-ends="{self.ids[u]} {self.ids[v]}" '
                   f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke="{_EDGE_COLOURS[relation]}" stroke-width="1.2" '
                   f'marker-end="url(#arrow-{relation})"><title>{escape(relation)}</title></line>')

    def _nodes(self) -> Iterator[str]:
        for key, (distance, _) in self.kept.items():
            node = self.graph.graph.nodes[key]
            x, y = self.positions[key]
            label = self.graph.label(key)
            info = self._info(key)
            shape = self._shape(node, x, y, focus=distance == 0)
            anchor = "middle" if distance == 0 else ("start" if x >= -1 else "end")
            dx = 0 if distance == 0 else (12 if x >= -1 else -12)
            dy = 26 if distance == 0 else 4
            yield (f'<g class="node {node["kind"]}" id="{self.ids[key]}" data-key={quoteattr(key)} '
                   f'data-info={quoteattr(info)}>{shape}'
                   f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{escape(label)}</text>'
                   f"<title>{escape(info)}</title></g>")

    @staticmethod
    def _shape(node: dict, x: float, y: float, focus: bool) -> str:
        stroke = ' stroke="#1a202c" stroke-width="3"' if focus else ' stroke="#2d3748" stroke-width="1"'
        if node["kind"] == DOCUMENT:
            fill = _COLOURS["parsed" if node["parsed"] else "stub"]
            return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{14 if focus else 9}" fill="{fill}"{stroke}/>'
        if node["kind"] == TASK:
            return (f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" '
                    f'fill="{_COLOURS[TASK]}"{stroke}/>')
        points = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in ((0, -9), (9, 0), (0, 9), (-9, 0)))
        return f'<polygon points="{points}" fill="{_COLOURS[AGENCY]}"{stroke}/>'

    def _info(self, key: str) -> str:
        node = self.graph.graph.nodes[key]
        lines = [key]
        for attr in ("number", "doc_type", "issuer", "date", "title", "name", "canonical_en",
                     "deadline_text", "deadline_end", "action"):
            if node.get(attr):
                lines.append(f"{attr}: {_shorten(str(node[attr]), 160)}")
        if node["kind"] == DOCUMENT and not node["parsed"]:
            lines.append("(cited only: not parsed)")
        return "\n".join(lines)

    def _legend(self, x: float, y: float) -> list[str]:
        items = [("parsed document", f'<circle cx="6" cy="0" r="6" fill="{_COLOURS["parsed"]}" stroke="#2d3748"/>'),
                 ("cited document (not parsed)", f'<circle cx="6" cy="0" r="6" fill="{_COLOURS["stub"]}" stroke="#2d3748"/>'),
                 ("task", f'<rect x="0" y="-6" width="12" height="12" fill="{_COLOURS[TASK]}"/>'),
                 ("agency", f'<polygon points="6,-7 13,0 6,7 -1,0" fill="{_COLOURS[AGENCY]}"/>')]
        items += [(relation, f'<line x1="0" y1="0" x2="12" y2="0" stroke="{colour}" stroke-width="2"/>')
                  for relation, colour in _EDGE_COLOURS.items()]
        if self.dropped:
            items.append((f"{self.dropped} more nodes not shown", ""))
        return ['<g class="legend">'] + [
            f'<g transform="translate({x:.0f},{y + 16 * index:.0f})">{icon}'
            f'<text x="18" y="4">{escape(text)}</text></g>' for index, (text, icon) in enumerate(items)
        ] + ["</g>"]


_HTML_CSS = """
body { font-family: sans-serif; margin: 0; }
h1 { font-size: 16px; margin: 8px 12px; }
#info { position: fixed; top: 8px; right: 8px; max-width: 420px; white-space: pre-wrap;
        background: #f7fafc; border: 1px solid #cbd5e0; padding: 8px; font-size: 12px; margin: 0; }
svg { width: 100%; height: auto; }
.edge.hot { stroke-width: 3; }
g.node:hover { cursor: pointer; }
g.node.hot text { font-weight: bold; }
"""

# Kept free of '<' and '&' so the page stays well-formed XML.
_HTML_JS = """
(function () {
  var info = document.getElementById("info");
  function mark(node, on) {
    node.classList.toggle("hot", on);
    document.querySelectorAll('[data-ends~="' + node.id + '"]').forEach(function (edge) {
      edge.classList.toggle("hot", on);
    });
  }
  document.querySelectorAll("g.node").forEach(function (node) {
    node.addEventListener("mouseenter", function () {
      mark(node, true);
      info.textContent = node.getAttribute("data-info");
    });
    node.addEventListener("mouseleave", function () { mark(node, false); });
  });
})();
"""


# --------------------------------------------------------------------------- helpers

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))

def _iso(value: Optional[dt.date]) -> Optional[str]:
    return value.isoformat() if value else None


def _as_date(value: dt.date | str | None) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise GraphError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _clean(**attrs) -> dict:
    """Attributes without None values or empty lists (absent, not null, in every format)."""
    return {k: v for k, v in attrs.items() if v is not None and v != []}


def _flat(attrs: dict) -> dict:
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v
            for k, v in attrs.items() if v is not None}


def _shorten(text: str, width: int) -> str:
    text = collapse_spaces(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
