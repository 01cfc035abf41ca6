"""A mention dated the night before the incident's day, with no place of its own, is the same
incident across midnight (corpus train a-024: a prison fight that started the night before);
a sentence that names its own place is another incident of a roundup (train d-160). Sentences
written for these tests."""
import cronica


def extract(text):
    return cronica.extract(text, published="2024-03-13", doc_id="t")


def test_a_clash_that_began_the_night_before_is_the_incident_with_its_toll():
    events = extract("Seis internos murieron y nueve resultaron heridos este martes en una riña en el penal de "
                     "Ambato, en la provincia de Tungurahua. El director informó que no hubo fugas. En rueda de "
                     "prensa, precisó que a las 22:40 horas del lunes comenzó un enfrentamiento entre reos de dos "
                     "pabellones rivales.")
    violent = [e for e in events if e.type in ("armed_clash", "attack")]
    assert len(violent) == 1
    assert violent[0].killed is not None and violent[0].killed.best == 6


def test_a_blast_the_night_before_in_another_city_stays_apart():
    events = extract("Cinco presos murieron el martes en un enfrentamiento entre bandas en la cárcel de Guayaquil. "
                     "En la noche del lunes, un artefacto explosivo estalló frente a una agencia bancaria en la "
                     "ciudad de Esmeraldas, sin causar víctimas.")
    assert sorted(e.type for e in events) == ["armed_clash", "bombing"]
