"""What the batch engine reads, and how it cuts it into partitions.

``cronica extract`` reads ``.txt``, ``.html``, ``.jsonl``, directories and ``-``
through :func:`cronica.text.readers.iter_documents`. Batch runs add two formats
common in archives and dumps — ``.jsonl.gz`` and CSV with a text column — and
*partitioning*:

* The input listing is made deterministic: the inputs in the order given, each
  directory's files recursively in sorted order (hidden files skipped), as
  ``cronica extract`` lists them. JSONL and CSV files are streamed line by line
  (a 20 GB dump is never held in memory); other files go to the core reader.
* Every item of that listing — a document, or an :class:`InputError` for one that
  could not be read — takes one slot. Partition ``k`` holds slots
  ``[k*N, (k+1)*N)``. A rerun on the same inputs therefore maps the same
  documents to the same partitions, which is what resume relies on.

Partitions are cut from the stream as it is read, so the client never holds
more than the partitions in flight.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from cronica.errors import InputError
from cronica.model import Document

Item = Union[Document, InputError]

#: Record files the batch engine streams itself (the rest goes to the core reader).
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")

# CSV cells holding whole articles are larger than the csv module's default limit.
_CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are turned into documents (part of a run's identity)."""

    text_column: str = "text"
    id_column: str = "id"
    max_chars: Optional[int] = None  # None: the core reader's DEFAULT_MAX_CHARS
    published: Optional[str] = None  # for .txt/.html inputs without a date (as in extract)

    def limit(self) -> int:
        from cronica.text.readers import DEFAULT_MAX_CHARS

        return self.max_chars if self.max_chars is not None else DEFAULT_MAX_CHARS


@dataclass(slots=True)
class Partition:
    """``size`` consecutive items of the input listing, numbered from 0."""

    index: int
    items: list[Item] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [it for it in self.items if isinstance(it, Document)]

    @property
    def input_errors(self) -> list[InputError]:
        return [it for it in self.items if isinstance(it, InputError)]

    def fingerprint(self) -> str:
        """A hash of which items sit in this partition (ids, or sources of errors)."""
        h = hashlib.sha1()
        for it in self.items:
            key = it.id if isinstance(it, Document) else f"!{error_id(it)}"
            h.update(key.encode("utf-8", "surrogatepass"))
            h.update(b"\x1e")
        return h.hexdigest()[:16]


def error_id(err: InputError) -> str:
    """The best name we have for a document that could not be read."""
    return err.source or str(err)


