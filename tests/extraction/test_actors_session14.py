"""Actor roles, session 14 (issue 12 item 3). Sentences written for these tests (CC0).

* Members of a named unit told before its name ("personal de la Brigada X", "tropas de la
  Brigada X número N", "agentes de la Unidad X (UX)"; roles.yaml ``force_members``) are the words
  of an arrest's, seizure's or operation's actor1, rather than the adjective of "operación
  militar" or a communiqué's header; a force the act's own sentence tells ("los marinos
  aseguraron") stays.
* The people inside premises that were shot at (roles.yaml ``patron_words``: "abrieron fuego
  contra los clientes", "dispararon contra un grupo de comensales") are the target of the attack,
  rather than the bar or shop, a vehicle, or the dead told as a figure ("cinco personas
  murieron"); one person told alone ("un hombre de 30 años") stays.
"""
import pytest

from cronica.extraction.actors import people_aimed_at, unit_members


PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text, whom", [
    ("Dos pistoleros entraron en la cantina y abrieron fuego contra los clientes.", "los clientes"),
    ("Los atacantes dispararon contra un grupo de comensales que cenaba en la terraza.",
     "un grupo de comensales"),
    ("Un hombre armado disparó contra los feligreses al final de la misa.", "los feligreses"),
])
def test_the_people_shot_at_in_a_place(nlp, text, whom):
    found = people_aimed_at(next(nlp(text).sents))
    assert found is not None and found.text.startswith(whom)


@pytest.mark.parametrize("text, target", [
    # the figure of the dead gives way to the clients shot at
    ("Cuatro personas murieron la noche del viernes cuando un comando armado irrumpió en una cantina del "
     "barrio San Rafael, en Irapuato, y abrió fuego contra los clientes.", "los clientes"),
    # the bar of the headline gives way to the clients of the sentence that names the doers
    ("Ataque armado contra una cantina de Celaya deja tres muertos.\nTres hombres murieron la noche del sábado "
     "en un ataque armado contra una cantina de la colonia Centro de Celaya. Según testigos, cuatro sujetos "
     "encapuchados entraron al local y dispararon contra los clientes que jugaban billar.", "los clientes"),
    # one person told alone stays the target
    ("Un hombre de 30 años fue asesinado a balazos la noche del lunes en una tienda del barrio El Prado, en "
     "Cali, por dos sicarios que luego dispararon contra los clientes.", "Un hombre de 30 años"),
])
def test_the_target_of_an_attack_inside_premises(extract, text, target):
    attacks = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "killing")]
    assert attacks and attacks[0].actor2 is not None
    assert attacks[0].actor2.as_written.startswith(target)


# --- members of a named unit as the doers of an arrest, seizure or operation (force_members)


@pytest.mark.parametrize("text, members", [
    ("El comando informa que, en una operación militar, personal de la Fuerza Naval del Sur aprehendió "
     "a tres hombres.", "personal de la Fuerza Naval del Sur"),
    ("Tropas de la Brigada de Montaña número 7 destruyeron un laboratorio.", "Tropas de la Brigada de Montaña número 7"),
    ("Agentes de la Unidad Contra el Secuestro (UCS) liberaron a la víctima.",
     "Agentes de la Unidad Contra el Secuestro (UCS)"),
])
def test_members_of_a_named_unit(nlp, text, members):
    found = unit_members(next(nlp(text).sents))
    assert found is not None and found.text == members


@pytest.mark.parametrize("finder, text", [
    (people_aimed_at, "Los sicarios dispararon contra la fachada de la tienda."),
    (people_aimed_at, "Desconocidos dispararon contra dos policías que custodiaban el banco."),
    (people_aimed_at, "Los clientes huyeron cuando empezaron los disparos."),
    (unit_members, "Los agentes detuvieron a dos hombres en el mercado."),
    (unit_members, "Fueron capturados tres integrantes de Los Rastrojos."),
    (unit_members, "Personal de apoyo llegó al lugar horas después."),
])
def test_the_sentence_finders_find_nothing(nlp, finder, text):
    assert finder(next(nlp(text).sents)) is None


def _doer(evs, etype):
    ev = next(e for e in evs if e.type == etype)
    return ev.actor1.as_written if ev.actor1 else None


def test_the_unit_that_acted_rather_than_the_adjective_of_the_operation(extract):
    evs = extract("COMANDO CONJUNTO DE LAS FUERZAS ARMADAS\nBoletín de prensa\nEl 4 de mayo de 2024, en una "
                  "operación militar en el cantón San Lorenzo, provincia de Esmeraldas, personal de la "
                  "Brigada de Selva Número 19 aprehendió a cinco presuntos integrantes del grupo "
                  "Los Lobos.\nDurante la operación se decomisaron cuatro fusiles y 300 cartuchos.",
                  published=PUBLISHED)
    assert _doer(evs, "arrest") == "personal de la Brigada de Selva Número 19"
    assert _doer(evs, "seizure") == "personal de la Brigada de Selva Número 19"


def test_the_force_told_by_the_acts_own_sentence_stays(extract):
    evs = extract("Elementos de la Secretaría de Marina detuvieron el lunes en Culiacán, Sinaloa, a un "
                  "presunto jefe de plaza.\nEn la vivienda los marinos aseguraron tres fusiles y una "
                  "granada.", published=PUBLISHED)
    assert _doer(evs, "seizure") == "los marinos"


# --- a camp a force destroyed is the group's (camp_nouns)

def _target(evs, etype):
    ev = next(e for e in evs if e.type == etype)
    return ev.actor2


def test_a_camp_told_alone_gives_way_to_the_group_named(extract):
    evs = extract("Efectivos de la Fuerza de Tarea Conjunta destruyeron el martes un campamento en una zona "
                  "boscosa del distrito de Horqueta, en Concepción, que según los militares era usado por "
                  "el EPP.", published=PUBLISHED)
    target = _target(evs, "security_operation")
    assert target is not None and target.name == "Ejército del Pueblo Paraguayo"


def test_a_camp_told_with_its_group_stays(extract):
    evs = extract("Las Fuerzas Militares bombardearon el lunes un campamento del frente Primero de las "
                  "disidencias de las FARC en zona rural de Calamar, en el Guaviare.", published=PUBLISHED)
    ev = next(e for e in evs if e.actor2 is not None)
    assert ev.actor2.as_written.startswith("un campamento del frente Primero")
