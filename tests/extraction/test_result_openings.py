"""A sentence that opens by naming itself the result of what was just told is that incident's toll
(filters.yaml ``result_openings``; assemble ``_told_as_result``). Session 12: fresh probe l-032
split "Como resultado, dos personas perdieron la vida ..." from the clash before it; in the corpus
13 of 15 such sentences are evidence of the violent incident before them. Sentences written for
these tests."""

PUBLISHED = "2025-03-10"


def test_a_toll_told_as_the_result_of_a_clash_is_the_clash(extract):
    evs = extract("El Ministerio de Gobernación informa que el sábado 8 de marzo, en el área limítrofe entre "
                  "los municipios de Zacualpa y Joyabaj, pobladores de ambas comunidades se enfrentaron con armas "
                  "de fuego por un conflicto de tierras.\nComo resultado, dos personas perdieron la vida y cuatro "
                  "resultaron heridas, entre ellas un agente de la Policía.", published=PUBLISHED)
    assert [e.type for e in evs] == ["armed_clash"]
    assert evs[0].killed is not None and evs[0].killed.best == 2
    assert evs[0].wounded is not None and evs[0].wounded.best == 4


def test_arrests_told_as_the_result_of_an_operation_stay_their_own_event(extract):
    types = [e.type for e in extract("El 5 de marzo, la Policía realizó un operativo contra una red de "
                                     "extorsionadores en la colonia El Carmen de San Pedro Sula. Como resultado "
                                     "se capturó a cinco personas.", published=PUBLISHED)]
    assert "arrest" in types
