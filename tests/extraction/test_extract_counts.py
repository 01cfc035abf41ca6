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


# ---- issue 12: zeros, updates, running totals, figures by side (sentences written for these tests)
from cronica.extraction.counts import counts_by_group, merge_counts  # noqa: E402


def mentions_of(nlp, *sentences):
    out = []
    for s in sentences:
        out.extend(find_counts(next(nlp(s).sents)))
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("No hubo víctimas en el ataque contra el oleoducto.", {("killed", 0, 0, 0), ("wounded", 0, 0, 0)}),
    ("La explosión no dejó heridos, informó la policía.", {("wounded", 0, 0, 0)}),
    ("El asalto terminó sin víctimas mortales.", {("killed", 0, 0, 0)}),
])
def test_explicit_zero(nlp, sentence, expected):
    assert counts_of(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Un choque entre pandillas provocó la muerte de 12 presos y dejó heridas a 9 personas.",
     {("killed", 12, 12, 12), ("wounded", 9, 9, 9)}),
    ("El estallido causó heridas a 15 transeúntes y la muerte a otros tres.",
     {("wounded", 15, 15, 15), ("killed", 3, 3, 3)}),
    ("El coche bomba dejó 40 víctimas y más de 100 heridos.", {("killed", 40, 40, 40), ("wounded", 100, 100, None)}),
    ("Cinco campesinos fueron acribillados en la carretera.", {("killed", 5, 5, 5)}),
    ("La bomba dejó dañada la fachada y heridos a más de 20 soldados.", {("wounded", 20, 20, None)}),
])
def test_more_casualty_constructions(nlp, sentence, expected):
    assert counts_of(nlp, sentence) == expected


def test_running_totals_are_cumulative(nlp):
    for sentence in ("El crimen eleva a 31 los soldados muertos en lo que va del año.",
                     "Con este ataque se eleva a 31 el número de soldados asesinados en lo que va del año."):
        assert all(c.cumulative for c in mentions_of(nlp, sentence) if c.category == "killed"), sentence
    [c] = mentions_of(nlp, "La oleada de ataques ya ha dejado 23 muertos en el departamento.")
    assert c.cumulative
    [c] = mentions_of(nlp, "La emboscada dejó cuatro soldados muertos.")
    assert not c.cumulative


def test_update_replaces_the_first_figure(nlp):
    ms = mentions_of(nlp, "El atentado dejó seis muertos.", "Horas después la cifra de muertos se elevó a nueve.")
    assert [m.update for m in ms] == [False, True]
    merged = merge_counts(ms, lambda m: "unknown")
    assert merged["killed"][0] == 9


def test_cumulative_and_zero_do_not_add(nlp):
    ms = mentions_of(nlp, "La emboscada dejó tres policías muertos.",
                     "Con ellos suman 27 los policías muertos este año.",
                     "No hubo víctimas civiles.")
    merged = merge_counts(ms, lambda m: "state" if m.victim_head and "polic" in m.victim_head else "unknown")
    assert merged["killed"][0] == 3


def test_figures_by_side_add_up_and_split(nlp):
    ms = mentions_of(nlp, "Murieron cuatro soldados y dos guerrilleros en el combate.")
    group = {"soldados": "state", "guerrilleros": "rebels"}
    g = lambda m: group.get(m.victim_head, "unknown")  # noqa: E731
    assert merge_counts(ms, g)["killed"][0] == 6
    assert counts_by_group(ms, g)["killed"] == {"state": 4, "rebels": 2}


def test_shots_are_not_victims(nlp):
    assert counts_of(nlp, "Asesinaron de tres balazos a un comerciante del mercado.") == {("killed", 1, 1, 1)}
    assert counts_of(nlp, "Lo mataron de cuatro disparos en la espalda.") == set()
