from cronica.text.clean import clean, paragraphs


def test_citation_marks_are_removed_and_offsets_map_back():
    original = "[26] En mayo de 2010 hubo un ataque.[44][45] Luego otro."
    ct = clean(original)
    assert "[" not in ct.text
    assert ct.text.startswith("En mayo de 2010")
    i = ct.text.index("ataque")
    s, e = ct.to_original(i, i + len("ataque"))
    assert original[s:e] == "ataque"
    j = ct.text.index("Luego")
    s, e = ct.to_original(j, len(ct.text))
    assert original[s:e] == "Luego otro."


def test_whitespace_collapses_and_paragraphs_survive():
    original = "Primera  línea\t con\u00a0espacios.\n\n\n  Segunda línea.\nTercera."
    ct = clean(original)
    assert ct.text == "Primera línea con espacios.\n\nSegunda línea.\nTercera."
    paras = paragraphs(ct.text)
    assert [ct.text[s:e] for s, e in paras] == ["Primera línea con espacios.", "Segunda línea.", "Tercera."]
    for s, e in paras:
        os_, oe = ct.to_original(s, e)
        assert " ".join(original[os_:oe].split()) == ct.text[s:e]


def test_brackets_that_are_not_citations_stay():
    ct = clean("El grupo [armado] atacó.")
    assert ct.text == "El grupo [armado] atacó."


def test_empty_and_only_marks():
    assert clean("").text == ""
    assert clean("[1][2]").text == ""


def test_run_by_run_cleaning_equals_the_character_walk():
    """`clean` takes runs of whitespace at once on texts without citation marks; the reference
    walks the text one character at a time. Same text, same offsets, on random texts."""
    import random

    from cronica.text.clean import _clean_chars

    rng = random.Random(7)
    alphabet = ["a", "ñ", "É", ".", " ", " ", "\n", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028", "\x1c", "\r", "["]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        fast, slow = clean(text), _clean_chars(text)
        assert (fast.text, fast.offsets, fast.original_length) == (slow.text, slow.offsets, slow.original_length), text
    for text in ("  Titular\n\n\nCuerpo  del texto. \n", "\n\n", " x ", "Fin.\u200b"):
        assert clean(text) == _clean_chars(text)
