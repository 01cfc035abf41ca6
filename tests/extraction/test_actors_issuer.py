"""actors: the force that issues a communiqué did the arrests and seizures it tells without their
agent, far from where it names itself or in the first person (session 9, own texts)."""
import cronica


def _only(text, etype):
    events = [e for e in cronica.extract(text, published="2023-04-06") if e.type == etype]
    assert events, [(e.type, e.evidence) for e in cronica.extract(text, published="2023-04-06")]
    return events[0]


def test_a_seizure_told_at_the_end_of_a_communique_is_the_issuers():
    text = ("FUERZA DE TAREA CONJUNTA\nCOMUNICADO\n"
            "La Fuerza de Tarea Conjunta informa que en la madrugada del martes 4 de abril, durante un patrullaje "
            "en la zona de Yby Yaú, departamento de Concepción, una unidad detectó un campamento abandonado.\n"
            "En los alrededores había huellas recientes. Los restos de comida tenían pocos días.\n"
            "No hubo contacto con ningún grupo armado. El área fue rastrillada durante seis horas.\n"
            "En el campamento se incautaron tres escopetas, una pistola y municiones.")
    ev = _only(text, "seizure")
    assert ev.actor1 is not None and ev.actor1.name == "Fuerza de Tarea Conjunta (Paraguay)"


def test_an_arrest_told_in_the_first_person_is_the_issuers():
    text = ("Policía Nacional Civil\n#PNCInforma: en un allanamiento en el barrio El Centro de Zacatecoluca "
            "capturamos a dos extorsionistas de la MS13 y les decomisamos una pistola.")
    ev = _only(text, "arrest")
    assert ev.actor1 is not None and ev.actor1.name == "Policía Nacional Civil (El Salvador)"
    assert ev.actor2 is not None and "extorsionistas" in ev.actor2.as_written


def test_no_issuer_is_made_up_when_the_report_names_no_force():
    text = ("Vecinos de un barrio de Zacatecoluca denunciaron ruidos durante la noche.\n"
            "Según los testigos, hubo gritos y carreras. Nadie llamó a las autoridades.\n"
            "Al amanecer, dos hombres fueron detenidos en la esquina del mercado.")
    ev = _only(text, "arrest")
    assert ev.actor1 is None and ev.actor2.as_written == "dos hombres"
