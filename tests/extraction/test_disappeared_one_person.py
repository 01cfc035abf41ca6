"""One person disappeared is a kidnapped figure of 1 (corpus/README.md, "Counts": disappeared and
kidnapped persons are counted in kidnapped). Session 11, fresh probe j-026; train a-029, b-086,
d-223. Sentences written for these tests."""
import cronica


def disappearances(text, published="2025-05-17"):
    return [e for e in cronica.extract(text, published=published, doc_id="t") if e.type == "disappearance"]


def test_a_named_person_detained_whose_whereabouts_are_unknown_is_one_disappeared():
    [e] = disappearances("Ramón López Ortiz, de 34 annos, fue detenido el 3 de febrero de 2025 por agentes "
                         "policiales en Masaya. Sus familiares desconocen su paradero y las autoridades niegan "
                         "la detencion.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_a_young_man_taken_by_agents_and_not_seen_again_is_one_disappeared():
    [e] = disappearances("El 9 de abril de 2024 agentes de la policía se llevaron a un joven de 17 annos de "
                         "la cancha del barrio. Desde entonces su familia no sabe donde esta y las autoridades "
                         "niegan haberlo detenido.")
    assert e.kidnapped is not None and e.kidnapped.best == 1


def test_the_remains_of_a_disappeared_person_found_are_no_figure():
    events = disappearances("Peritos forenses hallaron el lunes los restos de un comerciante desaparecido desde "
                            "el 3 de enero en un terreno baldío de Villa Nueva.")
    assert all(e.kidnapped is None for e in events)
