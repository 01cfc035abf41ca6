"""counts, session 20: the disappeared told by a clitic ("se lo llevaron", "lo detuvieron") are one
kidnapped (corpus/README.md, "Counts": disappeared and kidnapped persons are counted in kidnapped;
corpus train zb-004, p-005, u-046, dev n-009, t-008). Sentences written for these tests."""
import pytest

import cronica


def typed(text, kind, published="2025-08-20"):
    return [e for e in cronica.extract(text, published=published, doc_id="t") if e.type == kind]


# -- the disappeared told by a clitic --------------------------------------------------------------

def test_a_person_taken_by_police_whose_whereabouts_are_unknown_is_one_disappeared():
    events = typed("El 2 de agosto de 2025 agentes policiales y civiles armados entraron en la casa del "
                   "pescador Tomás Urbina en la comarca El Zapote y se lo llevaron esposado. En la "
                   "delegación niegan tenerlo y su familia desconoce su paradero.",
                   "disappearance") + typed(
                   "El 2 de agosto de 2025 agentes policiales y civiles armados entraron en la casa del "
                   "pescador Tomás Urbina en la comarca El Zapote y se lo llevaron esposado. En la "
                   "delegación niegan tenerlo y su familia desconoce su paradero.", "kidnapping")
    assert events and all(e.kidnapped is not None and e.kidnapped.best == 1 for e in events)


def test_a_woman_taken_away_by_armed_men_is_one_kidnapped():
    events = typed("Hombres armados irrumpieron el lunes en una finca de la vereda El Triunfo y se la "
                   "llevaron hacia la montaña; desde entonces no se sabe nada de la agricultora.",
                   "kidnapping") + typed(
                   "Hombres armados irrumpieron el lunes en una finca de la vereda El Triunfo y se la "
                   "llevaron hacia la montaña; desde entonces no se sabe nada de la agricultora.",
                   "disappearance")
    assert events and all(e.kidnapped is not None and e.kidnapped.best == 1 for e in events)


@pytest.mark.parametrize("sentence,expected", [
    ("Los agentes entraron a la casa y se lo llevaron esposado.", True),
    ("Unos soldados lo detuvieron en un retén de la carretera.", True),
    ("Los encapuchados se la llevaron de la escuela.", True),
    # plural clitics and a figure after the personal "a" are not one person
    ("Los encapuchados se los llevaron de la escuela.", False),
    ("Los encapuchados se llevaron a tres maestros de la escuela.", False),
])
def test_one_taken_reads_a_singular_clitic(nlp, sentence, expected):
    from cronica.extraction.counts import one_taken

    verb = next(t for t in nlp(sentence) if t.lower_.startswith(("llevaron", "detuvieron")))
    assert one_taken(verb) is expected
