"""Session 21 (backgr2): court news names its massacre's dead in the headline and the lead, and
tells the killing after the ruling; the ruling takes no toll, so the killing told next does.
Sentences written for these tests."""
import cronica

TEXT = ("Condenan a dos exsoldados por la masacre de 12 campesinos en El Cedro\n"
        "CIUDAD DE GUATEMALA, 9 may (Agencia) - Un tribunal de mayor riesgo condenó este jueves a 40 años "
        "de prisión a dos exsoldados por la masacre de 12 campesinos en la aldea El Cedro, en Quiché.\n"
        "Según la sentencia, el 3 de mayo de 1983 los acusados reunieron a los vecinos en la escuela y los "
        "mataron a tiros.\n")


def test_the_killing_told_after_the_ruling_takes_the_toll_of_the_headline():
    events = cronica.extract(TEXT, published="2025-05-09", doc_id="t")
    killings = [e for e in events if e.type == "killing"]
    assert len(killings) == 1 and killings[0].date.value == "1983-05-03"
    assert killings[0].killed is not None and killings[0].killed.best == 12


def test_the_ruling_itself_carries_no_toll():
    events = cronica.extract(TEXT, published="2025-05-09", doc_id="t")
    assert all(e.killed is None for e in events if e.type == "other")
