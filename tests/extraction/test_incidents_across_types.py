"""One event per incident across types (issue 10): the same incident told with a trigger word
of another type stays one event, and two incidents of two types stay two. Sentences written for
these tests (CC0)."""

from event_checks import told, one_event as _one_event


PUBLISHED = "2024-05-10"


def one_event(extract, text, etype, published=PUBLISHED):
    return _one_event(extract, text, etype, published)


# -- captives taken in an armed attack on a place are the attack's (framing._captives_of_attack)

def test_workers_taken_in_an_arson_attack_are_the_attack(extract):
    text = ("El martes, un grupo armado incendió el aserradero de una comunidad en las afueras de Pucallpa "
            "y retuvo durante un día a su capataz.")
    ev = one_event(extract, text, "attack")
    assert ev.kidnapped.best == 1


def test_guards_held_after_an_assault_on_their_post_are_the_attack(extract):
    text = ("El 4 de junio de 1989 una columna guerrillera atacó el puesto policial de Uchiza; tras "
            "tres horas de fuego, los nueve agentes se rindieron y fueron retenidos durante una semana.")
    one_event(extract, text, "attack", published=None)


def test_people_beaten_and_kidnapped_stay_a_kidnapping(extract):
    # the violence is done to the people taken, not to a place: the kidnapping is the incident
    text = ("El sábado, tres ingenieros de una empresa constructora fueron golpeados y secuestrados por "
            "hombres armados en la carretera a Tumaco.")
    evs = extract(text, published=PUBLISHED)
    assert "kidnapping" in [e.type for e in evs], told(evs)
    assert "attack" not in [e.type for e in evs], told(evs)


def test_a_kidnapping_told_on_its_own_beside_an_attack_stays_its_own(extract):
    text = ("El lunes, desconocidos incendiaron tres camiones de una empresa minera en Pataz. "
            "Dos días después, en otra provincia, hombres armados secuestraron a un comerciante en Trujillo.")
    evs = extract(text, published=PUBLISHED)
    assert sorted(e.type for e in evs) == ["attack", "kidnapping"], told(evs)


def test_a_single_place_attacked_counts_as_its_plural(extract):
    # framing.yaml attacked_places: a singular whose plural adds "-es" ("hotel", "cuartel",
    # "camión") is a place as its plural is; the captives are the attack's either way
    for place in ("un hotel", "dos hoteles", "el cuartel", "los cuarteles", "un camión", "dos camiones"):
        text = (f"El jueves, hombres armados atacaron {place} de la empresa en las afueras de Tumaco "
                f"y secuestraron a dos trabajadores.")
        ev = one_event(extract, text, "attack")
        assert ev.kidnapped.best == 2, place


# -- forces retaking a prison after a fight between inmates end that incident (framing.frame)

def test_retaking_the_prison_after_an_inmates_fight_is_no_operation(extract):
    text = ("Cuatro reclusos murieron el domingo en una riña entre bandas en el penal de Tocorón. "
            "Soldados y policías retomaron el control del penal tres horas después.")
    ev = one_event(extract, text, "armed_clash")
    assert ev.killed.best == 4


def test_retaking_control_of_a_town_is_still_an_operation(extract):
    text = ("El Ejército retomó el control del municipio de El Plateado el jueves tras una ofensiva de "
            "tres días contra las disidencias.")
    one_event(extract, text, "security_operation")


# -- the operation and the violence told in it (assemble._cross_join, _body_report_of)

def test_a_headline_killing_over_an_operation_that_killed_is_the_operation(extract):
    text = ("Abaten a cabecilla del Clan del Golfo en Córdoba\n"
            "MONTERÍA, 3 mar (Agencia) - Tropas del Ejército abatieron el domingo a alias El Ruso, cabecilla "
            "de una subestructura del Clan del Golfo, durante una operación en zona rural de Tierralta.")
    ev = one_event(extract, text, "security_operation", published="2024-03-04")
    assert "abatieron" in ev.evidence.text  # the body's report, not the headline


def test_the_clash_told_after_the_operation_it_happened_in_is_the_operation(extract):
    text = ("Cinco presuntos integrantes de una banda de extorsionadores murieron el viernes durante una "
            "operación de la policía en el municipio Cabimas, estado Zulia, informó el ministro. "
            "Según el ministro, los fallecidos se enfrentaron a los agentes con fusiles.")
    ev = one_event(extract, text, "security_operation")
    assert ev.killed.best == 5


def test_troops_deployed_after_an_attack_are_an_operation_of_their_own(extract):
    text = ("Hombres armados atacaron el domingo la comisaría de Tlaxiaco y mataron a dos policías. "
            "El Ejército desplegó tropas en la región y estableció retenes en las carreteras.")
    evs = extract(text, published=PUBLISHED)
    assert sorted(e.type for e in evs) == ["attack", "security_operation"], told(evs)
