"""accents: the accent of a few verb forms the bulletin register writes without it ("Murio en el
lugar", "perdio la vida"), restored before parsing so the parser reads a verb, not a noun.

Reads ``cronica/data/es/unaccented.yaml``. Each replacement has the length of the word it
replaces, so offsets into the restored text are offsets into the original. Its ``verbs`` are
no other word and are always restored; its ``homographs`` ("capturo", "asesino", "disparo")
are also nouns or first-person presents and are restored only in a text written without
accents as a whole, and only in a verb's context (:func:`_reads_as_verb`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cronica.errors import DataFileError
from cronica.nlp.lexicons import read_data_yaml

#: Accented vowels per word below which a text counts as written without accents (written
#: Spanish has about one in ten words accented; a bulletin typed without them has none).
UNACCENTED_RATIO = 0.005
#: Words after a homograph within which its object "a ..." may come ("capturo el 8 de julio
#: de 2025 en el barrio El Bosque a un hombre").
OBJECT_WINDOW_WORDS = 12

@dataclass(frozen=True)
class _Context:
    """The words that decide a homograph's reading (unaccented.yaml ``homograph_context``)."""
    noun_openers: frozenset
    clitics: frozenset
    object_markers: frozenset
    coordinators: frozenset
    date_or_place_openers: frozenset
    number_words: frozenset


@lru_cache(maxsize=1)
def _context() -> _Context:
    raw = read_data_yaml("unaccented.yaml").get("homograph_context")
    if not isinstance(raw, dict):
        raise DataFileError("unaccented.yaml: 'homograph_context' must map each list's name to its words")
    lists = {}
    for key in _Context.__dataclass_fields__:
        words = raw.get(key)
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w == w.lower().strip() and w for w in words):
            raise DataFileError(f"unaccented.yaml: homograph_context.{key} must be a list of lower-case words")
        lists[key] = frozenset(words)
    return _Context(**lists)


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?;:\n|]")
_ACCENTED = re.compile(r"[áéíóúÁÉÍÓÚ]")


def _checked(raw: object, key: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise DataFileError(f"unaccented.yaml: '{key}' must map unaccented forms to accented ones")
    for plain, accented in raw.items():
        if not (isinstance(accented, str) and len(accented) == len(plain) and plain == plain.lower()
                and accented != plain):
            raise DataFileError(f"unaccented.yaml: {key}.{plain} must be its accented form, of the same length")
    return dict(raw)


def _pattern(words: dict[str, str]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], re.Pattern]:
    return (forms := _checked(read_data_yaml("unaccented.yaml").get("verbs"), "verbs")), _pattern(forms)


@lru_cache(maxsize=1)
def _homographs() -> tuple[dict[str, str], re.Pattern]:
    forms = _checked(read_data_yaml("unaccented.yaml").get("homographs"), "homographs")
    return forms, _pattern(forms)


def _respelled(word: str, accented: str) -> str:
    if word.isupper() and len(word) > 1:
        return accented.upper()
    return accented[0].upper() + accented[1:] if word[0].isupper() else accented


def _restore(m: re.Match) -> str:
    return _respelled(m.group(0), _forms()[0][m.group(0).lower()])


def written_without_accents(text: str) -> bool:
    """Whether ``text`` as a whole is written without accents (or all in capitals without them)."""
    words = len(_WORD.findall(text))
    return words > 0 and len(_ACCENTED.findall(text)) / words < UNACCENTED_RATIO


def _word_before(text: str, start: int) -> str | None:
    """The word before ``start`` in the same sentence, lower-cased; None at a sentence's start."""
    before = text[max(0, start - 60):start]
    m = re.search(r"(\w+)(\W*)$", before)
    if not m or _SENTENCE_END.search(m.group(2)):
        return None
    return m.group(1).lower()


def _words_after(text: str, end: int) -> list[str]:
    """The words after ``end`` up to the sentence's end (at most the object window), lower-cased."""
    after = text[end:end + 160]
    stop = _SENTENCE_END.search(after)
    return [w.lower() for w in _WORD.findall(after[:stop.start()] if stop else after)][:OBJECT_WINDOW_WORDS]


def _direct_object(after: list[str]) -> bool:
    """An object right after a verb: "a ..."/"contra ...", or a count and a plural noun ("16 viviendas")."""
    if not after:
        return False
    if after[0] in _context().object_markers:
        return True
    return (after[0].isdigit() or after[0] in _context().number_words) and len(after) > 1 and after[1].endswith("s")


def _takes_object(after: list[str]) -> bool:
    """An object after a verb: "a ..."/"contra ..." at once, or within the window after a date
    or place ("el 8 de julio ... a un hombre"; not "a manos de"), or a count and a plural noun
    ("16 viviendas")."""
    if not after:
        return False
    if _direct_object(after):
        return True
    return after[0] in _context().date_or_place_openers and any(
        w in _context().object_markers and nxt != "manos" for w, nxt in zip(after, after[1:] + [""]))


def _reads_as_verb(text: str, m: re.Match) -> bool:
    """A homograph in a verb's context: a clitic before it, or a subject word before it (no
    article, preposition or other noun opener) and an object after it."""
    before = _word_before(text, m.start())
    if before is None:
        return False
    if before in _context().clitics:
        return True
    after = _words_after(text, m.end())
    if before in _context().coordinators:
        return _direct_object(after)
    return before not in _context().noun_openers and _takes_object(after)


def _restore_homographs(text: str) -> str:
    forms, pattern = _homographs()

    def restore(m: re.Match) -> str:
        word = m.group(0)
        return _respelled(word, forms[word.lower()]) if _reads_as_verb(text, m) else word

    return pattern.sub(restore, text)


def restore_accents(text: str) -> str:
    """``text`` with the unaccented verb forms of unaccented.yaml written with their accent
    (same length, so the same offsets); the homographs only in a text written without accents."""
    if written_without_accents(text):
        text = _restore_homographs(text)
    return _forms()[1].sub(_restore, text)
