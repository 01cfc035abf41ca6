"""fold: accents and other combining marks dropped from text, fast.

``strip_marks(s)`` equals ``"".join(c for c in unicodedata.normalize("NFKD", s) if not
unicodedata.combining(c))``: NFKD decomposes each character on its own and only reorders
combining marks, which are all dropped, so the result can be worked out per character
(remembered in a table, applied per distinct character). The matching code folds every
sentence and phrase; this keeps that off the profile.
"""
from __future__ import annotations

import unicodedata


class _Marks(dict):
    """code point → the character's NFKD decomposition without combining marks (filled on demand)."""

    def __missing__(self, code: int) -> str:
        out = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        self[code] = out
        return out


_TABLE = _Marks()


def strip_marks(s: str) -> str:
    """``s`` in NFKD with every combining character (accents, diaeresis, tilde) dropped.

    Each distinct non-ASCII character is replaced throughout at once (``str.translate`` with a
    table looks every character of the text up, ~2x slower on sentences). The same result: no
    character's replacement holds a character that would be replaced again (NFKD's output is
    decomposed already and its marks are dropped; ``tests/text/test_fold.py`` checks every code
    point), so the order of the replacements does not matter."""
    if s.isascii():
        return s
    for c in set(s):
        if c > "\x7f":
            folded = _TABLE[ord(c)]
            if folded != c:
                s = s.replace(c, folded)
    return s
