"""Session 19 (fresh probe zb, issue 12 actors): the group blamed for an act late in the report.

* A report often closes with who is blamed, four or five sentences after the lead ("La Policía
  confirmó por la tarde que la agresión fue obra de X"): the sentences after an incident are read
  for a blame or a claim until another violent act or abduction is told (an arrest or a seizure of
  the suspects in between does not stop them).
* The suspects held for the act placed in a group by the authorities ("los detenidos pertenecen a
  X", "los imputados forman parte de X", "los detenidos son presuntos integrantes de X") name the
  doers (corpus/README.md, "The doers named by an attribution").
* "la agresión fue obra de X" in a coordinated clause: X, not the act, is the doer.

Sentences written for these tests (CC0).
"""
import pytest

from cronica.extraction.actors import attribution_in
from cronica.nlp.load import load_nlp

PUBLISHED = "2025-09-18"


def blamed(sentence):
    doc = load_nlp()(sentence)
    return next((attribution_in(s) for s in doc.sents), (None, None))


@pytest.mark.parametrize("sentence, group", [
    ("Según la Fiscalía, los detenidos pertenecen a una facción de Los Choneros que cobra vacunas en el puerto.",
     "Los Choneros"),
    ("La Policía sostiene que los imputados forman parte de una célula del Tren de Aragua.", "Tren de Aragua"),
    ("De acuerdo con el fiscal, los capturados son presuntos integrantes de la Mara Salvatrucha.",
     "Mara Salvatrucha"),
    ("El comandante dijo que los sospechosos serían miembros del Cártel del Golfo.", "Cártel del Golfo"),
])
def test_suspects_placed_in_a_group(sentence, group):
    phrase, kind = blamed(sentence)
    assert kind == "blamed" and phrase is not None and group in phrase.text, (phrase, kind)


@pytest.mark.parametrize("sentence", [
    "La Fiscalía investiga si los detenidos forman parte de una célula de Los Choneros.",
    "Los detenidos son vecinos del barrio y trabajan en el mercado.",
    "Los vecinos forman parte de una asociación de comerciantes del puerto.",
])
def test_no_group_from_an_open_question_or_other_words(sentence):
    phrase, _ = blamed(sentence)
    assert phrase is None or "Choneros" not in phrase.text and "asociación" not in phrase.text, phrase


def test_the_work_of_a_group_in_a_coordinated_clause():
    phrase, kind = blamed("El jefe policial explicó que el explosivo era de fabricación casera y que el "
                          "atentado fue obra de una célula de Los Tiguerones.")
    assert kind == "blamed" and "Los Tiguerones" in phrase.text, (phrase, kind)


def test_a_blame_told_at_the_close_of_the_report(extract):
    text = ("Atacan con explosivo una farmacia en Machala\n"
            "Dos empleados resultaron heridos la noche del martes cuando un hombre que viajaba en una "
            "motocicleta lanzó un artefacto explosivo contra una farmacia del barrio Las Brisas, en Machala.\n"
            "La explosión destruyó la vitrina y una camioneta estacionada en la vereda.\n"
            "Los heridos fueron llevados al hospital del sector, donde permanecen estables.\n"
            "El dueño del local contó que desde hace un mes recibía llamadas con amenazas.\n"
            "Por la noche, la Policía confirmó que el ataque fue obra de una facción de Los Choneros "
            "que extorsiona a los comerciantes del barrio.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type in ("bombing", "attack")]
    assert len(got) == 1, got
    assert "Choneros" in (got[0].actor1.as_written or ""), got[0].actor1


def test_the_suspects_group_after_their_arrest(extract):
    text = ("Un comerciante fue asesinado a tiros el lunes frente a su tienda del barrio Guasmo Sur, en Guayaquil, "
            "por dos hombres que llegaron en una moto.\n"
            "El martes, agentes de la Policía Nacional detuvieron a dos sospechosos en una vivienda del mismo barrio.\n"
            "Según la Fiscalía, los detenidos pertenecen a una facción de Los Choneros que cobra extorsiones en la zona.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type in ("killing", "attack")]
    assert len(got) == 1, got
    assert "Choneros" in (got[0].actor1.as_written or ""), got[0].actor1


def test_a_late_blame_stays_with_the_incident_told_just_before_it(extract):
    text = ("Un hombre que viajaba en una motocicleta lanzó el martes un artefacto explosivo contra una ferretería "
            "de Durán y dejó dos heridos.\n"
            "La explosión destruyó la vitrina del local.\n"
            "El miércoles, desconocidos asesinaron a tiros a un taxista en el centro de Milagro.\n"
            "El conductor murió en el lugar.\n"
            "La Policía atribuyó el crimen del taxista a una facción de Los Choneros.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type in ("bombing", "attack")]
    assert len(got) == 1, got
    assert "Choneros" not in (got[0].actor1.as_written or "") if got[0].actor1 else True


def test_a_wave_blamed_at_the_close_is_not_the_act_blamed(extract):
    text = ("Un grupo de encapuchados quemó el sábado un autobús urbano en el barrio de Otxarkoaga, en Bilbao, "
            "después de obligar a bajar al conductor.\n"
            "El vehículo quedó calcinado y no hubo heridos.\n"
            "Los vecinos intentaron apagar el fuego con extintores.\n"
            "La Ertzaintza no ha detenido a nadie.\n"
            "Es el cuarto autobús quemado este año, en una racha de sabotajes que los partidos atribuyen al entorno de ETA.")
    got = [e for e in extract(text, published="1997-03-10") if e.type == "attack"]
    assert len(got) == 1, got
    assert "ETA" not in (got[0].actor1.as_written or ""), got[0].actor1
