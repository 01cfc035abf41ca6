"""Words derived from the time lexicon (cronica/data/es/time.yaml)."""


def test_time_heads_come_from_the_lexicon_with_and_without_accents():
    from cronica.time.lexicon import load_lexicon, time_heads

    heads = time_heads()
    lex = load_lexicon()
    assert set(lex.weekdays) <= heads and set(lex.parts_of_day) <= heads
    assert {"sábado", "sabado", "mañana", "manana", "día", "dia", "fecha"} <= heads
    assert "días" not in heads and "enero" not in heads
