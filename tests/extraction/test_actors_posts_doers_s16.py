"""Session 16 (issue 12, actors): the doers of a social post told after the act's first word.
Sentences written for these tests (CC0).

* "balearon a un taxista 😡 dos tipos en moto le dispararon": the doers are the subject of the
  second verb, past the vehicle they rode and the verb's clitic ("en moto le").
* Slang for the doers ("unos bichos", "unos vatos") and "le pegaron / le tiraron tiros".
* "Llegaron unos hombres armados ...": the parser's object of a verb of arriving is its subject.
"""
from cronica.nlp.load import load_nlp
from cronica.extraction.actors import described_doer


def doer(sentence):
    doc = load_nlp()(sentence)
    return next((d.text for s in doc.sents if (d := described_doer(s)) is not None), None)


def test_doers_past_their_vehicle_and_the_clitic():
    assert doer("Hace rato balearon a un taxista en la avenida 😡 dos tipos en moto le dispararon y "
                "se fueron.") == "dos tipos"


def test_slang_doers_and_shots_given():
    assert doer("Anoche mataron a un señor del mercado, unos bichos en moto le pegaron tres tiros.") == "unos bichos"


def test_the_object_of_an_arrival_verb_is_its_subject():
    assert doer("Llegaron unos vatos armados en una camioneta gris y se lo llevaron.") == "unos vatos armados"


def test_a_post_names_its_doers(extract):
    text = ("Hace un rato balearon a un cobrador de combi en la avenida Túpac Amaru, en Villa El Salvador, "
            "Lima 😡 dos tipos en moto le dispararon y escaparon, el joven está grave. Los vecinos piden "
            "más patrullaje en la zona. #VES")
    found = [e for e in extract(text, published="2025-08-02") if e.type in ("attack", "killing")]
    assert found and found[0].actor1 is not None
    assert found[0].actor1.as_written.startswith("dos tipos")
