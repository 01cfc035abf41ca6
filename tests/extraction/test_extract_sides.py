"""Casualties by side (UCDP GED), victims and their names — on texts written for these tests."""
import cronica
from cronica.export.ucdp import convert
from cronica.model import EVENT_KEYS, Sides


def extract(text, published="2019-05-10"):
    return cronica.extract(text, published=published, doc_id="t")


def test_state_and_rebel_dead_are_split_and_added():
    [e] = extract("Cuatro soldados y dos guerrilleros murieron el lunes en un combate en el Caquetá.")
    assert e.killed.best == 6
    assert e.killed_sides == Sides(a=4, b=2, civilians=0, unknown=0)


def test_civilian_victims_and_named_people():
    [e] = extract("Los rebeldes asesinaron el lunes al suboficial Juan Pérez Soto y a dos campesinos en Tumaco.")
    assert e.killed.best == 3
    assert e.killed_sides == Sides(a=1, b=0, civilians=2, unknown=0)
    assert "Juan Pérez Soto" in e.victim_names


def test_elliptical_wounded_are_the_same_side():
    [e] = extract("Una patrulla del Ejército fue emboscada el martes en el Cauca: tres militares murieron "
                  "y cinco resultaron heridos.")
    assert (e.killed.best, e.wounded.best) == (3, 5)
    assert e.wounded_sides.a == 5 and e.victims == "militares"


def test_explicit_zero_reaches_the_event():
    [e] = extract("Desconocidos atacaron el martes con explosivos una torre eléctrica en Arauca. No hubo víctimas.")
    assert e.killed is not None and e.killed.best == 0


def test_keys_are_appended_and_ucdp_uses_the_split():
    [e] = extract("Cuatro soldados y dos guerrilleros murieron el lunes en un combate en el Caquetá.")
    d = e.to_dict()
    assert tuple(d) == EVENT_KEYS and EVENT_KEYS[-3:] == ("victims", "victim_names", "attribution")
    row = convert(dict(d, id=d["event_id"], best=d["killed"], low=d["killed_low"], high=d["killed_high"]), "event")
    assert (row["deaths_a"], row["deaths_b"], row["deaths_civilians"], row["deaths_unknown"]) == (4, 2, 0, 0)
    assert row["best"] == 6


def test_a_toll_told_before_the_attack_is_its_toll():
    text = ("Dos soldados murieron el domingo en la vereda El Roble.\n\n"
            "Según el Ejército, la tropa fue atacada desde una loma por francotiradores de la columna.")
    events = [e for e in extract(text) if e.type in ("attack", "ambush", "armed_clash", "killing")]
    assert events and events[0].killed is not None and events[0].killed.best == 2


def test_an_arrest_takes_no_toll_and_a_protest_does():
    [arrest] = [e for e in extract("La policía detuvo el martes en Cali a tres hombres acusados de asesinar "
                                   "a dos comerciantes en marzo.") if e.type == "arrest"]
    assert arrest.killed is None
    protests = [e for e in extract("Un manifestante murió y otros doce resultaron heridos el lunes durante "
                                   "una protesta de transportistas en Oruro.") if e.type == "protest"]
    assert protests and protests[0].killed is not None and protests[0].killed.best == 1


def test_a_stated_zero_is_no_killing():
    from cronica.extraction.assemble import _dead
    from cronica.model import Count, Span

    assert not _dead({"killed": Count(0, 0, 0, Span(0, 5, "ilesa"))})
    assert _dead({"killed": Count(1, 1, 1, Span(0, 5, "murió"))})
    assert not _dead({})


def test_a_restated_list_of_groups_is_not_added_again():
    # the headline and the lead tell the same two groups; the second telling adds nothing
    text = ("Enfrentamiento en Pinos deja tres policías y cinco agresores muertos\n"
            "ZACATECAS, 4 mar (Agencia) - Tres policías estatales y cinco presuntos integrantes de una banda "
            "murieron el domingo en un combate en la comunidad de Pinos, informaron las autoridades.")
    events = [e for e in extract(text, published="2021-03-04") if e.killed is not None]
    assert events and all(e.killed.best == 8 for e in events)


