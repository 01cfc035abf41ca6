"""A roundup headline that lists incidents each with its own place ("drones en X y emboscada en
Y") puts each item at its place: the item does not take in a body incident told at another
place (issue 10: a headline summary merged into the wrong body incident; train d-062, d-160).
Sentences written for these tests (CC0)."""
TEXT = ("Martes violento en Michoacán: drones en Coalcomán y emboscada en Buenavista\n"
        "MORELIA, 14 mar (Agencia) - Un ataque con drones cargados de explosivos contra el poblado de "
        "Barranca Seca, en el municipio de Coalcomán, dejó dos campesinos heridos el martes, informaron "
        "autoridades estatales.\n"
        "Horas más tarde, en el municipio de Buenavista, hombres armados emboscaron a una patrulla de la "
        "policía estatal; dos agentes murieron.\n")


def test_each_listed_item_stays_at_its_own_place(extract):
    evs = extract(TEXT, published="2023-03-15")
    by_start = {e.evidence.text.split()[0]: e.type for e in evs}
    assert by_start["MORELIA,"] == "bombing"  # not the headline's ambush at Buenavista
    assert by_start["Horas"] == "ambush"
    assert len(evs) == 2
