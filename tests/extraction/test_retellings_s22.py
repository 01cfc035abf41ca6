"""Retellings and one-sided fire, session 22 (issue 10 item 2: one incident = one event with the right
type and counts). Sentences written for these tests."""
import cronica

PUBLISHED = "2026-03-11"


def violent(text, published=PUBLISHED):
    """The violent events of one text."""
    return [e for e in cronica.extract(text, published=published, doc_id="t")
            if e.type in ("attack", "armed_clash", "killing", "ambush", "bombing")]


# -- a "balacera" in which only the gunmen fire is an attack --------------------------------------

def test_a_balacera_with_gunmen_firing_on_people_is_an_attack():
    events = violent("Balacera en la colonia San Rafael deja un muerto en León.\n"
                     "Un hombre murió y dos jóvenes resultaron heridos durante una balacera registrada la noche "
                     "del lunes en la colonia San Rafael, en León, Guanajuato. Según testigos, dos sujetos en "
                     "motocicleta dispararon contra los jóvenes que estaban en la esquina y escaparon.")
    assert [e.type for e in events] == ["attack"]


def test_a_balacera_aimed_at_a_building_is_an_attack():
    events = violent("Una balacera contra la fachada de una escuela del barrio Ludueña, en Rosario, Santa Fe, dejó "
                     "once impactos en las ventanas la madrugada del martes; no hubo heridos.")
    assert [e.type for e in events] == ["attack"]


def test_a_balacera_between_soldiers_and_gunmen_stays_a_clash():
    events = violent("Se escucha una balacera en la colonia Centro de Culiacán, Sinaloa: vecinos dicen que son "
                     "soldados enfrentándose con hombres armados desde hace media hora.", published="2026-03-10")
    assert [e.type for e in events] == ["armed_clash"]


def test_a_balacera_told_with_no_side_firing_stays_a_clash():
    events = violent("Reportan balacera fuerte en la colonia Las Vegas de Culiacán desde hace diez minutos; se "
                     "escuchan ráfagas y hay dos hombres sin vida en la calle.", published="2026-03-10")
    assert [e.type for e in events] == ["armed_clash"]


def test_one_sided_nouns_come_from_the_data_file():
    from cronica.extraction.framing import load_framing

    cues = load_framing()
    assert "balacera" in cues.one_sided_nouns and "enfrentamiento" not in cues.one_sided_nouns
    assert "contra" in cues.one_sided_aim
