"""The device that fell or blew is the means, never what was hit (session 11: fresh probe j-001,
train e-144). Sentences written for these tests."""
import pytest

import cronica


def test_drones_that_fell_on_a_base_are_not_the_target():
    [e] = [e for e in cronica.extract(
        "Tres policías resultaron heridos el martes cuando dos drones cargados con explosivos cayeron sobre "
        "la estación de policía de Jamundí, Valle del Cauca.", published="2025-05-16", doc_id="t")
        if e.type == "bombing"]
    assert e.actor2 is not None and "dron" not in (e.actor2.as_written or "").lower()
    assert "estación" in (e.actor2.as_written or "").lower()


def test_a_device_that_blew_beside_a_post_is_not_the_target():
    events = [e for e in cronica.extract(
        "Un artefacto explosivo estalló la madrugada del sábado junto a un puesto de control militar en "
        "Tumaco, sin causar víctimas.", published="2025-05-16", doc_id="t") if e.type == "bombing"]
    assert events and all("artefacto" not in ((e.actor2.as_written if e.actor2 else "") or "").lower()
                          for e in events)


# Session 13 (actors2): "estallar" and "explotar" take no object; the parser's object after them
# is the device that burst ("al estallar un coche bomba al paso de ...": train a-069, b-012, c-038;
# "al estallarle un paquete bomba": dev b-224). Sentences written for these tests.
def _bombing_targets(text):
    return [(e.actor2.as_written or "") if e.actor2 else "" for e in cronica.extract(
        text, published="2025-05-16", doc_id="t") if e.type == "bombing"]


@pytest.mark.parametrize("text, target_word", [
    ("Dos policías murieron ayer al estallar un coche bomba al paso de su camioneta en la carretera de Tame, "
     "Arauca.", "camioneta"),
    ("Un periodista de Quito resultó herido el lunes al estallarle un paquete bomba que había recibido por "
     "correo en su casa.", "periodista"),
])
def test_the_device_that_burst_is_not_the_target(text, target_word):
    targets = _bombing_targets(text)
    assert targets and all("bomba" not in t.lower() for t in targets)
    assert any(target_word in t.lower() for t in targets)
