"""Text written all in capitals is parsed in sentence case (text/recase.py), so its verbs, counts
and actors are read as in ordinary text, while every offset and every output still shows the
original capitals. Sentences written for these tests."""
from cronica.model import Document


def _events(pipeline, text, published="2025-03-02"):
    events = [e.to_dict() for e in pipeline.extract(Document("caps", text, published))]
    for d in events:  # offsets index the original text, which the outputs show
        assert text[d["evidence_start"]:d["evidence_end"]] == d["evidence"]
        for key in ("actor1", "actor2"):
            if key in d["spans"]:
                start, end = d["spans"][key][:2]
                assert text[start:end] == d[f"{key}_text"]
    return events


def test_a_headline_in_capitals_gives_its_counts(pipeline):
    text = "EMBOSCADA EN PICHARI DEJA TRES POLICÍAS MUERTOS Y DOS HERIDOS"
    [event] = _events(pipeline, text)
    assert event["type"] == "ambush" and event["killed"] == 3 and event["wounded"] == 2
    assert event["evidence"] == text


def test_a_post_in_capitals_gives_its_doers_and_victims(pipeline):
    text = ("ATENCIÓN VECINOS!! ANOCHE SUJETOS ARMADOS BALEARON A DOS JÓVENES EN LA AVENIDA GRAU DE TUMBES. "
            "UNO MURIÓ EN EL HOSPITAL REGIONAL. COMPARTAN")
    events = _events(pipeline, text)
    assert len(events) == 1
    event = events[0]
    assert event["killed"] == 1
    assert "SUJETOS ARMADOS" in (event["actor1_text"] or "") and event["actor2_text"] == "DOS JÓVENES"


def test_a_bulletin_entry_closed_by_a_place_list_in_capitals(pipeline):
    text = ("EL 4 DE MAYO DE 2025 INTEGRANTES DEL ELN SECUESTRARON A DOS INGENIEROS DE UNA EMPRESA PETROLERA "
            "EN LA VEREDA EL PALMAR.\nARAUCA - SARAVENA - VEREDA EL PALMAR")
    [event] = _events(pipeline, text, None)
    assert event["type"] == "kidnapping" and event["kidnapped"] == 2
    assert event["actor1"].startswith("Ejército de Liberación Nacional")
    assert event["actor2_text"].startswith("DOS INGENIEROS")
    assert event["admin1"] == "Arauca"


def test_acronyms_in_a_sentence_in_capitals_stay_the_actors(pipeline):
    text = "LA PNP Y LA DIRANDRO CAPTURARON A CUATRO INTEGRANTES DEL CJNG Y DE LA MS-13 EN EL CALLAO"
    [event] = _events(pipeline, text)
    assert event["type"] == "arrest" and event["arrested"] == 4
    assert event["actor1"] == "Policía Nacional del Perú" and "PNP" in event["actor1_text"]
    assert "CJNG" in (event["actor2_text"] or "")


def test_the_parsed_form_only_changes_case(pipeline):
    text = ("POLICÍA NACIONAL DEL PERÚ\nNOTA DE PRENSA\n"
            "CAPTURAN EN AYACUCHO A DOS INTEGRANTES DEL CJNG CON 40 KILOS DE COCAÍNA\n"
            "La Policía informó el lunes que los detenidos fueron llevados a Lima.")
    parsed = pipeline.parsed_form(text, text)
    assert len(parsed) == len(text) and parsed.lower() == text.lower()
    assert parsed.splitlines()[2] == "Capturan en Ayacucho a dos integrantes del CJNG con 40 kilos de cocaína"
    assert parsed.splitlines()[3] == text.splitlines()[3]
