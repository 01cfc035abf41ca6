"""assemble: one incident = one event, coreference, figures across sentences — on texts written for these tests."""
import cronica
from cronica.model import EVENT_KEYS


def extract(text, published=None):
    return cronica.extract(text, published=published, doc_id="t")


def test_phases_and_anaphora_make_one_incident():
    text = ("El jueves una columna armada emboscó a una patrulla del Ejército en el distrito de Pichari, Cusco. "
            "La emboscada dejó tres soldados muertos. Los heridos fueron evacuados a Lima.")
    events = extract(text, published="2021-05-08")
    assert [e.type for e in events] == ["ambush"]
    e = events[0]
    assert e.killed.best == 3
    assert e.date.value == "2021-05-06" and e.date.precision == "day"


def test_casualty_sentence_attaches_to_the_incident_before_it():
    text = ("Una patrulla militar fue emboscada cerca del río Ene. "
            "Los sargentos Pedro Luna Ríos y Raúl Soto Cama murieron.")
    events = extract(text)
    assert len(events) == 1 and events[0].killed.best == 2


def test_conflicting_figures_in_an_anaphoric_sentence_start_a_new_incident():
    text = ("En mayo de 2010 un ataque contra una comisaría dejó un policía muerto. "
            "Este hecho dejó 12 muertos y 30 heridos frente al mercado, con varios edificios destruidos.")
    events = extract(text)
    assert len(events) == 2
    assert {e.killed.best for e in events} == {1, 12}
    assert "bombing" in {e.type for e in events}


def test_new_incident_marker_is_not_merged():
    text = ("Una explosión destruyó una torre eléctrica en Ayacucho. "
            "Horas después, otra explosión afectó un puente.")
    assert len(extract(text)) == 2


def test_different_types_in_one_sentence_are_separate_events():
    text = "La policía capturó a cinco sospechosos y decomisó 300 kilos de cocaína en Huánuco."
    types = sorted(e.type for e in extract(text))
    assert types == ["arrest", "seizure"]


def test_killing_in_an_operation_is_the_operation():
    text = "El cabecilla fue abatido por la Policía en un operativo en el que murieron otras dos personas."
    events = extract(text)
    assert [e.type for e in events] == ["security_operation"]
    assert events[0].killed.best == 3


def test_negative_document_has_no_events():
    text = ("Miles de turistas llegaron a Ayacucho para la Semana Santa. Los hoteles registran ocupación plena "
            "y las autoridades reforzaron los operativos de seguridad para las procesiones.")
    assert extract(text) == []


def test_accident_deaths_are_not_conflict():
    text = "Los cuatro tripulantes de la avioneta fallecieron tras estrellarse en la selva de Ucayali."
    assert extract(text) == []


def test_events_carry_codes_offsets_and_spans():
    text = "[3] El lunes 3 de mayo de 2021 terroristas asesinaron a dos pobladores en el distrito de Llochegua."
    events = extract(text)
    assert len(events) == 1
    e = events[0]
    d = e.to_dict()
    assert tuple(d) == EVENT_KEYS
    assert text[d["evidence_start"]:d["evidence_end"]] == d["evidence"]
    for field, (s, t) in d["spans"].items():
        assert 0 <= s < t <= len(text), field
    assert d["type"] == "killing" and d["killed"] == 2
    assert d["event_type"] == "Violence against civilians" and d["cameo"] == "190" and d["plover"] == "ASSAULT"
    assert d["date"] == "2021-05-03" and d["time_precision"] == 1
    assert text[slice(*d["spans"]["date"])].startswith("lunes 3 de mayo") or "3 de mayo" in text[slice(*d["spans"]["date"])]
    assert d["inter1"] == 3 and d["actor1_text"] == "terroristas"


def test_event_ids_are_deterministic():
    text = "Una columna senderista atacó la base de Mazamari. Dos soldados resultaron heridos."
    a = [e.event_id for e in extract(text)]
    b = [e.event_id for e in extract(text)]
    assert a == b and len(set(a)) == len(a)


def test_hedged_events_have_lower_confidence():
    plain = extract("Un dirigente fue asesinado por desconocidos en Satipo.")[0]
    hedged = extract("Un dirigente habría sido asesinado por desconocidos en Satipo.")[0]
    assert hedged.confidence < plain.confidence


