"""More ways a headline or a first report sentence tells an armed assault on a place or on the
people present there, which makes the incident an `attack` whatever word gives its dead (issue 10;
corpus/README.md, "Civilians shot in an armed assault on a place", session 18): firing at random,
those present told by a relative clause, an attack verb with its means before the target, a
storming of a place and firing in one clause, and a verbless title over the report. Texts written
for these tests."""
import pytest

from event_checks import violent_types


@pytest.mark.parametrize("text", [
    # firing at random at a gathering in a house
    "La noche del sábado, hombres armados llegaron a una casa del barrio San José, en Buenaventura, "
    "donde se celebraba un bautizo, y les dispararon indiscriminadamente. Cinco personas murieron.",
    # those present told by a relative clause
    "El viernes en la noche, dos hombres en moto llegaron a un parque de Jamundí y dispararon contra "
    "quienes jugaban a las cartas. Tres hombres fueron asesinados.",
    # the attack verb with its means before those present, in the headline
    "Atacan a balazos a comensales en una fonda de Yumbo; tres muertos\n"
    "Tres personas fueron asesinadas la noche del domingo en una fonda de la vereda Mulaló, en Yumbo, "
    "informó la Policía.",
    # a storming of a place and firing in one clause, under a verbless title
    "Masacre en Quevedo.\n"
    "El sábado en la noche hombres encapuchados irrumpieron en una cancha del barrio El Prado, en "
    "Quevedo, y dispararon contra cinco jóvenes, que murieron en el lugar.",
])
def test_these_tellings_of_an_assault_make_the_attack(text):
    assert violent_types(text) == ["attack"]


@pytest.mark.parametrize("text", [
    # a storming followed by a killing verb: the killing
    "Masacre en Quevedo.\n"
    "El sábado en la noche hombres encapuchados irrumpieron en una casa del barrio El Prado, en "
    "Quevedo, y asesinaron a tres hermanos.",
    # a storming of a bar, then firing at the two men already named: sought out, the killing
    "Pistoleros matan a dos hombres en una cantina de Manta\n"
    "Dos hombres de 30 y 41 años murieron la noche del viernes cuando sujetos armados irrumpieron en "
    "una cantina del barrio La Floresta, en Manta, y dispararon contra ellos.",
    # firing at random told only by a later witness: the lead tells the killing
    "Tres jóvenes fueron asesinados a tiros la noche del sábado en una esquina del barrio El Prado, en "
    "Quevedo, informó la Policía.\n"
    "Un vecino contó que los agresores bajaron de un auto y dispararon indiscriminadamente.",
])
def test_a_killing_told_as_such_stays_a_killing(text):
    assert violent_types(text) == ["killing"]
