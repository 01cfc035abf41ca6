"""Mentions that are not new incidents (issue 10, spurious events of the corpus train split, session
10): an older incident a dated report recalls by a bare year, reactions that name or ask about the
incident already told, negated clauses, and violent words in another sense. Our own sentences (CC0);
the documents each class was seen in are named in the commits and in data/es/filters.yaml."""
import pytest

from cronica.extraction.triggers import find_triggers
from cronica.model import Document


def events(pipeline, text, published="2024-05-14"):
    return pipeline.extract(Document(id="t", text=text, published=published))


def marks(nlp, text):
    """{trigger text: (type, strength, reference, dropped)} for the triggers of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: (m.type, m.strength, m.reference, m.dropped)
            for s in doc.sents for m in find_triggers(s)}


def types(evs):
    return sorted(e.type for e in evs)


# -- an older incident recalled by a bare year is background in a dated report

_NEW = ("Hombres armados asesinaron la noche del sábado a Julio Mena, dirigente de la asociación de "
        "pescadores de Puerto Bermúdez, cuando volvía a su casa. ")


@pytest.mark.parametrize("recall", [
    "En 2019 un artefacto explosivo destruyó el local de la asociación.",
    "En 2020 un grupo armado secuestró a otro pescador de la zona, que nunca apareció.",
    "Hace unos años la zona vivió episodios así: en 2019 una columna mató a cuatro pescadores.",
])
def test_a_bare_year_recall_is_no_event(pipeline, recall):
    evs = events(pipeline, _NEW + recall)
    assert len(evs) == 1 and evs[0].date.value.startswith("2024")


def test_an_older_incident_with_month_and_place_stays_an_event(pipeline):
    evs = events(pipeline, _NEW + "En marzo de 2021, una patrulla fue atacada en el anexo de Santa Rosa, en el "
                                  "distrito de Pichari; murió un suboficial.")
    assert sorted(e.date.value[:4] for e in evs) == ["2021", "2024"]


def test_an_encyclopedia_entry_keeps_its_bare_year_incidents(pipeline):
    evs = events(pipeline, "El Frente Rojo fue una organización armada activa entre 1980 y 1999.\n"
                           "En 1995 el grupo secuestró en Cuenca a un empresario textil, que fue liberado tras el "
                           "pago de un rescate.", published=None)
    assert "kidnapping" in types(evs)


def test_a_year_after_the_trigger_dates_something_else(pipeline):
    # the year dates the finding of the remains, not the killing the sentence tells first
    evs = events(pipeline, "Según la fiscalía, una patrulla sacó a los campesinos de sus casas y les dio muerte en "
                           "una quebrada de Pucará; sus restos fueron hallados en 2010 en una fosa.")
    assert "killing" in types(evs)

