"""One event per incident (issues 10 and 12), session 19: agents held by a crowd AFTER the
clash of its protest ("Horas después, ...", "Tras el enfrentamiento, ...") are a kidnapping of
their own beside the protest (corpus/README.md: "policemen held by the crowd after the clash are
a kidnapping"); agents held while the crowd protests stay the protest's act. Sentences written
for these tests (CC0)."""
PUBLISHED = "2025-07-18"


def kinds(evs):
    return sorted(e.type for e in evs)


def test_agents_held_hours_after_a_blockade_was_cleared_are_a_kidnapping(extract):
    text = ("Un agricultor murió y once personas resultaron heridas el miércoles cuando la policía "
            "despejó el bloqueo que vecinos de Entre Ríos mantenían en la ruta a Tarija. Horas "
            "después, un grupo de bloqueadores retuvo a tres policías en la comunidad de Palos "
            "Blancos. Los agentes fueron liberados el jueves.")
    evs = extract(text, published=PUBLISHED)
    assert kinds(evs) == ["kidnapping", "protest"], [(e.type, e.evidence.text) for e in evs]
    held = next(e for e in evs if e.type == "kidnapping")
    assert held.kidnapped.best == 3
    assert held.evidence.text.startswith("Horas después")
    protest = next(e for e in evs if e.type == "protest")
    assert protest.killed.best == 1 and protest.kidnapped is None


def test_agents_held_after_the_clash_keep_the_protest_one_event(extract):
    text = ("Dos comuneros resultaron heridos el lunes en el enfrentamiento entre manifestantes y "
            "policías en el puente de Ayaviri. Tras el enfrentamiento, los manifestantes retuvieron a "
            "cinco policías en el local comunal y pidieron la libertad de sus dirigentes.")
    evs = extract(text, published=PUBLISHED)
    assert kinds(evs) == ["kidnapping", "protest"], [(e.type, e.evidence.text) for e in evs]
    assert next(e for e in evs if e.type == "kidnapping").kidnapped.best == 5


def test_agents_held_while_the_crowd_burns_their_patrol_stay_the_protest(extract):
    # no moving on from the clash: the holding is the protest's own act (own c-149, b-260)
    text = ("Vecinos de San Andrés quemaron el martes una patrulla y retuvieron durante cuatro horas a "
            "dos agentes, en protesta por la captura de un comerciante.")
    assert kinds(extract(text, published=PUBLISHED)) == ["protest"]
