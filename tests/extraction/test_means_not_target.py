"""The device that fell or blew is the means, never what was hit (session 11: fresh probe j-001,
train e-144). Sentences written for these tests."""
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
