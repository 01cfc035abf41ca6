"""readers: turn CLI inputs (files, directories, JSONL, HTML, stdin) into Documents.

``iter_documents`` yields one ``Document`` per readable document and one
``InputError`` per document that could not be read, so a caller can report it
and go on with the others. It never raises for bad input.

Rules shared by every command that reads documents (extract, ingest, batch):

* **Ids.** A JSONL line's ``id`` (else ``<file name>:<line>``); a ``.txt``/``.html``
  file given on the command line: its name without extension; a file found in a
  directory given on the command line: its path *relative to that directory*,
  without extension, ``/``-separated (``peru/nota1``), so equal names in different
  folders never share an id (:func:`file_name`). An id met a second time in one
  run is refused for that document, with an error naming it (:class:`UniqueIds`):
  a later line never silently replaces an earlier document.
* **Encodings.** UTF-8 (with or without BOM); UTF-16 and UTF-32 with a BOM. A file
  without such a BOM that has NUL bytes in its first 8 KB is binary and refused.
* **NUL characters** (U+0000) inside a document's text, title or URL are replaced by
  spaces, so offsets stay those of the input (:func:`clean_nul`).
* **Directories** are read recursively in sorted order; files and folders whose
  name starts with ``.`` are skipped (:func:`list_directory`).
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from cronica.errors import InputError
from cronica.model import Document

#: Documents longer than this (characters) are refused; override with --max-chars.
DEFAULT_MAX_CHARS = 1_000_000
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Compound suffixes dropped from a file's name to make ids (longest first).
NAME_SUFFIXES = (".jsonl.gz", ".ndjson.gz", ".csv.gz")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")

Item = Union[Document, InputError]


def bom_encoding(head: bytes) -> Optional[str]:
    """The encoding a byte-order mark at the start of ``head`` announces, if any."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def clean_nul(s: Optional[str]) -> Optional[str]:
    """The one rule for NUL characters in text: each becomes a space (offsets kept)."""
    return s.replace("\x00", " ") if s and "\x00" in s else s


def _decode(data: bytes, source: str) -> str:
    enc = bom_encoding(data[:4])
    if enc in ("utf-16", "utf-32"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {enc.upper()} (byte {e.start})", source) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not text", source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte {e.start}): convert it to UTF-8 first", source) from None
    return text


def file_name(path: Path, root: Optional[Path] = None) -> str:
    """The name a file gives its documents' ids: relative to ``root`` (the directory
    given on the command line) when it was found in one, else the bare name; without
    its extension (``.jsonl.gz``, ``.csv.gz`` count as one), ``/``-separated."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    name = rel.name
    low = name.lower()
    for suf in NAME_SUFFIXES:
        if low.endswith(suf):
            name = name[: -len(suf)]
            break
    else:
        name = rel.stem
    return (rel.parent / name).as_posix() if rel.parent != Path(".") else name


def list_directory(path: Path) -> list[Path]:
    """Files under ``path``, recursively, sorted; hidden files and folders skipped."""
    return sorted(p for p in path.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))


class UniqueIds:
    """Refuses a document whose id an earlier document of the same run already had.

    Keeps a 64-bit hash per id (about 70 bytes a document), so a run over millions
    of documents stays in memory.
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def check(self, item: "Item") -> "Item":
        if not isinstance(item, Document):
            return item
        h = int.from_bytes(hashlib.blake2b(item.id.encode("utf-8", "surrogatepass"),
                                           digest_size=8).digest(), "little")
        if h in self._seen:
            return InputError(f"duplicate id {item.id!r}: an earlier document of this run has the "
                              "same id; this one is refused (give each document its own id)",
                              item.source or item.id)
        self._seen.add(h)
        return item


def _read_bytes(path: Path, max_chars: int) -> bytes:
    size = path.stat().st_size
    # UTF-8 takes at most 4 bytes a character: refuse without reading what can't fit.
    if size > 4 * max_chars:
        raise InputError(
            f"too large ({size:,} bytes > --max-chars {max_chars:,} characters); "
            "split it or raise --max-chars", str(path))
    return path.read_bytes()


def _check_text(text: str, source: str, max_chars: int) -> str:
    text = clean_nul(text)
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


def read_text(path: Path, max_chars: int = DEFAULT_MAX_CHARS, doc_id: Optional[str] = None) -> Document:
    source = str(path)
    text = _check_text(_decode(_read_bytes(path, max_chars), source), source, max_chars)
    return Document(id=doc_id or path.stem, text=text, source=source)


