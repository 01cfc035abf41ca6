"""counts: figures for killed/wounded/kidnapped/arrested, on sentences written for these tests."""
import pytest

from cronica.extraction.counts import find_counts


def counts_of(nlp, sentence):
    doc = nlp(sentence)
    return {(c.category, c.best, c.low, c.high) for c in find_counts(next(doc.sents))}


@pytest.mark.parametrize("sentence,expected", [
    ("El atentado dejó 7 muertos y 25 heridos en la plaza.", {("killed", 7, 7, 7), ("wounded", 25, 25, 25)}),
    ("La emboscada dejó como saldo 2 soldados muertos y 3 heridos.", {("killed", 2, 2, 2), ("wounded", 3, 3, 3)}),
    ("Murieron cinco comuneros durante el ataque.", {("killed", 5, 5, 5)}),
    ("Un sargento murió y seis efectivos resultaron heridos.", {("killed", 1, 1, 1), ("wounded", 6, 6, 6)}),
    ("Los cabos Luis Pérez Soto y Mario Díaz Ruiz murieron en el acto.", {("killed", 2, 2, 2)}),
    ("Los atacantes hirieron al teniente Carlos Ramírez Prado.", {("wounded", 1, 1, 1)}),
    ("La fiscalía confirmó la muerte de 11 pobladores.", {("killed", 11, 11, 11)}),
    ("Al menos 12 personas murieron tras la explosión.", {("killed", 12, 12, None)}),
    ("La columna secuestró a veinticuatro trabajadores de la empresa.", {("kidnapped", 24, 24, 24)}),
    ("La policía capturó a cuatro presuntos integrantes de la banda.", {("arrested", 4, 4, 4)}),
    ("El choque dejó decenas de muertos según testigos.", {("killed", None, 10, None)}),
])
def test_counts(nlp, sentence, expected):
    assert counts_of(nlp, sentence) == expected


def test_names_and_measures_are_not_counts(nlp):
    # a surname that is a number word, ages, money and weights are never casualty figures
    assert counts_of(nlp, "El suboficial José Millones Vásquez, de 40 años, declaró ante el juez.") == set()
    assert counts_of(nlp, "Se hallaron 300 kilos de droga y 20 000 soles en el campamento.") == set()


def test_range_gives_low_best_and_high(nlp):
    found = counts_of(nlp, "Entre 30 y 45 personas murieron en la masacre.")
    assert found == {("killed", 30, 30, 45)}


def test_conjoined_victims_are_separate_figures(nlp):
    doc = nlp("En la operación murieron tres guerrilleros y un policía.")
    found = sorted((c.category, c.best, c.victim) for c in find_counts(next(doc.sents)))
    assert [(c, b) for c, b, _ in found] == [("killed", 1), ("killed", 3)]
