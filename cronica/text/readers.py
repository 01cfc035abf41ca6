"""readers: turn CLI inputs (files, directories, JSONL, HTML, stdin) into Documents.

``iter_documents`` yields one ``Document`` per readable document and one
``InputError`` per document that could not be read, so a caller can report it
and go on with the others. It never raises for bad input.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from cronica.errors import InputError
from cronica.model import Document

#: Documents longer than this (characters) are refused; override with --max-chars.
DEFAULT_MAX_CHARS = 1_000_000
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")

Item = Union[Document, InputError]


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text", source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte {e.start}): convert it to UTF-8 first", source) from None
    return text


def _read_bytes(path: Path, max_chars: int) -> bytes:
    size = path.stat().st_size
    # UTF-8 takes at most 4 bytes a character: refuse without reading what can't fit.
    if size > 4 * max_chars:
        raise InputError(
            f"too large ({size:,} bytes > --max-chars {max_chars:,} characters); "
            "split it or raise --max-chars", str(path))
    return path.read_bytes()


def _check_text(text: str, source: str, max_chars: int) -> str:
    if not text.strip():
        raise InputError("empty document (no text)", source)
    if len(text) > max_chars:
        raise InputError(
            f"too large ({len(text):,} characters > --max-chars {max_chars:,}); "
            "split it or raise --max-chars", source)
    return text


def check_published(value: object, source: str) -> Optional[str]:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _PUBLISHED.match(value):
        raise InputError(f"'published' must be YYYY-MM-DD, YYYY-MM or null, got {value!r}", source)
    return value


def read_text(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    source = str(path)
    text = _check_text(_decode(_read_bytes(path, max_chars), source), source, max_chars)
    return Document(id=path.stem, text=text, source=source)


def read_html(path: Path, max_chars: int = DEFAULT_MAX_CHARS, published: Optional[str] = None) -> Document:
    from cronica.text.html import extract_article

    source = str(path)
    html = _decode(_read_bytes(path, max_chars), source)
    if not html.strip():
        raise InputError("empty document (no text)", source)
    art = extract_article(html, source)
    text = _check_text(art.text, source, max_chars)
    return Document(id=path.stem, text=text, published=published or art.published,
                    title=art.title, url=art.url, source=source)


def iter_jsonl(stream: Iterable[Union[str, bytes]], source: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Documents of a JSONL stream, one line at a time (bounded memory for big corpora)."""
    stem = Path(source).stem if source != "-" else "stdin"
    for lineno, line in enumerate(stream, 1):
        where = f"{source}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield InputError(f"line is not valid UTF-8 (byte {e.start})", where)
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"line is not valid JSON ({e.msg})", where)
            continue
        if not isinstance(obj, dict):
            yield InputError("line is not a JSON object", where)
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield InputError("line has no 'text' string", where)
            continue
        doc_id = obj.get("id")
        doc_id = str(doc_id) if doc_id is not None else f"{stem}:{lineno}"
        try:
            _check_text(text, f"{where} (id {doc_id})", max_chars)
            published = check_published(obj.get("published"), f"{where} (id {doc_id})")
        except InputError as e:
            yield e
            continue
        yield Document(id=doc_id, text=text, published=published, title=obj.get("title"),
                       url=obj.get("url"), source=where)


def _iter_path(path: Path, max_chars: int, published: Optional[str]) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as f:  # a corpus: streamed line by line
                yield from iter_jsonl(f, str(path), max_chars)
            return
        if suffix == ".gz" and Path(path.stem).suffix.lower() in JSONL_SUFFIXES:
            with gzip.open(path, "rb") as f:
                yield from iter_jsonl(f, str(path), max_chars)
            return
        if suffix in HTML_SUFFIXES:
            yield read_html(path, max_chars, published)
            return
        if suffix in TEXT_SUFFIXES or suffix == "":
            doc = read_text(path, max_chars)
            doc.published = published
            yield doc
            return
        yield InputError(f"unknown extension {suffix!r} (expected .txt, .html, .jsonl, .jsonl.gz or a directory;"
                         " CSV corpora go through `cronica batch --text-column`)", str(path))
    except InputError as e:
        yield e
    except (EOFError, gzip.BadGzipFile) as e:
        yield InputError(f"broken gzip file: {e}", str(path))
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror or e}", str(path))


def _iter_stdin(stream: IO[str], max_chars: int, published: Optional[str]) -> Iterator[Item]:
    try:
        data = stream.read()
    except UnicodeDecodeError:
        yield InputError("not valid UTF-8", "-")
        return
    stripped = data.lstrip()
    if stripped.startswith("{"):
        yield from iter_jsonl(io.StringIO(data), "-", max_chars)
        return
    if stripped[:200].lower().startswith(("<!doctype html", "<html")):
        from cronica.text.html import extract_article
        try:
            art = extract_article(data, "-")
            yield Document(id="stdin", text=_check_text(art.text, "-", max_chars),
                           published=published or art.published, title=art.title, source="-")
        except InputError as e:
            yield e
        return
    try:
        yield Document(id="stdin", text=_check_text(data, "-", max_chars), published=published, source="-")
    except InputError as e:
        yield e


def iter_documents(inputs: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS,
                   published: Optional[str] = None, stdin: Optional[IO[str]] = None) -> Iterator[Item]:
    """Documents from files, directories (recursively, sorted), JSONL files and '-' (stdin).

    ``published`` applies to plain-text and HTML inputs that carry no date of their own.
    """
    for raw in inputs:
        if raw == "-":
            yield from _iter_stdin(stdin or sys.stdin, max_chars, published)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError("directory has no files", raw)
            for f in files:
                yield from _iter_path(f, max_chars, published)
        elif path.exists():
            yield from _iter_path(path, max_chars, published)
        else:
            yield InputError("no such file or directory", raw)
