"""counts, session 17 (helper counts4): a body's zero against a roundup headline's figure, the dead
who had been wounded, and the other side's dead told as a part of a group.

- "no dejó víctimas", "salieron ilesos" after a headline that sums up several incidents: the
  headline's figure is another incident's, so the body's zero is the incident's toll.
- "un joven que había resultado herido murió", "dos heridos murieron en el hospital": dead who
  were counted wounded come off the wounded.
- "murieron dos de los atacantes" after "un soldado murió": the part names its side (the
  attackers), so the dead of both sides add up.
Sentences written for these tests."""
import pytest


def _first(events, etype=None):
    return next(e for e in events if etype is None or e.type == etype)


@pytest.mark.parametrize("text", [
    ("Fin de semana violento en la provincia: un granjero asesinado y un coche quemado\n"
     "El sábado por la noche, desconocidos quemaron un coche frente a la alcaldía de San Roque. "
     "El fuego no dejó víctimas, aunque destruyó la puerta del edificio.\n"
     "El domingo, un granjero de 60 años fue asesinado a tiros en su finca de Las Lomas."),
    ("Dos ataques en la ciudad: incendian un camión y matan a un vendedor\n"
     "Por la mañana, tres encapuchados incendiaron un camión de reparto en el barrio Norte. "
     "El chofer y su ayudante salieron ilesos.\n"
     "Horas después, un vendedor de 40 años fue asesinado a balazos en el mercado central."),
])
def test_a_body_zero_outweighs_a_roundup_headline_figure(extract, text):
    events = extract(text, published="2025-03-10")
    first = min(events, key=lambda e: e.evidence.start)
    assert first.killed is not None and first.killed.best == 0
