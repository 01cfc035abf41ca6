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


# -- an assault with firearms and explosives is an attack ------------------------------------------

def test_shots_and_explosives_thrown_in_one_assault_are_an_attack():
    events = violent("Hombres armados dispararon con fusiles y lanzaron dos artefactos explosivos durante media "
                     "hora contra la estación de Policía del municipio de Morales, Cauca, en la noche del lunes; "
                     "un patrullero resultó herido.", published="2026-03-11")
    assert [e.type for e in events] == ["attack"]


def test_explosives_alone_stay_a_bombing_beside_a_shooting_told_apart():
    events = violent("El 3 de febrero, desconocidos detonaron un explosivo frente a una ferretería del barrio "
                     "Cristo del Consuelo, en Guayaquil, sin causar víctimas. La Policía atribuyó el ataque a una "
                     "banda que cobra extorsiones; las denuncias por extorsión se dispararon este año.",
                     published="2026-03-11")
    assert [e.type for e in events] == ["bombing"]


# -- a total told after one more death replaces the first figure ---------------------------------

def _figures(events, cat):
    return [getattr(e, cat).best if getattr(e, cat) is not None else None for e in events]


def test_a_total_after_one_more_death_replaces_the_first_toll():
    events = violent("Tres comerciantes fueron asesinados la noche del viernes en un local de la colonia Centro de "
                     "Tepic, Nayarit, por hombres armados que huyeron en una camioneta. El sábado murió en el "
                     "hospital el dueño del local, que había recibido un disparo en el pecho, con lo que el ataque "
                     "suma cuatro fallecidos.", published="2026-03-09")
    assert _figures(events, "killed") == [4]


def test_a_total_told_as_the_people_after_con_lo_que_is_the_toll():
    events = violent("Dos policías estatales murieron y otros tres resultaron heridos el martes en una emboscada en "
                     "la sierra de Guadalupe y Calvo, Chihuahua. Uno de los agentes heridos falleció el miércoles "
                     "en la clínica, con lo que suman tres los elementos muertos.", published="2026-03-12")
    assert _figures(events, "killed") == [3]
    assert _figures(events, "wounded") == [2]


def test_the_rest_of_the_wounded_after_a_risen_toll_is_the_wounded_figure():
    events = violent("Hombres armados atacaron el domingo un puesto de la Policía en el municipio de Caldono, "
                     "Cauca, y dejaron un agente muerto y cinco heridos. Este martes la cifra de muertos subió a "
                     "dos, luego de que un patrullero falleciera en una clínica de Popayán. Los otros cuatro "
                     "policías heridos siguen estables.", published="2026-03-10")
    assert _figures(events, "killed") == [2]
    assert _figures(events, "wounded") == [4]


def test_a_post_counting_up_the_toll_is_the_toll_now():
    events = violent("Reportan ataque con explosivos contra la estación de Policía de Suárez, Cauca. Hay dos "
                     "policías heridos, uno de gravedad.\n"
                     "Última hora: falleció el agente que permanecía grave. Van un uniformado muerto y un herido por "
                     "el ataque en Suárez.", published="2026-03-10")
    assert _figures(events, "killed") == [1]
    assert _figures(events, "wounded") == [1]


def test_a_running_total_of_the_year_after_con_lo_que_is_not_the_toll():
    events = violent("Un policía fue asesinado a balazos el lunes en la colonia Obrera de Celaya, Guanajuato, con "
                     "lo que suman 27 los agentes asesinados en el estado en lo que va del año.",
                     published="2026-03-10")
    assert _figures(events, "killed") == [1]
