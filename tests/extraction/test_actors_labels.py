"""Issue 12 (actors, item 3): a post's heading, a dateline's state abbreviation and a bulletin's
paragraph label are no party (labels.yaml). Sentences written for these tests (CC0).

* "⚠️ Alerta Cauca: ..." and "URGENTE ruta 5 ...": a heading opening a post, after nothing but
  symbols, heads no actor; set off by a mark ("#Alerta | Soldados del batallón ...") the words
  after the mark are the phrase.
* "Apaseo, Gto.- ...": the state's abbreviation after the dateline's city.
* "TERCERO.- ...": a paragraph's label glued to its dash.
"""
from cronica.extraction.actors import _phrase
from cronica.nlp.load import load_nlp


def phrases(sentence):
    """The phrase of every word of the sentence that heads one."""
    return [p.text for t in load_nlp()(sentence) if (p := _phrase(t)) is not None]


def test_a_paragraph_label_glued_to_its_dash_is_nobody():
    got = phrases("TERCERO.- Como consecuencia se capturó a tres sospechosos en el barrio.")
    assert "tres sospechosos" in " ".join(got) and not any("TERCERO" in p for p in got)


def test_a_state_abbreviation_of_a_dateline_is_nobody():
    doc = load_nlp()("Apaseo, Gto.- Varios hombres armados asaltaron la tienda de abarrotes del centro.")
    abbr = next(t for t in doc if t.text.startswith("Gto"))
    from cronica.extraction.actors import _label
    assert _label(abbr)
    assert all(_phrase(t) is None or not _phrase(t).text.startswith("Gto") for t in doc)


def test_a_heading_set_off_by_a_mark_leaves_the_words_after_it():
    got = phrases("#Alerta | Soldados del Batallón Cazadores capturaron a dos hombres en la vereda.")
    assert any(p.startswith("Soldados") for p in got) and not any("Alerta" in p for p in got)


def test_a_heading_opening_a_post_heads_no_phrase():
    got = phrases("⚠️ Alerta Cauca: la guerrilla anunció un paro armado desde hoy en la costa.")
    assert not any("Alerta" in p for p in got)


def test_a_heading_word_inside_a_sentence_still_counts():
    # "atención" not opening the sentence is an ordinary word (no label)
    doc = load_nlp()("La policía pidió atención a los vecinos del barrio.")
    from cronica.extraction.actors import _label
    assert not any(_label(t) for t in doc)
