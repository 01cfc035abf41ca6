"""Civilians shot in an armed assault on a place: the incident is an `attack` when its headline or
its first report sentence tells the assault on the place or on the people present there, whatever
word gives the dead; a `killing` when they tell the killing of people, a storming followed by a
killing verb, or a person singled out (corpus/README.md, "Civilians shot in an armed assault on a
place", session 18). Texts written for these tests."""
import pytest

from event_checks import violent_types


@pytest.mark.parametrize("text", [
    # a headline's "Masacre" and a lead telling armed men firing on those present
    "Masacre en una cantina de Tulcán deja cuatro muertos\n"
    "TULCÁN, 10 mar (Agencia) - Cuatro hombres murieron y otros dos resultaron heridos la noche del "
    "domingo cuando un grupo armado irrumpió en una cantina del barrio San Vicente y abrió fuego contra "
    "los clientes, informó la Policía.",
    # the lead names the assault by its noun; a later sentence tells the dead as "asesinados"
    "El ataque armado contra una discoteca del barrio Los Pinos, en Machala, dejó tres muertos la "
    "madrugada del domingo, informó la Policía.\n"
    "Las tres víctimas fueron asesinadas cuando intentaban salir del local.",
    # the dead as "asesinados" in the lead, the assault on those present in its clause
    "Tres jóvenes fueron asesinados la noche del sábado dentro de un billar de Portoviejo, cuando "
    "hombres encapuchados entraron y dispararon contra los presentes.",
])
def test_an_assault_on_a_place_is_the_attack(text):
    assert violent_types(text) == ["attack"]


@pytest.mark.parametrize("text", [
    # the killing of people told in the lead
    "Cuatro jóvenes fueron asesinados a tiros la noche del sábado en una cancha de fútbol del barrio "
    "Las Colinas, en Quevedo, informó la Policía.",
    # a storming followed by a killing verb
    "Hombres armados irrumpieron la madrugada del lunes en la casa de un dirigente campesino de la "
    "vereda El Porvenir, en Tumaco, y lo asesinaron frente a su familia.",
    # the lead tells the killing; a witness later tells the shots at those present
    "Masacre en Quevedo: cuatro jóvenes asesinados en una cancha\n"
    "Cuatro jóvenes fueron asesinados a tiros la noche del sábado en una cancha de fútbol del barrio "
    "Las Colinas, en Quevedo, informó la Policía.\n"
    "Un vecino contó que los agresores llegaron en dos motos y dispararon contra los presentes.",
])
def test_a_killing_told_as_such_stays_a_killing(text):
    assert violent_types(text) == ["killing"]
