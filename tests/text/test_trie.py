"""trie: the trie-shaped alternation matches what the flat alternation, longest word first, matches."""
import random
import re

from cronica.text.trie import trie_alternation

_LETTER_BEFORE, _LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"


def _flat(words: set[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def _matches(pattern: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pattern, text, flags)]


def test_words_sharing_prefixes_match_as_the_flat_alternation():
    words = {"mes", "meses", "mesa", "marzo", "mar", "martes", "año", "años", "a", "semana", "sem"}
    text = "El martes, en marzo, hace meses: la mesa del año; semanas y años; mar y sem a mar."
    for around in (("", ""), (_LETTER_BEFORE, _LETTER_AFTER)):
        got = around[0] + "(?:" + trie_alternation(words) + ")" + around[1]
        want = around[0] + _flat(words) + around[1]
        assert _matches(got, text) == _matches(want, text)
    # a shorter word where the longer one fails what follows: "mar" in "marx" is no match, "mar" alone is
    assert _matches(_LETTER_BEFORE + "(?:" + trie_alternation({"mar", "marx"}) + ")" + _LETTER_AFTER, "marxa mar") \
        == [((6, 9), "mar")]


def test_random_words_and_texts_match_as_the_flat_alternation():
    rng = random.Random(7)
    letters = "aeiouáéñnrstmd .-"
    for _ in range(300):
        words = {"".join(rng.choice(letters[:-3]) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice(letters) for _ in range(80))
        for flags in (0, re.IGNORECASE):
            for before, after in (("", ""), (_LETTER_BEFORE, _LETTER_AFTER), ("", r"\d?")):
                got = before + "(?:" + trie_alternation(words) + ")" + after
                want = before + _flat(words) + after
                assert _matches(got, text, flags) == _matches(want, text, flags), (words, text, flags)
                assert _matches(got, text.upper(), flags) == _matches(want, text.upper(), flags)


def test_special_characters_are_escaped_and_the_empty_set_gives_nothing():
    words = {"a.b", "a+", "(x)", "x"}
    assert _matches(trie_alternation(words), "a.b aab a+ (x) x") == _matches(_flat(words), "a.b aab a+ (x) x")
    assert trie_alternation(set()) == ""
