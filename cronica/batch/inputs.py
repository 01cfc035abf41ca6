"""What the batch engine reads, and how it cuts it into partitions.

``cronica extract`` reads ``.txt``, ``.html``, ``.jsonl``, directories and ``-``
through :func:`cronica.text.readers.iter_documents`. Batch runs add two formats
common in archives and dumps — ``.jsonl.gz`` and CSV with a text column — and
*partitioning*:

* The input listing is made deterministic: the inputs in the order given, each
  directory's files recursively in sorted order (hidden files and folders
  skipped), as ``cronica extract`` lists them, with the same ids (a file found
  in a directory is named by its path relative to it; a repeated id is an error
  for the later document: :mod:`cronica.text.readers`). JSONL and CSV files are streamed line by line
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
import re
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
    published_column: str = "published"
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
    sorted as ``cronica extract`` lists them (recursively, hidden files and folders skipped)."""
    return [path for path, _root in _listing(inputs)]


def _listing(inputs: Iterable[str]) -> list[tuple[str, Optional[str]]]:
    """(file, the directory given on the command line that holds it, or None)."""
    from cronica.text.readers import list_directory

    out: list[tuple[str, Optional[str]]] = []
    for inp in inputs:
        p = Path(inp)
        if inp != "-" and p.is_dir():
            files = list_directory(p)
            out.extend((str(f), inp) for f in files) if files else out.append((inp, None))
        else:
            out.append((inp, None))
    return out


def _name(path: str, root: Optional[str]) -> str:
    from cronica.text.readers import file_name

    return file_name(Path(path), Path(root) if root is not None else None)


def _open_binary(path: str) -> IO[bytes]:
    from cronica.text.readers import open_binary

    return open_binary(path)


def iter_jsonl_stream(path: str, opts: ReadOptions, root: Optional[str] = None) -> Iterator[Item]:
    """One document per line of a (gzip-compressed) JSONL file, streamed.

    The core reader's :func:`~cronica.text.readers.iter_jsonl_file` reads it, so
    ids, checks and messages are those of ``cronica extract``: a line that is not
    valid UTF-8 is one error (``file:line``), and the other lines are all read.
    """
    from cronica.text.readers import iter_jsonl_file

    yield from iter_jsonl_file(path, opts.limit(), _name(path, root))


def _csv_row(row: dict, where: str, default_id: str, opts: ReadOptions) -> Item:
    from cronica.text.readers import _check_text, check_published, clean_nul

    if None in row:
        return InputError("row has more cells than the header", where)
    if any(isinstance(v, str) and _BAD_BYTE.search(v) for v in row.values()):
        return InputError("row is not valid UTF-8", where)
    text = row.get(opts.text_column) or ""
    doc_id = row.get(opts.id_column) or default_id
    try:
        text = _check_text(text, f"{where} (id {doc_id})", opts.limit())
        published = check_published(row.get(opts.published_column), f"{where} (id {doc_id})")
    except InputError as e:
        return e
    return Document(id=doc_id, text=text, published=published, title=clean_nul(row.get("title")) or None,
                    url=clean_nul(row.get("url")) or None, source=where)


#: Bytes that are not UTF-8 come through the csv reader as lone surrogates
#: (errors="surrogateescape"), so they cost their row only.
_BAD_BYTE = re.compile("[\udc80-\udcff]")


def iter_csv(path: str, opts: ReadOptions, root: Optional[str] = None) -> Iterator[Item]:
    """One document per CSV row (comma-separated, header row, optionally gzipped).

    UTF-8 (a row with bytes that are not UTF-8 is one error, the others are read),
    or UTF-16/32 with a BOM. The text is in ``opts.text_column``; optional columns:
    ``opts.id_column`` (else ``<file name>:<row number>``), ``opts.published_column``
    (YYYY-MM-DD or YYYY-MM), ``title``, ``url``.
    """
    from cronica.text.readers import bom_encoding

    csv.field_size_limit(_CSV_FIELD_LIMIT)
    stem = _name(path, root)
    try:
        with _open_binary(path) as raw:
            head = raw.peek(8192)[:8192] if hasattr(raw, "peek") else b""
            enc = bom_encoding(head[:4])
            if enc not in ("utf-16", "utf-32"):
                if b"\x00" in head:
                    yield InputError("binary file (contains NUL bytes), not text", path)
                    return
                enc = "utf-8-sig"
            errors = "surrogateescape" if enc == "utf-8-sig" else "strict"
            fh = io.TextIOWrapper(raw, encoding=enc, errors=errors, newline="")
            reader = csv.DictReader(fh)
            header = reader.fieldnames
            if not header:
                yield InputError("empty CSV file (no header row)", path)
                return
            if opts.text_column not in header:
                yield InputError(f"no column {opts.text_column!r} (columns: {', '.join(header)}); "
                                 "choose the text column with --text-column", path)
                return
            if opts.published_column != "published" and opts.published_column not in header:
                yield InputError(f"no column {opts.published_column!r} (columns: {', '.join(header)}); "
                                 "choose the date column with --published-column", path)
                return
            for rowno, row in enumerate(reader, 1):
                yield _csv_row(row, f"{path}:row {rowno}", f"{stem}:{rowno}", opts)
    except UnicodeDecodeError as e:  # UTF-16/32 only
        yield InputError(f"not valid {e.encoding.upper()} (byte {e.start} of a row); "
                         "the rest of the file is skipped", path)
    except (OSError, EOFError, zlib.error, csv.Error) as e:
        yield InputError(f"cannot read: {e}", path)


def _core_items(path: str, opts: ReadOptions, root: Optional[str] = None) -> Iterator[Item]:
    from cronica.text.readers import _iter_inputs, _iter_path

    if root is None:
        yield from _iter_inputs([path], opts.limit(), opts.published, None)
    else:
        yield from _iter_path(Path(path), opts.limit(), opts.published, root=Path(root))


def iter_items(inputs: Iterable[str], opts: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Every document (or read error) of the inputs, in the deterministic listing order
    (a repeated id is an error for the later document, as in ``cronica extract``)."""
    from cronica.text.readers import UniqueIds

    ids = UniqueIds()
    for item in _iter_items(inputs, opts):
        yield ids.check(item)


def _iter_items(inputs: Iterable[str], opts: ReadOptions) -> Iterator[Item]:
    for path, root in _listing(inputs):
        if path != "-" and os.path.isfile(path):
            if _has_suffix(path, JSONL_SUFFIXES):
                yield from iter_jsonl_stream(path, opts, root)
                continue
            if _has_suffix(path, CSV_SUFFIXES):
                yield from iter_csv(path, opts, root)
                continue
        yield from _core_items(path, opts, root)


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
