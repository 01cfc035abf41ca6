"""Revised tolls: the figures given with a rise, and a headline's risen toll (session 11, fresh
probe of corpus part j: j-004, j-024). Sentences written for these tests."""
import cronica
from cronica.extraction.counts import find_counts


def extract(text, published="2025-05-16"):
    return cronica.extract(text, published=published, doc_id="t")


def figures(nlp, sentence):
    return find_counts(next(nlp(sentence).sents))


# ---- the figure listed with a risen one is revised with it

def test_the_wounded_listed_with_a_risen_toll_are_revised_too(nlp):
    found = figures(nlp, "Por la noche la fiscalía elevó la cifra a siete muertos y doce heridos.")
    assert sorted((c.category, c.best, c.update) for c in found) == [("killed", 7, True), ("wounded", 12, True)]


def test_a_figure_not_listed_with_the_rise_is_not_revised(nlp):
    found = figures(nlp, "La cifra de muertos se elevó a siete; en el hospital atienden a doce heridos.")
    assert [(c.best, c.update) for c in found if c.category == "wounded"] == [(12, False)]


def test_a_revision_with_its_own_dead_found_revises_the_incident():
    [e] = [e for e in extract(
        "QUITO, 16 may (Agencia) - Seis presos murieron y tres resultaron heridos el jueves en un enfrentamiento "
        "entre bandas en la cárcel de Turi, en Cuenca. Este viernes las autoridades elevaron la cifra a ocho "
        "muertos y cinco heridos, tras encontrar dos cadáveres más en un pabellón.") if e.killed is not None]
    assert (e.killed.best, e.wounded.best) == (8, 5)


def test_a_headline_with_a_risen_toll_revises_the_lead():
    for lead in ("Tres hombres murieron el miércoles por la noche cuando sujetos armados dispararon contra los "
                 "clientes de una cantina en Zamora, Michoacán.",
                 "La Fiscalía confirmó este viernes la muerte de un cuarto hombre que había resultado herido en el "
                 "ataque del miércoles contra una cantina de Zamora, Michoacán."):
        [e] = [e for e in extract("Sube a cuatro la cifra de muertos por ataque armado en una cantina de Zamora\n"
                                  + lead) if e.killed is not None]
        assert e.killed.best == 4