def test_blockade_in_protest_and_state_of_emergency():
    events = extract("Comuneros de Satipo bloquearon la carretera en protesta por el alza de tarifas.")
    assert [e.type for e in events] == ["protest"]
    events = extract("El Gobierno prorrogó por 60 días el estado de emergencia en el distrito de Pichari.")
    assert [e.type for e in events] == ["other"]


def test_landmine_and_additive_figures():
    events = extract("Un soldado murió al pisar una mina durante un patrullaje en Río Tambo.")
    assert [e.type for e in events] == ["bombing"] and events[0].killed.best == 1
    events = extract("Dos policías murieron y otros tres resultaron heridos en un ataque contra una comisaría.")
    assert events[0].killed.best == 2 and events[0].wounded.best == 3


def test_restated_figures_for_the_same_side_do_not_add_up():
    text = ("Tres soldados resultaron heridos en un ataque de la guerrilla en Acobamba. "
            "El ataque dejó tres militares heridos, según el Ejército.")
    events = extract(text, published="2019-03-02")
    assert len(events) == 1 and events[0].wounded.best == 3


def test_figures_for_both_sides_add_up():
    text = ("Cuatro soldados murieron durante un enfrentamiento contra una columna senderista en Vizcatán del Ene. "
            "Durante el enfrentamiento fueron abatidos dos terroristas.")
    events = extract(text, published="2019-03-02")
    assert len(events) == 1 and events[0].killed.best == 6


def test_old_incidents_told_with_their_day_or_verb_are_events_and_recalled_ones_are_not():
    # issue 12: the incident's own date wins; a passing recollection stays background
    told = extract("El 9 de octubre de 1990 una columna armada asesinó a seis campesinos en Chungui.",
                   published="2020-10-09")
    assert [(e.type, e.date.value) for e in told] == [("killing", "1990-10-09")]
    narrated = extract("En 1997 un grupo paramilitar asesinó a once pobladores en una vereda del Meta.",
                       published="2019-03-01")
    assert [(e.type, e.date.value) for e in narrated] == [("killing", "1997")]
    recalled = extract("Los vecinos recordaron a las víctimas de la matanza de Ucuchaca, ocurrida en mayo de "
                       "1986, con una ofrenda de flores.", published="2021-05-20")
    assert recalled == []


def test_an_arrest_carries_no_toll():
    # an arrest is an event of its own; a death told with it is another incident's toll
    text = ("Agentes capturaron el lunes en Tumbes a tres sospechosos. "
            "En la intervención murió un agente.")
    events = extract(text, published="2023-03-08")
    arrests = [e for e in events if e.type == "arrest"]
    assert arrests and all(e.killed is None and e.wounded is None for e in arrests)
    assert arrests[0].arrested is not None and arrests[0].arrested.best == 3


def test_a_toll_dated_years_apart_is_not_the_incidents_before_it():
    # a chronology: the leader's death in another year is not a toll of the pipeline bombing
    text = ("== Historia ==\nEn octubre de 1998, guerrilleros del frente atacaron el puesto de policía de "
            "Convención con fusiles y cilindros; el asalto fue rechazado y murieron dos agentes. "
            "En marzo de 2004, el frente voló con dinamita en dos puntos un tramo del gasoducto cerca de Tibú, "
            "lo que provocó un derrame sobre el río. "
            "El 9 de agosto de 2011, su jefe, conocido como alias Tornillo, murió en combate con tropas del "
            "Ejército en una zona montañosa del Catatumbo.")
    events = extract(text)
    bombing = [e for e in events if e.type == "bombing"]
    assert bombing and all(e.killed is None or e.killed.best in (None, 0) for e in bombing)


def test_a_toll_a_day_after_the_incident_still_joins_it():
    text = ("El 3 de noviembre, hombres armados incendiaron la bodega de una empacadora en Tancítaro. "
            "Al día siguiente uno de los vigilantes murió en el hospital.")
    events = extract(text, published="2024-11-20")
    assert len(events) == 1 and events[0].killed is not None and events[0].killed.best == 1


def test_a_toll_sentence_after_a_blockade_is_the_protests_toll():
    text = ("El 4 de mayo de 2023 comuneros de Chumbivilcas bloquearon la vía de acceso a la mina en el distrito "
            "de Velille, en Cusco, para exigir el cumplimiento de un convenio. "
            "La Policía desbloqueó la vía por la tarde; se reportaron tres comuneros y dos policías heridos.")
    events = extract(text, published="2023-05-05")
    protests = [e for e in events if e.type == "protest"]
    assert protests and protests[0].wounded is not None and protests[0].wounded.best == 5
