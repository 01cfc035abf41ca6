"""numbers: read Spanish cardinals ("cuatro", "veintitrés", "1.200", "mil quinientos").

Our own small reader instead of text2num, which turns names into numbers
("José Millones Vásquez" → "José 1000000 Vásquez"): here only whole tokens that
are number words or digit strings are read, and a capitalised "Millones" in
the middle of a name is never a number.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from cronica.nlp.lexicons import load_numbers

_DIGITS = re.compile(r"^\d{1,3}(?:[.,\u00a0 ]\d{3})+$|^\d+$")


def digits_value(word: str) -> Optional[int]:
    """"1.200" / "1,200" / "25 000" / "40" → int; "40mm", "31°", "1.5" → None."""
    if not _DIGITS.match(word):
        return None
    return int(re.sub(r"\D", "", word))


def words_value(words: Sequence[str]) -> Optional[int]:
    """Value of a run of Spanish number words ("doscientos treinta y dos"), else None.

    ``words`` must be lower-case tokens; "y" may join tens and units. Returns None
    when any token is not a number word.
    """
    lex = load_numbers()
    total, current, seen = 0, 0, False
    for i, w in enumerate(words):
        if w == "y" and seen and i + 1 < len(words):
            continue
        if w in lex.units:
            current += lex.units[w]
        elif w in lex.tens:
            current += lex.tens[w]
        elif w in lex.hundreds:
            current += lex.hundreds[w]
        elif w in lex.multipliers:
            current = (current or 1) * lex.multipliers[w]
            if lex.multipliers[w] >= 1000:
                total += current
                current = 0
        else:
            d = digits_value(w)
            if d is None:
                return None
            current += d
        seen = True
    return total + current if seen else None


def is_number_word(word: str) -> bool:
    lex = load_numbers()
    w = word.lower()
    return (w in lex.units or w in lex.tens or w in lex.hundreds or w in lex.multipliers
            or digits_value(word) is not None)


def vague_floor(word: str) -> Optional[int]:
    return load_numbers().vague.get(word.lower())
