"""Dates of whole events through the pipeline (sentences written for these tests)."""
from __future__ import annotations

import pytest

from cronica.model import Document


@pytest.fixture(scope="module")
def pipe():
    from cronica.pipeline import get_pipeline

    return get_pipeline()


def _dates(pipe, text: str, published: str) -> dict[str, str]:
    events = pipe.extract(Document(id="t", text=text, published=published))
    return {e.type: e.date.value if e.date else None for e in events}


def test_an_undated_deployment_after_the_incident_is_known_to_its_month(pipe):
    text = ("Emboscada deja dos soldados muertos en Tumaco\n"
            "TUMACO, 15 mar (Agencia) - Dos soldados murieron el martes en una emboscada de disidentes "
            "en zona rural de Tumaco, en Nariño.\n"
            "Tras el ataque, el Ejército desplegó un operativo con 300 hombres en la zona para ubicar "
            "a los responsables.")
    dates = _dates(pipe, text, "2023-03-15")
    assert dates.get("ambush") == "2023-03-14"
    assert dates.get("security_operation") == "2023-03"


def test_a_live_post_is_dated_the_day_it_was_written(pipe):
    text = "AHORA: enfrentamiento entre bandas en el penal de Turi, se escuchan disparos y explosiones #Cuenca"
    dates = _dates(pipe, text, "2024-05-20")
    assert "2024-05-20" in dates.values()
