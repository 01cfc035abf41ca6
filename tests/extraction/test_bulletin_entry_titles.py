"""A bulletin entry's title ("Masacre en X. En la noche del ...") is the entry's headline: the
incident it names is the one its body tells, not a second, undated event beside it
(pipeline._entry_title; Assembler's headline joins). Sentences written for these tests (CC0)."""
import pytest

from cronica.pipeline import _entry_title

BULLETIN = (
    "Registro semanal de agresiones\n"
    "Masacre en zona rural de Cumbal. En la noche del 3 de marzo de 2026, hombres armados llegaron a una "
    "cantina de la vereda El Naranjal y dispararon contra los clientes. Murieron cuatro hombres y otro "
    "quedó herido.\n"
    "Desaparición de lideresa campesina. El 5 de marzo de 2026, la presidenta de la junta de la vereda "
    "San Pablo salió de su casa hacia el pueblo y no regresó. Su familia denunció la desaparición.\n"
    "Asesinato de dirigente indígena en Silvia. El 7 de marzo de 2026, dos hombres en moto le dispararon "
    "al gobernador del resguardo cuando salía de una reunión. Murió en el lugar.\n")


def test_each_entry_title_names_the_incident_its_own_body_tells(extract):
    evs = extract(BULLETIN)
    told = sorted((e.date.value, e.type, e.killed and e.killed.best) for e in evs)
    # the first entry's armed men firing on a cantina's clients is an attack whatever its title calls it
    # (corpus/README.md, "Civilians shot in an armed assault on a place", session 18)
    assert told == [("2026-03-03", "attack", 4), ("2026-03-05", "disappearance", None),
                    ("2026-03-07", "killing", 1)], [(e.type, e.evidence.text) for e in evs]


@pytest.mark.parametrize("text, title", [
    ("Masacre en zona rural de Cumbal. En la noche del lunes murieron cuatro hombres.", True),
    ("Desaparición de lideresa campesina. La familia no sabe de ella desde el martes.", True),
    ("Hombres armados mataron a cuatro personas. La policía investiga el hecho.", False),  # a verb
    ("2. La policía detuvo a tres hombres en el barrio Centro.", False),                   # a numbered point
    ("Lunes 14/03/2026. La policía detuvo a tres hombres en el barrio Centro.", False),     # a date
])
def test_what_is_an_entry_title(pipeline, text, title):
    first = next(iter(pipeline.nlp(text).sents))
    assert _entry_title(first, True, True) is title


def test_a_title_is_only_the_opening_of_a_paragraph_that_goes_on(pipeline):
    first = next(iter(pipeline.nlp("Masacre en zona rural de Cumbal. En la noche del lunes murieron cuatro.").sents))
    assert not _entry_title(first, False, True) and not _entry_title(first, True, False)
