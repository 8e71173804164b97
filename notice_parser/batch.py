"""Batch conversion: many inputs to one JSON per input, safely and in parallel.

Each output is written atomically (temporary file, then rename), so a batch
killed midway leaves no partial file. An input whose output already records
the same source hash and schema version, made with the same stages (with or
without entities), is skipped unless ``force``. One bad input never stops
the batch: its error is recorded and the rest go on.
"""
from __future__ import annotations

import glob
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import NoticeParseError
from .ingest import DEFAULT_LIMITS, Limits
from .schema import SCHEMA_VERSION

# What a folder contributes; named files may be any. JSON is left out because a
# folder of inputs is often also the output folder, and our outputs are JSON.
INPUT_SUFFIXES = {".txt", ".text", ".pdf", ".rtf", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom",
                  ".md", ".markdown", ".rst", ".org", ".tex", ".textile", ".adoc",
                  ".csv", ".tsv", ".yaml", ".yml", ".sql", ".ipynb", ".eml", ".srt", ".vtt", ".warc",
                  ".docx", ".xlsx", ".odt"}
FAILURES_REPORT = "_failures.json"


@dataclass
class ConvertResult:
    source: str
    output: str | None = None
    status: str = "converted"  # converted | skipped | failed
    reason: str | None = None
    message: str | None = None
    json_text: str | None = None


def expand_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[ConvertResult]]:
    """Files, folders (their readable files, sorted) and globs to a list of files."""
    files: list[Path] = []
    missing: list[ConvertResult] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if matches:
                files.extend(matches)
            else:
                missing.append(ConvertResult(source=item, status="failed", reason="not found",
                                             message="no such file, folder or glob match"))
    seen: set[Path] = set()
    unique = [p for p in files if not (p.resolve() in seen or seen.add(p.resolve()))]
    return unique, missing


def output_names(files: list[Path]) -> dict[Path, str]:
    """``<stem>.json`` per input; a stem used twice keeps its suffix to stay distinct."""
    stems: dict[str, int] = {}
    for path in files:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    return {p: (p.stem if stems[p.stem] == 1 else p.name) + ".json" for p in files}


def convert_one(path: str, language: str | None = None, ocr: str = "auto",
                entities: bool = False, limits: Limits = DEFAULT_LIMITS) -> ConvertResult:
    """Parse one file to its JSON text, capturing any NoticeParseError."""
    from .pipeline import parse

    try:
        notice = parse(Path(path), language=language, ocr=ocr, entities=entities, limits=limits)
    except NoticeParseError as exc:
        return ConvertResult(source=path, status="failed", reason=exc.reason, message=exc.message)
    return ConvertResult(source=path, json_text=notice.model_dump_json(indent=2))


def is_current(output: Path, source: Path, *, entities: bool = False) -> bool:
    """True when ``output`` was made from these exact source bytes by this schema version,
    with the entities stage exactly when ``entities`` (its ``agencies`` is a list then, else null)."""
    import hashlib

    try:
        recorded = json.loads(output.read_text(encoding="utf-8"))
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return False
    return (isinstance(recorded, dict) and recorded.get("source_sha256") == digest
            and recorded.get("schema_version") == SCHEMA_VERSION
            and (recorded.get("agencies") is not None) == entities)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.write("\n")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def convert(files: list[Path], outdir: Path | None, *, workers: int = 1, force: bool = False,
            language: str | None = None, ocr: str = "auto", entities: bool = False,
            limits: Limits = DEFAULT_LIMITS) -> Iterator[ConvertResult]:
    """Convert files, yielding results in input order; writes ``outdir/<stem>.json`` when given."""
    names = output_names(files)
    todo: list[Path] = []
    for path in files:
        if outdir is not None and not force and is_current(outdir / names[path], path, entities=entities):
            continue
        todo.append(path)
    pending = set(todo)
    skipped = {p for p in files if p not in pending}
    results = _run(todo, workers, language, ocr, entities, limits)
    for path in files:
        if path in skipped:
            yield ConvertResult(source=str(path), output=str(outdir / names[path]), status="skipped")
            continue
        result = next(results)
        if result.json_text is not None and outdir is not None:
            target = outdir / names[path]
            write_atomic(target, result.json_text)
            result.output = str(target)
        yield result


def _run(paths: list[Path], workers: int, language: str | None, ocr: str,
         entities: bool, limits: Limits) -> Iterator[ConvertResult]:
    args = [str(p) for p in paths]
    if workers <= 1 or len(args) < 2:
        for path in args:
            yield convert_one(path, language, ocr, entities, limits)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(64, len(args) // (workers * 8) or 1))
        yield from pool.map(convert_one, args, [language] * len(args), [ocr] * len(args),
                            [entities] * len(args), [limits] * len(args), chunksize=chunk)


def write_failures_report(outdir: Path, failures: list[ConvertResult]) -> Path:
    """JSON list of failed inputs with their reasons, next to the outputs."""
    report = [{"source": f.source, "reason": f.reason, "message": f.message} for f in failures]
    target = outdir / FAILURES_REPORT
    write_atomic(target, json.dumps(report, ensure_ascii=False, indent=2))
    return target
