"""accents: the accent of a few verb forms the bulletin register writes without it ("Murio en el
lugar", "perdio la vida"), restored before parsing so the parser reads a verb, not a noun.

Reads ``cronica/data/es/unaccented.yaml``. Each replacement has the length of the word it
replaces, so offsets into the restored text are offsets into the original.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cronica.errors import DataFileError
from cronica.nlp.lexicons import read_data_yaml


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], re.Pattern]:
    raw = read_data_yaml("unaccented.yaml").get("verbs")
    if not isinstance(raw, dict) or not raw:
        raise DataFileError("unaccented.yaml: 'verbs' must map unaccented forms to accented ones")
    for plain, accented in raw.items():
        if not (isinstance(accented, str) and len(accented) == len(plain) and plain == plain.lower()
                and accented != plain):
            raise DataFileError(f"unaccented.yaml: verbs.{plain} must be its accented form, of the same length")
    words = sorted(raw, key=len, reverse=True)
    return dict(raw), re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)


def _restore(m: re.Match) -> str:
    word = m.group(0)
    accented = _forms()[0][word.lower()]
    if word.isupper() and len(word) > 1:
        return accented.upper()
    return accented[0].upper() + accented[1:] if word[0].isupper() else accented


def restore_accents(text: str) -> str:
    """``text`` with the unaccented verb forms of unaccented.yaml written with their accent
    (same length, so the same offsets)."""
    return _forms()[1].sub(_restore, text)
