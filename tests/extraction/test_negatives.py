"""Texts and sentences that use conflict words without reporting an incident give no events,
and the incidents told next to them stay (our own sentences, CC0; classes from corpus part e)."""
import pytest

from cronica.extraction.triggers import find_triggers, load_filters
from cronica.model import Document


def events(pipeline, text, published="2024-05-10"):
    return pipeline.extract(Document(id="t", text=text, published=published))


def dropped(nlp, text):
    """(trigger text, why dropped) for every trigger of the text's sentences."""
    doc = nlp(text)
    return [(doc.text[m.start:m.end], m.dropped) for s in doc.sents for m in find_triggers(s)]


# -- statistics: a count of incidents over a period is not an incident

@pytest.mark.parametrize("text", [
    "Informe anual de seguridad\nEl observatorio contabilizó 1.845 homicidios y 27 masacres en el departamento "
    "durante el año pasado.",
    "Balance del semestre\nEntre enero y agosto fueron asesinadas 640 personas en el estado, según la fiscalía local.",
    "Cifras oficiales\nLos dos estados del norte registraron 1.200 y 980 asesinatos, respectivamente.",
    "En el primer semestre fueron secuestrados 85 comerciantes en la provincia, informó la gobernación.",
])
def test_statistics_give_no_events(pipeline, text):
    assert events(pipeline, text) == []


def test_counted_incidents_need_a_large_numeral(nlp):
    why = dict(dropped(nlp, "Los investigadores cuentan 350 ataques contra torres eléctricas desde que empezó el conflicto."))
    assert why["ataques"] and why["ataques"].startswith("tally")
    # two incidents told together stay incidents
    why = dict(dropped(nlp, "Dos ataques simultáneos contra puestos policiales dejaron tres agentes heridos el martes en Tumaco."))
    assert why["ataques"] is None


def test_a_report_with_a_small_toll_is_kept(pipeline):
    text = ("Emboscada en el Catatumbo\nDos ataques simultáneos contra puestos policiales dejaron tres agentes "
            "heridos el martes en Tumaco, informó la Policía.")
    assert events(pipeline, text)


def test_month_spans_are_periods():
    spans = load_filters().tally_spans
    assert spans.search("entre marzo y septiembre fueron asesinados")
    assert spans.search("a lo largo de 2022 hubo")
    assert not spans.search("entre el 3 y el 9 de abril fueron asesinados")  # a dated range is one story's days


# -- habit and generality: "cada vez que estalla una bomba"

@pytest.mark.parametrize("text", [
    "Reseña de un libro\nCada vez que estalla una bomba en la frontera, los periodistas regresan a la zona por unos días.",
    "Columna de opinión\nCuando asesinan a un líder social en el Cauca, el Gobierno siempre promete una investigación.",
    "Editorial\nSiempre que secuestran a un ganadero en el norte, los gremios piden más tropas.",
])
def test_habitual_clauses_are_not_incidents(pipeline, text):
    assert events(pipeline, text) == []


def test_a_past_clause_with_cuando_is_an_incident(pipeline):
    text = ("Asesinan a pescador en Tumaco\nHombres armados asesinaron el martes a un pescador de 40 años "
            "cuando regresaba a su casa en el barrio Viento Libre de Tumaco.")
    assert [e.type for e in events(pipeline, text)] == ["killing"]


def test_a_headline_in_the_present_is_not_a_habit(nlp):
    why = dict(dropped(nlp, "Muere un soldado cuando atacan su patrulla en el Cauca"))
    assert why.get("atacan") is None


# -- anniversaries name an old incident, they do not report one

def test_an_anniversary_is_background(nlp, pipeline):
    text = ("Memoria en Bojayá\nEn el aniversario de la masacre, los familiares leyeron los nombres de las víctimas "
            "frente a la iglesia y pidieron que se termine el nuevo templo.")
    assert events(pipeline, text) == []
    why = dict(dropped(nlp, "Medio siglo después del bombardeo del palacio, la ciudad sigue discutiendo cómo recordarlo."))
    assert why["bombardeo"] and why["bombardeo"].startswith("background")


# -- other senses: markets, computers, baseball and boxing, contests

@pytest.mark.parametrize("text", [
    "El peso sufrió un ataque especulativo que obligó al banco central a vender dólares.",
    "La aerolínea lanzó una guerra de precios y la ofensiva comercial obligó a sus rivales a bajar tarifas.",
    "Un grupo de hackers secuestró los datos de la alcaldía y exige un rescate en bitcoines.",
    "El hospital sufrió un ciberataque que obligó a suspender las consultas del lunes.",
    "El ataque de los Tigres se apagó después del jonrón del quinto inning.",
    "El aspirante castigó el cuerpo durante seis asaltos en la pelea por el título del peso wélter.",
    "Veinte bandas de pueblo se enfrentaron el domingo en el concurso musical de las fiestas.",
])
def test_other_senses_give_no_events(pipeline, text):
    assert events(pipeline, text) == []


def test_a_real_attack_on_a_bank_is_kept(pipeline):
    text = ("Atacan sucursal bancaria en Guayaquil\nHombres armados dispararon el lunes contra la fachada de una "
            "sucursal bancaria en el centro de Guayaquil y lanzaron un explosivo que hirió a un guardia.")
    assert events(pipeline, text)