def test_a_toll_beside_arrests_reaches_the_incident():
    # "hay tres muertos y dos capturados": the dead are the clash's, the arrests their own event
    text = ("Militares y disidentes se enfrentaron el lunes en la vereda El Carmen, en Tumaco. "
            "Según el Ejército, hay tres muertos y dos capturados.")
    clash = [e for e in extract(text) if e.type == "armed_clash"]
    assert clash and clash[0].killed is not None and clash[0].killed.best == 3


def test_the_crime_the_arrested_are_held_for_is_no_toll():
    events = extract("La policía detuvo el lunes en Lima a cuatro hombres acusados de asesinar a dos taxistas.")
    assert all(e.killed is None for e in events)


def test_a_first_report_gives_way_to_the_later_figure():
    text = ("Guerrilleros emboscaron el sábado a una patrulla policial en la localidad de Horqueta, en Concepción. "
            "En un primer momento, las autoridades informaron de dos agentes muertos y un policía herido. "
            "El domingo, el ministro confirmó que murieron tres agentes.")
    [e] = extract(text)
    assert (e.killed.best, e.wounded.best) == (3, 1)
    assert e.killed_sides.a == 3


def test_a_first_report_after_the_update_still_joins_the_incident():
    text = ("Guerrilleros emboscaron el sábado a una patrulla policial en la localidad de Horqueta, en Concepción. "
            "La cifra de fallecidos ha ascendido a cinco, según las autoridades. "
            "En un primer momento se habló de cuatro muertos y de un agente herido.")
    [e] = extract(text)
    assert (e.killed.best, e.wounded.best) == (5, 1)


def test_groups_break_down_an_unattributed_toll():
    # the headline's "tres muertos" and the lead's two soldiers and one gang member are one toll
    text = ("Emboscada de pandilleros contra patrulla militar deja tres muertos en Cuscatlán\n"
            "SAN SALVADOR, 3 ago (Agencia) - Dos soldados y un presunto pandillero murieron el domingo cuando "
            "pandilleros emboscaron una patrulla del Ejército en Suchitoto, informó la policía.")
    [e] = extract(text, published="2021-08-03")
    assert e.killed.best == 3
    assert (e.killed_sides.a, e.killed_sides.a + e.killed_sides.b + e.killed_sides.unknown) == (2, 3)


def test_an_update_after_a_wounded_died_keeps_the_side():
    # the first report names the side; the rise comes from one of its wounded
    [e] = extract("HUANTA, 8 may (Agencia) - Dos soldados murieron y otros tres quedaron heridos cuando "
                  "desconocidos emboscaron el martes a su patrulla en Llochegua. El miércoles la cifra se elevó "
                  "a tres fallecidos, luego de que uno de los heridos muriera en el hospital.")
    assert (e.killed.best, e.wounded.best) == (3, 2)
    assert e.killed_sides == Sides(a=3, b=0, civilians=0, unknown=0)


def test_a_revised_toll_told_the_next_day_from_a_hospital_elsewhere_is_the_incident_s():
    # the revision is dated a day later and placed at the hospital's district: still the ambush's toll
    [e] = extract("Emboscada en Santa Rosa deja tres policías muertos\n"
                  "AYACUCHO, 9 may (Agencia) - Dos policías murieron y otros cuatro quedaron heridos cuando "
                  "desconocidos atacaron el martes por la noche a su patrulla en el distrito de Santa Rosa.\n"
                  "En la mañana de este miércoles la cifra se elevó a tres fallecidos, luego de que uno de los "
                  "heridos muriera en el hospital de Pichari.\n"
                  "El ministro anunció el envío de más agentes.")
    assert (e.killed.best, e.wounded.best) == (3, 3)
    assert e.killed_sides.a == 3


def test_more_wounded_told_by_their_wound_join_the_incident():
    # "otras N personas resultaron heridas de bala": the toll of the protest told before, no new shooting
    events = extract("Muere joven baleado durante protestas en Talca\n"
                     "SANTIAGO, 12 nov (Agencia) - Un estudiante de 19 años murió la noche del sábado en Talca, "
                     "tras recibir un disparo durante los disturbios que siguieron a una marcha contra el alza "
                     "del pasaje, informó la fiscalía.\n"
                     "Según vecinos, los manifestantes habían levantado barricadas cuando llegó una patrulla "
                     "militar y se oyeron disparos.\n"
                     "Otras tres personas resultaron heridas de bala.\n"
                     "El Ejército abrió un sumario interno.", published="2019-11-12")
    assert [(e.killed.best, e.wounded.best) for e in events] == [(1, 3)]
