"""Session 22 (events3): a clash between people of a community or a trade and the police or the
troops is the protest (violent demonstration), and a sentence saying the strike goes on is its setting,
not its report (corpus/README.md protest conventions; the class of train k-011, dev m-005, zg-028).
Sentences written for these tests."""
from __future__ import annotations

PUBLISHED = "2025-09-10"  # a Wednesday


def _types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_a_clash_between_students_and_police_is_the_protest(extract):
    text = ("Al menos nueve personas resultaron heridas el martes durante el enfrentamiento entre "
            "estudiantes de la universidad pública y policías antimotines frente al rectorado de Tepic.")
    assert _types(extract(text, published=PUBLISHED)) == ["protest"]


def test_coca_growers_clashing_with_troops_are_the_protest(extract):
    text = ("Cultivadores de coca del valle se enfrentaron el lunes con efectivos del Ejército en el puente "
            "de Caranavi; once personas resultaron heridas.")
    assert _types(extract(text, published=PUBLISHED)) == ["protest"]


def test_a_clash_between_an_armed_group_and_troops_stays_a_clash(extract):
    text = ("Guerrilleros del frente sur se enfrentaron el lunes con efectivos del Ejército en una vereda de "
            "Argelia; dos soldados murieron.")
    assert "protest" not in _types(extract(text, published=PUBLISHED))


def test_the_strike_going_on_is_not_the_report_of_its_clash(extract):
    text = ("Un joven murió y tres personas resultaron heridas este martes durante los choques entre "
            "agentes de la Policía y manifestantes en la primera jornada de una huelga de transportistas en "
            "Moca.\n"
            "La huelga continúa este jueves.")
    events = [e for e in extract(text, published=PUBLISHED) if e.type == "protest"]
    assert len(events) == 1
    assert events[0].evidence.text.startswith("Un joven murió")


def test_police_evicting_a_blockade_is_the_protest(extract):
    text = ("Agentes antimotines de la Policía desalojaron el lunes, con gases lacrimógenos, el bloqueo que "
            "cañeros y vecinos mantenían desde hacía una semana en el puente de Ingenio Viejo.")
    assert _types(extract(text, published=PUBLISHED)) == ["protest"]
