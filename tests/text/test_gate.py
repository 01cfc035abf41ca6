"""gate: a word-cue pattern is skipped only on texts it cannot match; the data files' patterns agree
with their ungated selves on sentences of our own and on random texts made of their own words."""
from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.text.gate import GatedPattern, gated, pattern_keys, text_keys


def _keys(p: str, flags: int = 0):
    return pattern_keys(re.compile(p, flags))


def test_keys_are_word_starts_the_pattern_fixes():
    assert _keys(r"(?<!\w)(?:[oa]s|ab)(?!\w)") == {"os", "as", "ab"}  # short words, ended by (?!\w)
    assert _keys(r"(?<!\w)(?:eln\b|farc)") == {"eln", "farc"}  # \b ends a short word too
    assert _keys(r"\b(desmintio|nego) que\b") == {"desm", "nego"}  # \b as the word start
    # each alternative keyed by its least common word: a word after a space starts a word too
    assert _keys(r"(?<!\w)(?:suicidas?|se inmol\w*|chaleco(s)? (bomba|explosivos?))(?!\w)") == \
        {"suic", "inmo", "chal"}
    assert _keys(r"(?<!\w)(?:(la|una)( \w+){0,2} marchas?)") == {"marc"}  # not "la", "una"
    assert _keys(r"(?<!\w)(?:\d+ muertos)") == {"muer"}
    assert _keys(r"(?<!\w)(?:a golpes|de)(?!\w)") == {"golp", "de"}  # "de" alone: its only word


def test_patterns_whose_matches_have_no_fixed_first_word_are_left_alone():
    assert _keys(r"(?:suicidas?)") is None  # no word start: a match may start inside a word
    assert _keys(r"(?<!\w)(?:bus)") is None  # "bus" may be the start of "buses": the word is not over
    assert _keys(r"(?<!\w)(?:ab\w*)") is None
    assert _keys(r"(?<!\w)(?:\d+ (muertos|\w+))") is None  # no word fixed
    assert _keys(r"(?<!\w)(?:los (manifestantes|huelguistas)|bus)") is None  # one alternative open
    assert _keys(r"(?<!\w)(?:\.\s+y)") is None  # not a word character first
    assert _keys(r"(?<!\w)(?:masacres?)", re.IGNORECASE) is None  # "Masacre" matches too
    assert _keys(r"(?<!\w)(?:masacres?)", re.ASCII) is None  # ASCII \w: words split elsewhere
    p = re.compile(r"(?<!\w)(?:bus)")
    assert gated(p) is p and gated(None) is None


def test_a_gated_pattern_finds_what_the_pattern_finds():
    p = re.compile(r"(?<!\w)(?:coches? bombas?|minas?|a golpes)(?!\w)")
    g = gated(p)
    assert isinstance(g, GatedPattern) and g.ungated is p
    for text in ("estallo un coche bomba frente al cuartel", "lo mataron a golpes", "la mina de oro",
                 "una minera cerro", "los cochinos del vecino", "a golpear la puerta", ""):
        want = p.search(text)
        got = g.search(text)
        assert (got and got.span()) == (want and want.span())
        assert g.sub(" ", text) == p.sub(" ", text)
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in p.finditer(text)]
    assert g.search("la mina", 3) is not None  # with a position: the pattern's own search
    assert [m.span() for m in g.finditer("la mina y las minas", 4)] == [(14, 19)]
    assert g.pattern == p.pattern  # anything else is the pattern's


def test_text_keys_are_the_words_first_characters():
    assert text_keys("un coche-bomba, a golpes") == {"un", "coch", "bomb", "a", "golp"}


