"""gate: a cheap test that skips a word-cue regular expression when its text cannot match.

The cue patterns of the data files (``(?<!\\w)(?:cue|cue|...)`` or ``\\b...``: triggers.yaml variant
cues and context patterns, filters.yaml word lists and other senses, framing.yaml, flags.yaml) are
searched in every sentence; most sentences hold none of their words, and Python's ``re`` tries each
alternative at every position. Every match of such a pattern starts at the start of a word, and so
does every word of it that follows a literal space; each alternative fixes some of those words. A
word fixed at a word start is *keyed* by its first four characters, or whole when it is shorter and
the pattern ends it. ``gated`` works out, from the parsed pattern at load time, the cheapest key of
each alternative (a long word before a short, common one); a text none of whose words starts with a
key is not searched. The keys are derived, not listed: a pattern whose matches cannot be keyed that
way (no word start, an alternative with no fixed word, case-insensitive or ASCII-only matching) is
returned as it is.

``gated(p).search(text)`` returns what ``p.search(text)`` returns (None when the gate shuts:
``p`` would find nothing), ``sub`` and ``finditer`` likewise; anything else is ``p``'s own.
"""
from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from typing import Optional, Union

#: the first characters of a word that key it (shorter words are keyed whole)
KEY_CHARS = 4
#: prefixes followed per pattern before it is left ungated
_MAX_PARTIALS = 512
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_WORD_CLASS = [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]  # \w as parsed
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


class _Open(Exception):
    """A match's first word is not fixed by the pattern: no keys."""


def _key(word: str) -> str:
    return word[:KEY_CHARS]


def _settle(text: str) -> Optional[str]:
    """The key of a partial match ``text`` once known (its first word is over, or long enough), else None."""
    if not _WORD_CHAR.match(text[0]):
        raise _Open  # a match that starts with a non-word character: not at a text word's start
    if not _WORD_CHAR.match(text[-1]):
        return _key(text[:-1])
    return _key(text) if len(text) >= KEY_CHARS else None


Partials = set  # of (text so far, key or None while open)


def _add_chars(partials: Partials, chars: list[str]) -> Partials:
    out: Partials = set()
    for text, key in partials:
        if key is not None:
            out.add((text, key))
            continue
        for ch in chars:
            out.add((text + ch, _settle(text + ch)))
    return out


def _literal_chars(items) -> Optional[list[str]]:
    """The characters of a class made only of literals (``[oa]``), else None."""
    if all(op == _c.LITERAL for op, _ in items):
        return [chr(av) for _, av in items]
    return None


def _walk(partials: Partials, items) -> Partials:
    for op, av in items:
        if all(key is not None for _, key in partials):
            return partials
        if len(partials) > _MAX_PARTIALS:
            raise _Open
        if op == _c.LITERAL:
            partials = _add_chars(partials, [chr(av)])
        elif op == _c.IN:
            chars = _literal_chars(av)
            if chars is None:
                raise _Open
            partials = _add_chars(partials, chars)
        elif op == _c.BRANCH:
            out: Partials = set()
            for alt in av[1]:
                out |= _walk(partials, alt)
            partials = out
        elif op == _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
                raise _Open
            partials = _walk(partials, sub)
        elif op == _c.ATOMIC_GROUP:
            partials = _walk(partials, av)
        elif op in _REPEATS:
            lo, hi, sub = av
            once = _walk(partials, sub)
            if hi > 1 and any(key is None for _, key in once):
                raise _Open  # the first repetition must fix the word: later ones are not followed
            partials = partials | once if lo == 0 else once
        elif op == _c.ASSERT_NOT and av[0] == 1 and list(av[1]) == _WORD_CLASS or op == _c.AT and av == _c.AT_BOUNDARY:
            # (?!\w), or \b after the word characters of an open first word: the word ends here
            partials = {(text, key if key is not None else _end_word(text)) for text, key in partials}
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: no character
        else:
            raise _Open
    return partials


def _end_word(text: str) -> str:
    if not text:
        raise _Open
    return _key(text)


