"""A wish is not a report (issue 10): "Ojalá sea el último secuestro" names no incident, while a
kidnapping told in a clause of its own after the wish word is still reported
(filters.yaml wish_words). Sentences written for these tests (CC0)."""
PUBLISHED = "2025-03-10"


def test_a_hope_that_it_is_the_last_kidnapping_is_no_event(extract):
    text = "Ojalá sea el último secuestro en la provincia de Sucumbíos #PazYa"
    assert extract(text, published=PUBLISHED) == []


def test_a_hope_for_no_more_attacks_is_no_event(extract):
    assert extract("Ojalá no haya más ataques contra la estación de policía de Morales.", published=PUBLISHED) == []


def test_a_kidnapping_told_in_a_clause_after_the_wish_is_reported(extract):
    text = "Ojalá encuentren pronto a los hombres que secuestraron el lunes a mi hermano en la vía a Tame."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["kidnapping"]
