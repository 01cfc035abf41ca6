"""Session 23 (issue 12 item 3, actor2 the target): whom an arrest or an abduction took, and whom
a killing befell, where the parse ties no one to the word of the act. Sentences written for these
tests (CC0). corpus/README.md, "Actors" (actor2 the target, victim or other side).

* ``arrested_near`` reads whom an arrest word took in the words around it: the phrase the personal
  "a" introduces after a verb, past places and locutions ("próxima a X", "a pedido de"); the phrase
  right after a participle with no subject ("fue detenido alias X", "capturados otros tres"); the
  subject before a passive ("un tercer integrante de la banda fue aprehendido"); the "de" of an
  arrest noun ("la captura de dos sospechosos"), never "en poder de sus captores".
* An arrest event whose parse gave no one arrested has them as actor2; the words the parse took
  for the doer when they are the arrested ("Aprehendidos tres ciudadanos ...") leave actor1 to the
  force told before.
* A killing whose target the parse read as the place (a grave, houses, a prison) has the people a
  figure of the dead counts ("los restos de al menos seis personas").
"""
import pytest

from cronica.extraction.actors import arrested_near
from cronica.nlp.load import load_nlp

PUBLISHED = "2025-04-10"


def _near(text: str, word: str):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    found = arrested_near(tok)
    return found.text if found is not None else None


@pytest.mark.parametrize("text, word, whom", [
    ("La Guardia Civil detuvo el martes en un piso cercano a Valdemoro a tres presuntos miembros de la red.",
     "detuvo", "tres presuntos miembros de la red"),
    ("En otra intervención fue detenido alias \"el Flaco\", de 31 años.", "detenido", "alias \"el Flaco\""),
    ("En el operativo murieron dos asaltantes y se capturó a otros cuatro.", "capturó", "otros cuatro"),
    ("Durante el cerco fueron abatidos dos hombres y capturados otros tres, uno de ellos herido.",
     "capturados", "otros tres"),
    ("Tras el tiroteo, un cuarto integrante de la banda fue aprehendido en la huida.", "aprehendido",
     "un cuarto integrante de la banda"),
    ("El fiscal confirmó la captura de dos sospechosos horas más tarde.", "captura", "dos sospechosos"),
])
def test_whom_an_arrest_word_took(text, word, whom):
    assert _near(text, word) == whom


@pytest.mark.parametrize("text, word", [
    ("Había sido detenido en marzo en Manta, a pedido de un juzgado de Florida.", "detenido"),
    ("Los rehenes siguen en poder de sus captores desde el lunes.", "poder"),
    ("Los agentes fueron detenidos por un grupo armado al margen de la ley.", "detenidos"),
])
def test_no_one_taken_where_the_words_say_where_or_by_whom(text, word):
    found = _near(text, word)
    assert found is None or ("Manta" not in found and "captores" not in found and "margen" not in found)


def test_a_perfect_is_not_a_passive():
    # "la policía ha detenido": the subject before it is the doer, never whom it took
    assert _near("La policía ha detenido esta mañana en el mercado a un hombre de 40 años.", "detenido") \
        == "un hombre de 40 años"
    assert _near("La policía ha detenido esta mañana en el mercado.", "detenido") is None


def test_an_arrest_event_names_whom_it_took(extract):
    text = ("Esta mañana, agentes de la Policía Nacional detuvieron en una vivienda del barrio San Roque, "
            "en Cochabamba, a dos hombres acusados de extorsionar a comerciantes del mercado.")
    arrests = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert arrests and arrests[0].actor2 is not None
    assert "dos hombres" in arrests[0].actor2.as_written


def test_the_arrested_are_not_the_doer(extract):
    text = ("El Comando de la Zona Militar informa los resultados del operativo del sábado en el municipio "
            "San Rafael:\n1. Destruida una pista clandestina.\n"
            "2. Aprehendidos tres ciudadanos de nacionalidad extranjera que pilotaban la avioneta.")
    arrests = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert arrests and arrests[0].actor2 is not None
    assert "tres ciudadanos" in arrests[0].actor2.as_written
    assert arrests[0].actor1 is None or "ciudadanos" not in (arrests[0].actor1.as_written or "")


def test_a_killing_has_the_dead_not_the_grave(extract):
    text = ("Un colectivo de madres buscadoras localizó el lunes una fosa clandestina con los restos de al "
            "menos seis personas en un predio del municipio de Tala, Jalisco.")
    killings = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert killings and killings[0].actor2 is not None
    assert "seis personas" in killings[0].actor2.as_written


def test_a_victim_described_then_named(extract):
    # the description in the report sentence, the name in the next: the name is the victim's
    text = ("Un dirigente comunal de 47 años fue asesinado a tiros el domingo en la vereda El Tigre, del "
            "municipio de Anorí, Antioquia. Se trata de Ramiro Ossa Gallego, quien presidía la junta de la "
            "vereda desde 2022.")
    killings = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert killings and killings[0].actor2 is not None
    assert killings[0].actor2.name == "Ramiro Ossa Gallego"
    assert killings[0].actor2.as_written.startswith("Un dirigente comunal")


def test_a_second_person_named_after_is_not_the_victim(extract):
    # two people named in the next sentences: the wounded neighbour is never taken for the dead
    text = ("Un dirigente comunal de 47 años fue asesinado a tiros el domingo en la vereda El Tigre, del "
            "municipio de Anorí, Antioquia. Se trata de Ramiro Ossa Gallego. Su vecino, Jairo Pérez Luna, "
            "de 31 años, resultó herido en el brazo.")
    killings = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert killings and killings[0].actor2 is not None
    assert killings[0].actor2.name != "Jairo Pérez Luna"


def test_people_confined_are_the_target(extract):
    text = ("Unas 800 personas de tres comunidades afrodescendientes del río Munguidó permanecen confinadas "
            "desde el 4 de mayo de 2025 por orden del ELN, que sembró minas en los caminos.")
    others = [e for e in extract(text, published=PUBLISHED) if e.type == "other"]
    assert others and others[0].actor2 is not None
    assert "personas" in others[0].actor2.as_written


def test_whom_a_rescue_freed(extract):
    text = ("La Policía Nacional rescató la madrugada del martes en una vivienda del barrio La Floresta, en "
            "Portoviejo, a un ganadero de 61 años que había sido secuestrado el sábado.")
    operations = [e for e in extract(text, published=PUBLISHED) if e.type == "security_operation"]
    assert operations and operations[0].actor2 is not None
    assert "ganadero" in operations[0].actor2.as_written


def test_the_wounded_named_after_is_not_the_dead(extract):
    text = ("Un comerciante de 58 años fue asesinado a balazos la noche del viernes en el barrio San José, de "
            "Cúcuta. Su acompañante, Jairo Pérez Luna, de 31 años, resultó herido en el brazo.")
    killings = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert killings and killings[0].actor2 is not None
    assert killings[0].actor2.name != "Jairo Pérez Luna"