def pattern_keys(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """The keys of ``pattern`` (see the module's text): every match holds, at a word start, a word
    keyed by one of them; None when the pattern's matches are not keyed so."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or not _word_start(items[0]):
        return None  # a match may start inside a word
    return _best_keys(items[1:])


def _first_word_keys(items) -> Optional[frozenset[str]]:
    """The keys of the first word of every match of ``items`` (matched from a word start)."""
    try:
        partials = _walk({("", None)}, items)
    except _Open:
        return None
    if not partials or any(key is None for _, key in partials):
        return None  # a match may end inside a short first word: the text's word may be longer
    return frozenset(key for _, key in partials)


def _cost(keys: frozenset[str]) -> int:
    """How often a key set may let a text through: a short word ("la", "de") is in most sentences."""
    return sum(1 if len(k) >= KEY_CHARS else 16 for k in keys)


def _best_keys(items) -> Optional[frozenset[str]]:
    """The cheapest key set among the words ``items`` (matched from a word start) always hold at a
    word start: its first word; a word after a literal non-word character of the sequence (its
    start is a word start too: "(la|una)( \\w+)? marchas?" is keyed by "marc"); and, when the
    sequence opens with alternatives, each alternative's own best word."""
    found = [_first_word_keys(items)]
    for i, (op, av) in enumerate(items):
        if op == _c.LITERAL and not _WORD_CHAR.match(chr(av)):
            found.append(_best_keys(items[i + 1:]))
    head = items[0] if items else None
    while head is not None and head[0] == _c.SUBPATTERN and not head[1][1] and len(head[1][3]) == 1:
        head = head[1][3][0]  # (a group around the alternatives)
    if head is not None and head[0] == _c.BRANCH:
        per_alternative = [_best_keys(list(alt) + list(items[1:])) for alt in head[1][1]]
        if all(k is not None for k in per_alternative):
            found.append(frozenset().union(*per_alternative))
    found = [k for k in found if k]
    return min(found, key=_cost) if found else None


def _word_start(item) -> bool:
    """``(?<!\\w)``, or ``\\b`` (before a first character that must be a word character)."""
    op, av = item
    return op == _c.ASSERT_NOT and av[0] == -1 and list(av[1]) == _WORD_CLASS or op == _c.AT and av == _c.AT_BOUNDARY


#: folded texts' keys, kept for the texts searched by several patterns in a row (a sentence)
_TEXT_KEYS: dict[str, frozenset[str]] = {}
_TEXT_KEYS_MAX = 4096


def text_keys(text: str) -> frozenset[str]:
    """The keys of the words of ``text`` (their first three characters, or the whole short word)."""
    got = _TEXT_KEYS.get(text)
    if got is None:
        if len(_TEXT_KEYS) >= _TEXT_KEYS_MAX:
            _TEXT_KEYS.clear()
        got = _TEXT_KEYS[text] = frozenset(w[:KEY_CHARS] for w in _WORD.findall(text))
    return got


class GatedPattern:
    """A compiled pattern whose ``search``, ``sub`` and ``finditer`` first look up its keys among the text's."""

    __slots__ = ("_pattern", "_keys")

    def __init__(self, pattern: re.Pattern, keys: frozenset[str]) -> None:
        self._pattern = pattern
        self._keys = keys

    @property
    def keys(self) -> frozenset[str]:
        return self._keys

    @property
    def ungated(self) -> re.Pattern:
        return self._pattern

    def search(self, text: str, *args):
        if not args and self._keys.isdisjoint(text_keys(text)):
            return None
        return self._pattern.search(text, *args)

    def sub(self, repl, text: str, count: int = 0):
        if self._keys.isdisjoint(text_keys(text)):
            return text
        return self._pattern.sub(repl, text, count)

    def finditer(self, text: str, *args):
        if not args and self._keys.isdisjoint(text_keys(text)):
            return iter(())
        return self._pattern.finditer(text, *args)

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"gated({self._pattern!r})"


def gated(pattern: Optional[re.Pattern]) -> Union[re.Pattern, GatedPattern, None]:
    """``pattern`` with a key gate when its matches can be keyed, else ``pattern`` itself."""
    if pattern is None:
        return None
    keys = pattern_keys(pattern)
    return GatedPattern(pattern, keys) if keys is not None else pattern
