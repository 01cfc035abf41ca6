"""An event whose sentences give no date of their own takes a body sentence's story date, not
the headline's (a headline takes the story's first date, often another incident's). Session 11,
fresh probe j-017; train c-053, c-156, a-225, b-169. Sentences written for these tests."""
import cronica

TEXT = ("Policía libera a comerciante secuestrado en Quevedo; hay dos detenidos\n"
        "Un comerciante que había sido secuestrado el martes en Quevedo, provincia de Los Ríos, fue "
        "liberado el viernes por agentes de la Unidad Antisecuestro en una finca del cantón Buena Fe.\n"
        "Los secuestradores exigían 50.000 dólares a la familia.\n"
        "En la operación fueron aprehendidos dos hombres que vigilaban la casa.")


def test_the_arrests_of_a_rescue_are_dated_by_the_rescue_not_by_the_headline():
    events = cronica.extract(TEXT, published="2025-05-17", doc_id="t")
    [arrest] = [e for e in events if e.type == "arrest"]
    assert arrest.date.value == "2025-05-16"
    [kidnapping] = [e for e in events if e.type == "kidnapping"]
    assert kidnapping.date.value == "2025-05-13"


def test_a_headline_alone_keeps_the_story_date():
    [e] = [e for e in cronica.extract("Asesinan a dirigente campesino en Tame\n"
                                      "El dirigente Luis Parra fue asesinado el lunes en la vereda Corocito, de Tame.",
                                      published="2025-05-17", doc_id="t") if e.type == "killing"]
    assert e.date.value == "2025-05-12"


def test_a_rescue_headline_is_not_dated_by_the_captivity_it_names():
    # "secuestrado hace cinco días" dates the kidnapping; the headline's rescue is the body's, one
    # operation dated by the body (train b-187, dev l-022)
    text = ("Rescatan a comerciante secuestrado hace cinco días en Machala\n"
            "Agentes de la Unidad Antisecuestro rescataron el domingo a un comerciante de 48 años que había "
            "sido secuestrado el martes a la salida de su local en Machala, provincia de El Oro.\n"
            "En el operativo fueron detenidos dos hombres que lo custodiaban.")
    events = cronica.extract(text, published="2025-05-19", doc_id="t")
    [rescue] = [e for e in events if e.type == "security_operation"]
    assert rescue.date.value == "2025-05-18"
    assert rescue.evidence.text.startswith("Agentes de la Unidad Antisecuestro")
