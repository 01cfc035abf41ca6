"""Words derived from the time lexicon (cronica/data/es/time.yaml)."""


def test_time_heads_come_from_the_lexicon_with_and_without_accents():
    from cronica.time.lexicon import load_lexicon, time_heads

    heads = time_heads()
    lex = load_lexicon()
    assert set(lex.weekdays) <= heads and set(lex.parts_of_day) <= heads
    assert {"sábado", "sabado", "mañana", "manana", "día", "dia", "fecha"} <= heads
    assert "días" not in heads and "enero" not in heads


def test_month_words_are_the_lexicons_months_and_abbreviations():
    from cronica.time.lexicon import load_lexicon, month_alternation, month_words

    lex = load_lexicon()
    assert month_words() == frozenset(lex.months)
    assert month_words(abbreviations=True) == frozenset(lex.months) | frozenset(lex.month_abbreviations)
    assert "setiembre" in month_words() and "dic" not in month_words()
    import re
    group = re.compile(month_alternation())
    assert all(group.fullmatch(w) for w in month_words())


def test_a_date_day_is_not_a_figure_of_people(nlp):
    from cronica.time.lexicon import is_date_day

    doc = nlp("El 9 de mayo murieron 3 soldados y el 12 de setiembre otros 2.")
    days = {t.text for t in doc if is_date_day(t)}
    assert days == {"9", "12"}
