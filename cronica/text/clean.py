"""clean: strip citation marks and normalise whitespace, keeping an offset map.

Reads: the document's original text. Writes: ``CleanText`` — the cleaned string
and, for every cleaned character, the index of the original character it came
from, so any span found downstream maps back to the ORIGINAL text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cronica.model import Span

# Wikipedia-style citation marks: [12], [44][45], [nota 3], [cita requerida]
_CITATION = re.compile(r"\[(?:\d{1,4}|nota \d{1,3}|[a-z]|cita requerida|sin fuentes)\]", re.IGNORECASE)
# Runs of horizontal whitespace (tabs, no-break spaces, zero-width chars) → one space.
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_NEWLINES = re.compile(r"\s*\n\s*(?:\n\s*)*")


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in the original of cleaned char i
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned [start, end) to the original [start, end)."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def span(self, original: str, start: int, end: int) -> Span:
        s, e = self.to_original(start, end)
        return Span(s, e, original[s:e])


# Whitespace runs `clean` rewrites (re's \s is str.isspace, as in `_clean_chars`): runs of two or
# more, and single characters other than a plain space (one space between words stays as it is).
_SPACE = re.compile(r"[\s\u200b\ufeff]")
_LEADING_SPACE = re.compile(r"[\s\u200b\ufeff]*")
_REWRITTEN_RUN = re.compile(r"[\s\u200b\ufeff]{2,}|(?! )[\s\u200b\ufeff]")


def clean(text: str) -> CleanText:
    """Drop citation marks, collapse whitespace; paragraphs stay separated by newlines.

    Newline runs become one ``\\n`` (a paragraph break is kept as ``\\n\\n`` when the
    original had a blank line), spaces collapse to one, leading/trailing space goes.
    A text without citation marks is cleaned run by run (only the whitespace runs that change,
    found by a regex); the result equals the character-by-character walk of ``_clean_chars``.
    """
    if _CITATION.search(text):
        return _clean_chars(text)
    n = len(text)
    lead = _LEADING_SPACE.match(text).end()
    end = n
    while end > lead and _SPACE.match(text, end - 1):
        end -= 1
    parts: list[str] = []
    offsets: list[int] = []
    pos = lead
    for m in _REWRITTEN_RUN.finditer(text, lead, end):
        s, e = m.span()
        parts.append(text[pos:s])
        offsets.extend(range(pos, s))
        newlines = text.count("\n", s, e)
        sep = "\n\n" if newlines >= 2 else "\n" if newlines == 1 else " "
        parts.append(sep)
        offsets.extend([s] * len(sep))  # (every character of a separator maps to its run's start)
        pos = e
    parts.append(text[pos:end])
    offsets.extend(range(pos, end))
    return CleanText("".join(parts), tuple(offsets), n)


def _clean_chars(text: str) -> CleanText:
    """`clean`, one character at a time (any text, citation marks included)."""
    keep = [True] * len(text)
    for m in _CITATION.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    out_chars: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if not keep[i]:
            i += 1
            continue
        ch = text[i]
        if ch.isspace() or ch in "\u200b\ufeff":
            j = i
            newlines = 0
            while j < n and (not keep[j] or text[j].isspace() or text[j] in "\u200b\ufeff"):
                if keep[j] and text[j] == "\n":
                    newlines += 1
                j += 1
            if out_chars and j < n:  # no leading/trailing whitespace
                sep = "\n\n" if newlines >= 2 else "\n" if newlines == 1 else " "
                for c in sep:
                    out_chars.append(c)
                    offsets.append(i)
            i = j
            continue
        out_chars.append(ch)
        offsets.append(i)
        i += 1
    return CleanText("".join(out_chars), tuple(offsets), len(text))


def paragraphs(cleaned: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty line of the cleaned text."""
    out, pos = [], 0
    for line in cleaned.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
