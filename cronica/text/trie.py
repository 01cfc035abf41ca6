"""trie: one regex alternation for a set of words, shaped as a trie.

Python's ``re`` tries the branches of an alternation one after the other at every position
of the text: a flat alternation of a thousand words costs a thousand tests per character.
Shaped as a trie (shared prefixes written once), it costs a few per character. It matches what
the flat alternation of the words sorted longest first matches: the words that match at one
place are prefixes of one another, and the trie tries the longer continuation before the word's
end, so the longest word wins there too, and a shorter one when what follows the alternation
fails after the longer (``(?![^\\W\\d_])``).
"""
from __future__ import annotations

import re


def trie_alternation(words: set[str]) -> str:
    """One alternation for ``words`` shaped as a trie (shared prefixes written once, a longer
    continuation before the word's end). Each character is written in lower case when that is
    one character, so the pattern also serves case-insensitive matching (the engine compares
    characters case-folded one by one); words already in lower case are written as they are.
    An empty set gives the empty string."""
    def low(c: str) -> str:
        lc = c.lower()
        return lc if len(lc) == 1 else c

    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(low(c), {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for c in sorted(k for k in node if k):
            child, lit = node[c], re.escape(c)
            while len(child) == 1 and "" not in child:  # a chain without branches: one literal
                (k, child), = child.items()
                lit += re.escape(k)
            branches.append(lit + emit(child))
        if not branches:
            return ""
        if "" in node:
            branches.append("")  # the word may end here: tried after every longer one
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)
