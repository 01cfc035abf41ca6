"""The towns a road is named by are its ends, not where an incident on it happened (session 23,
helper where11; the class of train zb-015, zg-022, dev n-015, b-036): a sentence that also places
the incident ("..., en el departamento de Z", "a la altura de Z") keeps that place; an end told
beside a plain noun ("la carretera que une el distrito con X") is never the place. A point on a
road whose ends lie in two divisions, at a town the text does not place and the gazetteer does not
know, keeps no division (corpus/README.md, "Zones, roads and borders that span divisions").
Sentences written for the tests."""
from __future__ import annotations

from cronica.model import Span


def _place_in_order(geocoder, text, triggers):
    """Ask the place of each trigger in the order of the text, as the pipeline does."""
    idx = geocoder.places(text)
    p = None
    for trigger in triggers:
        i = text.index(trigger)
        start = text.rfind("\n", 0, i) + 1
        end = text.find(".", i) + 1
        p = idx.place_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end]))
    return p


def test_a_road_named_by_its_ends_yields_to_the_place_the_sentence_gives(sentence_place):
    text = ("Un agricultor murió el lunes cuando la policía despejó la carretera antigua Santa Cruz-Cochabamba "
            "en el puente sobre el río Ichilo, en el departamento de Santa Cruz.")
    p = sentence_place(text, "murió")
    assert p is not None and (p.country, p.admin1) == ("Bolivia", "Santa Cruz")


def test_the_other_division_of_a_road_named_by_its_ends_is_not_taken(sentence_place):
    text = ("Dos policías resultaron heridos el martes en el desbloqueo de la carretera nueva Cochabamba-Santa Cruz "
            "a la altura del río Chapare, en el departamento de Cochabamba.")
    p = sentence_place(text, "heridos")
    assert p is not None and (p.country, p.admin1) == ("Bolivia", "Cochabamba")


def test_a_road_with_one_end_beside_a_plain_noun_keeps_the_storys_place(geocoder):
    text = ("Santa Rosa es un distrito de la provincia de La Mar, en el departamento de Ayacucho.\n"
            "En marzo, una columna atacó la base del Ejército en el centro poblado de Palmapampa.\n"
            "En mayo, los cocaleros bloquearon la carretera que une el distrito con Quillabamba durante tres días.")
    p = _place_in_order(geocoder, text, ["atacó", "bloquearon"])
    assert p is not None and (p.country, p.admin1) == ("Peru", "Ayacucho")


def test_a_road_the_story_placed_is_moved_by_a_point_on_it_in_another_division(geocoder):
    text = ("Hubo disturbios en la colonia Kennedy, en Tegucigalpa.\n"
            "El viernes, cientos de transportistas bloquearon la carretera Interamericana a la altura de Nacaome, "
            "en Valle, durante seis horas.")
    p = _place_in_order(geocoder, text, ["disturbios", "bloquearon"])
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Valle")


def test_a_road_the_story_placed_keeps_it_without_a_point_on_it(geocoder):
    text = ("Hubo disturbios en la colonia Kennedy, en Tegucigalpa.\n"
            "El viernes, cientos de transportistas bloquearon la carretera Interamericana durante seis horas.")
    p = _place_in_order(geocoder, text, ["disturbios", "bloquearon"])
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Francisco Morazán")


def test_an_unknown_point_on_a_road_between_two_divisions_keeps_no_division(geocoder):
    text = ("Violencia en el trópico de Cochabamba\n"
            "Un cocalero murió el martes en el desbloqueo de la carretera entre Cochabamba y Santa Cruz, "
            "a la altura de Villa Sacta Nueva. La oposición de Bolivia pidió una investigación.")
    p = _place_in_order(geocoder, text, ["Violencia", "murió"])
    assert p is not None and p.country == "Bolivia" and p.admin1 is None


def test_a_stretch_between_two_divisions_keeps_no_division(sentence_place):
    text = ("Los cocaleros bloquearon el martes la carretera entre Cochabamba y Santa Cruz por tercer día. "
            "El Gobierno de Bolivia llamó al diálogo.")
    p = sentence_place(text, "bloquearon")
    assert p is not None and p.admin1 is None


def test_a_road_between_two_divisions_is_placed_by_a_spot_on_it_told_in_brackets(sentence_place):
    text = ("La policía interceptó el jueves un camión con 300 kilos de droga en la carretera Huancayo-Huancavelica "
            "(frente a la comisaría de Izcuchaca), tras un seguimiento de varios días. La droga fue presentada "
            "el viernes en la sede policial de la ciudad de Huancayo.")
    p = sentence_place(text, "interceptó")
    assert p is not None and (p.country, p.admin1) == ("Peru", "Huancavelica")

