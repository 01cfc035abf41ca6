"""A communiqué's title under its letterhead is a headline (issue 10: a summary told again is
not a second event). Lines that name rather than tell ("POLICÍA NACIONAL ...", an office,
"BOLETÍN DE PRENSA", a dateline) head a communiqué; the short line below them sums up the report
as a news headline does, so its arrest joins the body's arrest (train x-024, dev a-249).
Sentences written for these tests (CC0)."""
PUBLISHED = "2023-05-05"

BODY = ("Agentes de la Unidad Antisecuestro liberaron en la madrugada del jueves 4 de mayo a un comerciante "
        "de 38 años que había sido secuestrado el lunes 1 en el cantón Chone.\n"
        "El hombre permanecía atado en una casa del recinto Garrapata. Sus captores pedían 30.000 dólares "
        "a la familia.\n"
        "En la operación fueron aprehendidos dos hombres de 22 y 27 años, que quedaron a órdenes de la "
        "Fiscalía.\n")
TITLE = "Liberan a comerciante secuestrado en Chone y aprehenden a dos sospechosos\n"
LETTERHEAD = "POLICÍA NACIONAL DEL ECUADOR\nSubzona de Policía Manabí\nBOLETÍN DE PRENSA\n"


def _arrests(extract, text):
    return [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]


def test_the_title_under_a_letterhead_adds_no_second_arrest(extract):
    text = LETTERHEAD + TITLE + BODY
    [arrest] = _arrests(extract, text)
    assert arrest.evidence.text.startswith("En la operación fueron aprehendidos")


def test_the_same_title_as_a_news_headline_is_read_the_same(extract):
    [arrest] = _arrests(extract, TITLE + BODY)
    assert arrest.evidence.text.startswith("En la operación fueron aprehendidos")


def test_a_line_that_tells_is_no_letterhead(extract):
    # short lines of a post that tell something ("se oyen disparos") are not a letterhead: the
    # line below them is the post's own report, not a title
    text = ("Se oyen disparos en el centro de Chone\n"
            "la gente está encerrada en sus casas\n"
            "Policías aprehenden a dos hombres frente al mercado municipal\n")
    assert len(_arrests(extract, text)) == 1
