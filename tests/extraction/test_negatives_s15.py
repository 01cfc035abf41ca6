"""Session 15 negatives (issue 10): a coach's verdict on a match, an army's civic-action health
campaign, a police cordon round a scene already told, and a running total recapping the incident
found no event. Our own sentences (CC0); the classes come from corpus train/dev documents named
in the data files' comments (b-004, d-178, e-001, o-027; r-037, s-037; b-032, r-028 ...; s-041 ...)."""
from cronica.extraction.triggers import find_triggers


PUBLISHED = "2026-11-10"


def marks(nlp, text):
    """{trigger text: dropped reason} for the triggers of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: m.dropped for s in doc.sents for m in find_triggers(s)}


# -- sports: a coach's verdict

def test_a_coach_s_verdict_is_sports(nlp):
    got = marks(nlp, '"Nos mataron en las jugadas a balón parado", admitió el entrenador tras la derrota.')
    assert got["mataron"] and got["mataron"].startswith("other sense (sports)")


def test_a_coach_shot_dead_is_still_a_killing(nlp):
    # a weapon and a death beside the sports word: the killing stays (armed_harm_senses)
    got = marks(nlp, "Hombres armados mataron a tiros al entrenador de un equipo juvenil en la cancha del barrio.")
    assert got["mataron"] is None


def test_a_match_report_with_a_coach_s_verdict_has_no_event(extract):
    text = ("El equipo local perdió 0-2 en su estadio y quedó fuera de la liguilla. "
            '"Nos mataron con dos contraataques", reconoció el técnico visitante. El entrenador local '
            "pidió paciencia a la afición.")
    assert extract(text, published=PUBLISHED) == []


# -- civic action: military doctors and dentists

def test_a_civic_action_operation_is_no_security_operation(nlp):
    got = marks(nlp, "Durante la operación se desplegaron 80 efectivos militares, médicos y odontólogos "
                     "que atendieron a cientos de pobladores.")
    assert all(v and v.startswith("other sense (medicine)") for v in got.values()), got


def test_a_civic_action_campaign_has_no_event(extract):
    text = ("El Ejército llevó a cabo una campaña de acción cívica en tres comunidades de la selva. "
            "Durante la operación, médicos y enfermeras militares realizaron atenciones de medicina general "
            "y se aplicaron 500 dosis de vacunas.")
    assert extract(text, published=PUBLISHED) == []


# -- a cordon round the scene is the setting of the incident

def test_a_cordon_is_no_trigger(nlp):
    got = marks(nlp, "Agentes de la Policía acordonaron la calle mientras los peritos recogían las pruebas.")
    assert "acordonaron" not in got


def test_a_cordon_after_bodies_are_found_adds_no_operation(extract):
    text = ("Los cuerpos de dos hombres con heridas de bala fueron hallados el lunes en un camino rural de "
            "la aldea Los Pinos, en Chiquimula. Agentes de la Policía acordonaron el área.")
    got = extract(text, published=PUBLISHED)
    assert [e.type for e in got if e.type == "security_operation"] == []
    assert len(got) == 1


# -- a running total recaps the incident

def test_a_running_total_after_a_murder_adds_no_incident(extract):
    text = ("Un comerciante de 40 años fue asesinado a tiros la noche del sábado en su tienda del barrio "
            "Centro de Tumbes. Con este crimen, la provincia suma 97 muertes violentas en lo que va del año.")
    got = extract(text, published=PUBLISHED)
    assert len(got) == 1
    assert got[0].killed is not None and got[0].killed.best == 1


# -- the fate of a share of a group's members is its history

def test_a_share_of_a_group_s_members_captured_is_history(nlp):
    got = marks(nlp, "Hoy el frente tiene pocos combatientes y la mayoría de sus mandos han muerto o han sido "
                     "detenidos.")
    assert got["detenidos"] and got["detenidos"].startswith("tally")
    got = marks(nlp, "Sus últimos dirigentes se entregaron o fueron capturados antes del fin del conflicto.")
    assert got["capturados"] and got["capturados"].startswith("tally")


def test_a_share_captured_with_a_year_or_a_place_stays(nlp):
    got = marks(nlp, "En 1994 la mayoría de sus mandos fueron capturados por la policía.")
    assert got["capturados"] is None
    got = marks(nlp, "La mayoría de sus dirigentes fueron detenidos por la policía en una finca de Tarapoto.")
    assert got["detenidos"] is None