def read_html(path: Path, max_chars: int = DEFAULT_MAX_CHARS, published: Optional[str] = None,
              doc_id: Optional[str] = None) -> Document:
    from cronica.text.html import extract_article

    source = str(path)
    html = _decode(_read_bytes(path, max_chars), source)
    if not html.strip():
        raise InputError("empty document (no text)", source)
    art = extract_article(html, source)
    text = _check_text(art.text, source, max_chars)
    return Document(id=doc_id or path.stem, text=text, published=published or art.published,
                    title=clean_nul(art.title), url=clean_nul(art.url), source=source)


def iter_jsonl(stream: Iterable[Union[str, bytes]], source: str, max_chars: int = DEFAULT_MAX_CHARS,
               name: Optional[str] = None) -> Iterator[Item]:
    """Documents of a JSONL stream, one line at a time (bounded memory for big corpora).

    Lines given as bytes are decoded one by one, so a line that is not valid UTF-8
    is one error (``file:line``) and every other line is still read. ``name``
    makes the ids of lines without one (``<name>:<line>``).
    """
    stem = name if name is not None else (file_name(Path(source)) if source != "-" else "stdin")
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
        title, url = obj.get("title"), obj.get("url")
        yield Document(id=doc_id, text=clean_nul(text), published=published,
                       title=clean_nul(title) if isinstance(title, str) else title,
                       url=clean_nul(url) if isinstance(url, str) else url, source=where)


def open_binary(path: Union[str, Path]) -> IO[bytes]:
    return gzip.open(path, "rb") if str(path).lower().endswith(".gz") else open(path, "rb")


def iter_jsonl_file(path: Union[str, Path], max_chars: int = DEFAULT_MAX_CHARS,
                    name: Optional[str] = None) -> Iterator[Item]:
    """Documents of a (gzip-compressed) JSONL file, streamed line by line; UTF-8 lines
    are decoded one at a time (a bad line is one error), UTF-16/32 files with a BOM
    are decoded as a whole stream. Never raises for bad input."""
    source = str(path)
    try:
        with open_binary(path) as fh:
            head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
            enc = bom_encoding(head[:4])
            if enc in ("utf-16", "utf-32"):
                yield from iter_jsonl(io.TextIOWrapper(fh, encoding=enc, newline="\n"), source,
                                      max_chars, name)
                return
            if b"\x00" in head:
                yield InputError("binary file (contains NUL bytes), not text", source)
                return
            yield from iter_jsonl(fh, source, max_chars, name)
    except UnicodeDecodeError as e:  # UTF-16/32 streams only
        yield InputError(f"not valid {e.encoding.upper()} (byte {e.start} of a line); "
                         "the rest of the file is skipped", source)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield InputError(f"broken gzip file: {e}", source)
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror or e}", source)


def _iter_path(path: Path, max_chars: int, published: Optional[str],
               root: Optional[Path] = None) -> Iterator[Item]:
    suffix = path.suffix.lower()
    name = file_name(path, root)
    try:
        if suffix in JSONL_SUFFIXES or (suffix == ".gz" and Path(path.stem).suffix.lower() in JSONL_SUFFIXES):
            yield from iter_jsonl_file(path, max_chars, name)  # a corpus: streamed line by line
            return
        if suffix in HTML_SUFFIXES:
            yield read_html(path, max_chars, published, doc_id=name)
            return
        if suffix in TEXT_SUFFIXES or suffix == "":
            doc = read_text(path, max_chars, doc_id=name)
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
    Ids follow the module's rules; a repeated id is an error for the later document.
    """
    ids = UniqueIds()
    for item in _iter_inputs(inputs, max_chars, published, stdin):
        yield ids.check(item)


def _iter_inputs(inputs: Iterable[str], max_chars: int, published: Optional[str],
                 stdin: Optional[IO[str]]) -> Iterator[Item]:
    for raw in inputs:
        if raw == "-":
            yield from _iter_stdin(stdin or sys.stdin, max_chars, published)
            continue
        path = Path(raw)
        if path.is_dir():
            files = list_directory(path)
            if not files:
                yield InputError("directory has no files", raw)
            for f in files:
                yield from _iter_path(f, max_chars, published, root=path)
        elif path.exists():
            yield from _iter_path(path, max_chars, published)
        else:
            yield InputError("no such file or directory", raw)
