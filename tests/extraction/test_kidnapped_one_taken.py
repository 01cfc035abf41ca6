"""A kidnapping no casualty word counts, told by its own trigger of one person, is a kidnapped
figure of 1: a singular passive ("fue interceptado", "había sido privada de su libertad") or one
person after the personal "a" (corpus train m-027, n-031, q-004, g-036; dev l-031). Sentences
written for these tests."""
import cronica


def kidnappings(text, published="2025-06-12"):
    return [e for e in cronica.extract(text, published=published, doc_id="t") if e.type == "kidnapping"]


def test_a_person_intercepted_by_armed_men_and_held_is_one_kidnapped():
    [e] = kidnappings("La ganadera fue interceptada el lunes por tres sujetos armados cuando salía de su "
                      "finca en Tarija. Sus captores la retuvieron cuatro días y exigieron un pago a la familia.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_a_person_told_in_the_pluperfect_passive_is_one_kidnapped():
    [e] = kidnappings("Agentes antisecuestro liberaron el sábado a un transportista en Durango. El hombre "
                      "había sido interceptado el martes por cuatro individuos armados que exigían un rescate.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_one_person_deprived_of_liberty_is_one_kidnapped():
    [e] = kidnappings("La dirigente había sido privada de su libertad el lunes por hombres armados en Culiacán.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_one_person_after_the_personal_a_is_one_kidnapped():
    [e] = kidnappings("En 1994 la banda enterró en vida a un industrial durante 300 días en un zulo de Tolosa.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_a_figure_after_the_personal_a_is_not_one():
    events = kidnappings("Los captores enterraron en vida durante 300 días en un zulo a dos empresarios.")
    assert all(e.kidnapped is None or e.kidnapped.best == 2 for e in events)


def test_people_intercepted_in_the_plural_are_not_one():
    events = kidnappings("Los dos topógrafos fueron interceptados el jueves por hombres armados; sus captores "
                         "piden un rescate.")
    assert all(e.kidnapped is None or e.kidnapped.best == 2 for e in events)


def test_the_unit_function_reads_the_trigger_token():
    from cronica.nlp.load import load_nlp
    from cronica.extraction.counts import one_taken

    doc = load_nlp()("El comerciante fue interceptado por cuatro hombres armados.")
    assert one_taken(doc[3])
    doc = load_nlp()("El comerciante no fue interceptado por los hombres armados.")
    assert not one_taken(doc[4])
    doc = load_nlp()("Los comerciantes fueron interceptados por hombres armados.")
    assert not one_taken(doc[3])


def test_a_kidnapping_of_a_person_named_by_name_is_one_kidnapped():
    events = kidnappings("El cuerpo del locutor Mauricio Téllez Ramos, privado de su libertad el sábado por "
                         "hombres armados en Iguala, fue hallado el martes en una barranca.")
    assert events and all(e.kidnapped is not None and e.kidnapped.best == 1 for e in events)


def test_a_place_after_a_is_no_person():
    from cronica.nlp.load import load_nlp
    from cronica.extraction.counts import one_taken

    doc = load_nlp()("En mayo de 1985, los rebeldes secuestraron en la carretera a San Rafael del Norte a "
                     "cinco técnicos agrícolas.")
    verb = next(t for t in doc if t.lower_ == "secuestraron")
    assert not one_taken(verb)