def _has_suffix(name: str, suffixes: Iterable[str]) -> bool:
    low = name.lower()
    return any(low.endswith(s) for s in suffixes)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """The deterministic listing: inputs in the order given, each directory's files
    sorted as ``cronica extract`` lists them (recursively, hidden files skipped)."""
    out: list[str] = []
    for inp in inputs:
        p = Path(inp)
        if inp != "-" and p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            out.extend(str(f) for f in files) if files else out.append(inp)
        else:
            out.append(inp)
    return out


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for s in sorted(JSONL_SUFFIXES + CSV_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(s):
            return name[: -len(s)]
    return os.path.splitext(name)[0]


def _open_binary(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _looks_binary(path: str) -> bool:
    with _open_binary(path) as fh:
        return b"\x00" in fh.read(8192)


def iter_jsonl_stream(path: str, opts: ReadOptions) -> Iterator[Item]:
    """One document per line of a (gzip-compressed) JSONL file, streamed.

    Each line is parsed by the core reader's ``iter_jsonl``, so ids, checks and
    messages are those of ``cronica extract``; unlike it, the file is never held
    in memory whole. An invalid UTF-8 byte ends the file with one error (the
    documents before it are kept).
    """
    from cronica.text.readers import iter_jsonl

    try:
        if _looks_binary(path):
            yield InputError("binary file (contains NUL bytes), not text", path)
            return
        with io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", newline="\n") as fh:
            yield from iter_jsonl(fh, path, opts.limit())
    except UnicodeDecodeError as e:
        yield InputError(f"not valid UTF-8 (byte {e.start} of a line); the rest of the file is skipped", path)
    except (OSError, EOFError, zlib.error) as e:  # bad gzip header: OSError; truncated: EOFError
        yield InputError(f"cannot read: {e}", path)


def _csv_row(row: dict, where: str, default_id: str, opts: ReadOptions) -> Item:
    from cronica.text.readers import check_published

    if None in row:
        return InputError("row has more cells than the header", where)
    text = row.get(opts.text_column) or ""
    doc_id = row.get(opts.id_column) or default_id
    limit = opts.limit()
    if not text.strip():
        return InputError("empty document (no text)", f"{where} (id {doc_id})")
    if len(text) > limit:
        return InputError(f"too large ({len(text):,} characters > --max-chars {limit:,}); "
                          "split it or raise --max-chars", f"{where} (id {doc_id})")
    try:
        published = check_published(row.get("published"), f"{where} (id {doc_id})")
    except InputError as e:
        return e
    return Document(id=doc_id, text=text, published=published, title=row.get("title") or None,
                    url=row.get("url") or None, source=where)


def iter_csv(path: str, opts: ReadOptions) -> Iterator[Item]:
    """One document per CSV row (comma-separated, header row, UTF-8, optionally gzipped).

    The text is in ``opts.text_column``; optional columns: ``opts.id_column``
    (else ``<file stem>:<row number>``), ``published``, ``title``, ``url``.
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    stem = _stem(path)
    try:
        if _looks_binary(path):
            yield InputError("binary file (contains NUL bytes), not text", path)
            return
        with io.TextIOWrapper(_open_binary(path), encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames
            if not header:
                yield InputError("empty CSV file (no header row)", path)
                return
            if opts.text_column not in header:
                yield InputError(f"no column {opts.text_column!r} (columns: {', '.join(header)}); "
                                 "choose the text column with --text-column", path)
                return
            for rowno, row in enumerate(reader, 1):
                yield _csv_row(row, f"{path}:row {rowno}", f"{stem}:{rowno}", opts)
    except UnicodeDecodeError as e:
        yield InputError(f"not valid UTF-8 (byte {e.start} of a row); the rest of the file is skipped", path)
    except (OSError, EOFError, zlib.error, csv.Error) as e:
        yield InputError(f"cannot read: {e}", path)


def _core_items(path: str, opts: ReadOptions) -> Iterator[Item]:
    from cronica.text.readers import iter_documents

    yield from iter_documents([path], max_chars=opts.limit(), published=opts.published)


def iter_items(inputs: Iterable[str], opts: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Every document (or read error) of the inputs, in the deterministic listing order."""
    for path in expand_inputs(inputs):
        if path != "-" and os.path.isfile(path):
            if _has_suffix(path, JSONL_SUFFIXES):
                yield from iter_jsonl_stream(path, opts)
                continue
            if _has_suffix(path, CSV_SUFFIXES):
                yield from iter_csv(path, opts)
                continue
        yield from _core_items(path, opts)


def partitions(items: Iterable[Item], size: int) -> Iterator[Partition]:
    """Cut the stream into partitions of ``size`` items (the last may be shorter)."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    part = Partition(0)
    for it in items:
        part.items.append(it)
        if len(part.items) == size:
            yield part
            part = Partition(part.index + 1)
    if part.items:
        yield part


def count_items(inputs: Iterable[str], opts: ReadOptions = ReadOptions()) -> Optional[int]:
    """A quick estimate of how many items the inputs hold, for the progress bar's ETA.

    Counts non-blank lines of JSONL files, rows of CSV files and one per other
    file, without parsing documents. ``None`` when the inputs include stdin.
    """
    total = 0
    for path in expand_inputs(inputs):
        if path == "-":
            return None
        try:
            if _has_suffix(path, JSONL_SUFFIXES):
                with _open_binary(path) as fh:
                    total += sum(1 for line in fh if line.strip())
            elif _has_suffix(path, CSV_SUFFIXES):
                csv.field_size_limit(_CSV_FIELD_LIMIT)
                with io.TextIOWrapper(_open_binary(path), encoding="utf-8", errors="replace", newline="") as fh:
                    total += max(0, sum(1 for _ in csv.reader(fh)) - 1)
            else:
                total += 1
        except (OSError, EOFError, zlib.error, csv.Error):
            total += 1  # the reader will report it as one error
    return total
