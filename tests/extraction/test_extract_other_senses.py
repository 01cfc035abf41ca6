"""Abduction and capture words used for things are another sense (our own sentences)."""
import pytest

from cronica.extraction.triggers import find_triggers


def kept(pipeline, text):
    doc = pipeline.nlp(text)
    return {t.type for s in doc.sents for t in find_triggers(s) if not t.dropped}


@pytest.mark.parametrize("text", [
    "En el galpón se secuestraron 40 kilos de marihuana y una balanza.",
    "Los agentes secuestraron dos armas de fuego durante el allanamiento.",
    "Entre los objetos secuestrados en la vivienda había cartuchos y un machete.",
    "Un grupo de encapuchados detuvo un camión en la carretera y lo incendió.",
    # the passive with "ser": its subject is what was taken (session 18, part z)
    "La droga, repartida en 120 paquetes, fue secuestrada y llevada a la base antidroga.",
    "Las dos pistolas fueron secuestradas por los agentes en el allanamiento.",
])
def test_things_taken_are_not_people_taken(pipeline, text):
    assert not kept(pipeline, text) & {"kidnapping", "arrest", "disappearance"}


@pytest.mark.parametrize("text, kind", [
    ("Hombres armados secuestraron a tres ingenieros en la carretera.", "kidnapping"),
    ("La policía detuvo a dos sospechosos y secuestró sus teléfonos.", "arrest"),
    ("Los militares secuestrados fueron liberados el viernes.", "kidnapping"),
    ("La ingeniera fue secuestrada por hombres armados en la carretera.", "kidnapping"),
])
def test_people_taken_stay(pipeline, text, kind):
    assert kind in kept(pipeline, text)


@pytest.mark.parametrize("text", [
    "Es el cuarto atentado contra esa torre eléctrica en lo que va del mes.",
    "Ramírez era el segundo alcalde asesinado en la provincia en menos de un año.",
    "En lo que va del año han sido secuestrados 14 comerciantes en la región, según la cámara local.",
    "Son ya 37 los guardias asesinados en el país desde 2019.",
])
def test_a_count_of_incidents_over_a_period_is_not_an_incident(pipeline, text):
    assert not kept(pipeline, text) & {"killing", "attack", "bombing", "kidnapping"}


@pytest.mark.parametrize("text", [
    "Tres guardias fueron asesinados el domingo en una emboscada cerca de la represa.",
    "Cuatro comerciantes han sido secuestrados en las últimas horas en el mercado central.",
])
def test_a_specific_incident_stays(pipeline, text):
    assert kept(pipeline, text) & {"killing", "ambush", "kidnapping"}


@pytest.mark.parametrize("text", [
    "Una explosión en un taller de pirotecnia dejó dos muertos en las afueras del pueblo.",
    "La explosión de un cilindro de gas destruyó una vivienda y dejó tres heridos.",
])
def test_an_accidental_blast_is_not_an_attack(pipeline, text):
    assert not kept(pipeline, text) & {"bombing", "attack", "killing"}


def test_a_bomb_blast_stays(pipeline):
    assert kept(pipeline, "La explosión de un coche bomba frente al cuartel dejó dos muertos.") & {"bombing", "attack"}
