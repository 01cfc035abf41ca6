"""nlp: the parser opens no sentence at a continuing punctuation mark or at the figure after a number
sign ("No. 4"), and a line break still ends one (segmentation.yaml, ``SentenceGuards``)."""
import pytest

from cronica.nlp.lexicons import load_segmentation


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text", [  # each cut in two by the parser alone
    "En la vereda El Retiro, una patrulla del Batallón de Infantería No. 4 detuvo a dos hombres armados.",
    "Efectivos de la Comisaría Nro. 12 capturaron el martes a tres presuntos extorsionadores en el mercado.",
    "CUARTO: El agente herido fue llevado a Lima y se encuentra estable.",
    "En el caserío Nueva Unión, distrito de Pichari (Cusco), una columna armada emboscó a una patrulla.",
])
def test_a_sentence_is_not_cut_at_a_number_sign_or_before_a_colon(nlp, text):
    assert _sentences(nlp, text) == [text]


def test_a_line_break_still_starts_a_sentence_before_a_colon(nlp):
    doc = nlp("Balance de la jornada\n: nueve detenidos y dos fusiles incautados.")
    colon = next(t for t in doc if t.text == ":")
    assert colon.is_sent_start


def test_guarded_tokens_are_the_continuing_marks_and_figures_after_a_number_sign(nlp):
    guards = nlp.get_pipe("sentence_guards")
    doc = nlp.make_doc("Dijo que no. 3 personas murieron; la Brigada No. 2 llegó (tarde).")
    assert [doc[i].text for i in guards.guarded(doc)] == [";", "2", ")"]  # "no." ends a sentence


def test_a_sentence_the_parser_cut_is_joined_with_one_root(nlp):
    doc = nlp("CUARTO: El agente herido fue llevado a Lima y se encuentra estable.")
    roots = [t for t in doc if t.head.i == t.i]
    assert [t.text for t in roots] == ["llevado"]  # the heading hangs from the verb
    assert doc[0].head.text == "llevado" and doc[0].dep_ == "parataxis"


def test_segmentation_lexicon_loads():
    lex = load_segmentation()
    assert {",", ":"} <= lex.continuing_punctuation
    assert {"No", "Nro"} <= lex.number_signs and "no" not in lex.number_signs


@pytest.mark.parametrize("text", [  # the parser alone cuts after the city's comma
    "Apaseo, Gto.- Un automóvil con explosivos estalló frente a la comandancia municipal.",
    "Uruapan, Mich.- Dos agentes resultaron heridos en un ataque contra su patrulla.",
])
def test_a_dateline_city_and_its_state_abbreviation_stay_with_the_lead(nlp, text):
    assert _sentences(nlp, text) == [text]


def test_a_capitalised_word_after_a_comma_is_no_state_abbreviation(nlp):
    guards = nlp.get_pipe("sentence_guards")
    doc = nlp.make_doc("Llegaron tarde, Son las diez. Dijo Gto.- nada")
    assert [doc[i].text for i in guards.guarded(doc)] == [","]  # "Son" has no point; "Gto.-" no comma