def _data_patterns() -> list[tuple[str, object]]:
    """Every pattern the cue loaders build (gated or not), named by where it comes from."""
    from cronica.extraction.flags import load_cues
    from cronica.extraction.framing import load_framing
    from cronica.extraction.triggers import load_filters
    from cronica.nlp.triggerlex import load_triggers

    out: list[tuple[str, object]] = []

    def add(name, x):
        if isinstance(x, (re.Pattern, GatedPattern)):
            out.append((name, x))
        elif isinstance(x, tuple):
            for k, y in enumerate(x):
                add(f"{name}[{k}]", y)

    for obj in (load_filters(), load_framing()):
        for f in dataclasses.fields(obj):
            add(f"{type(obj).__name__}.{f.name}", getattr(obj, f.name))
    lex = load_triggers()
    add("variant_cues", lex.variant_cues)
    add("follow_up_operation", lex.follow_up_operation)
    add("whereabouts_unknown", lex.whereabouts_unknown)
    for where, entries in (("token", lex.tokens), ("phrase", lex.phrases)):
        for k, t in enumerate(entries):
            add(f"{where}[{k}].requires_near", t.requires_near)
            add(f"{where}[{k}].unless_near", t.unless_near)
            add(f"{where}[{k}].retype", t.retype)
    for flag, pats in load_cues().patterns.items():
        add(f"flags.{flag}", pats)
    return out


DATA = _data_patterns()
GATED = [(name, p) for name, p in DATA if isinstance(p, GatedPattern)]

# folded sentences of our own writing, in the registers the cues are written for
OWN = (
    "un coche bomba estallo frente al cuartel y dejo tres muertos y doce heridos",
    "los manifestantes bloquearon la carretera y la policia los desalojo con gases lacrimogenos",
    "el delantero marco dos goles y el equipo ataco por la banda derecha",
    "hace 30 anos, en 1994, una columna guerrillera embosco a una patrulla del ejercito",
    "la fiscalia nego que hubiera existido un enfrentamiento entre reos del penal",
    "sicarios en motocicleta dispararon contra un lider social en la vereda el placer",
    "el ministro anuncio un estado de emergencia tras el paro armado del eln",
    "fueron detenidos cuatro presuntos integrantes de una banda criminal con armas de fuego",
    "hinchas apedrearon un bus y saquearon tiendas tras el partido",
    "la pelicula narra el secuestro de un empresario por una banda de ficcion",
)


def test_the_data_files_cue_patterns_are_gated():
    """The per-sentence word lists are gated (each a list of words and stems after a word start)."""
    assert all(isinstance(p, GatedPattern) for name, p in DATA if name.startswith("variant_cues"))
    assert len(GATED) >= 0.8 * len(DATA)


@pytest.mark.parametrize("text", OWN)
def test_gated_data_patterns_find_what_they_found_on_our_sentences(text):
    for name, g in GATED:
        want, got = g.ungated.search(text), g.search(text)
        assert (got and got.span()) == (want and want.span()), name


def _vocabulary() -> list[str]:
    """The patterns' own literal words (what makes them match, and their near misses) and a few of ours."""
    words = set()
    for _, g in GATED:
        words.update(w for w in re.findall(r"[a-z]+", g.pattern) if len(w) > 1)
    words.update(("de", "la", "el", "en", "y", "a", "que", "los", "mas", "contra", "tras", "fue", "sin"))
    return sorted(words)


VOCAB = _vocabulary()
_WORDS = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(("", "", "s", "es", "ado", "a", "ron"))),
                  min_size=1, max_size=14)
_SEPS = st.sampled_from((" ", " ", " ", ", ", ". ", "-", ": "))


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.lists(_SEPS, min_size=14, max_size=14))
def test_gated_data_patterns_never_skip_a_match(words, seps):
    """Property: on texts made of the patterns' own words (whole, with endings, in any order), a gated
    pattern finds exactly what its pattern finds; the gate only ever skips texts with no match."""
    text = "".join(w + end + sep for (w, end), sep in zip(words, seps)).strip()
    for name, g in GATED:
        want, got = g.ungated.search(text), g.search(text)
        assert (got and got.span()) == (want and want.span()), (name, text)
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.ungated.finditer(text)], (name, text)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_gated_data_patterns_find_what_they_found_on_texts_made_to_match(data):
    """Property: texts that hold a match of one of the data files' patterns (made from the pattern
    itself, with anything around it): that pattern, gated, finds what it finds ungated, and so does
    every other gated pattern."""
    _, chosen = data.draw(st.sampled_from(GATED))
    before = data.draw(st.sampled_from(("", "tras ", "ayer, ", "la ")))
    text = before + data.draw(st.from_regex(chosen.ungated))
    for name, g in GATED:
        want, got = g.ungated.search(text), g.search(text)
        assert (got and got.span()) == (want and want.span()), (name, text)
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.ungated.finditer(text)], (name, text)
