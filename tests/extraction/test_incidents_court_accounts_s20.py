"""Session 20 (issue 10, "one event per incident"): court news that names an older incident by its
month in the ruling's sentence and then tells it in the prosecutor's account with its day. The
account's day is the incident's date and its sentence the evidence (the first full report of the
incident; corpus/README.md, annotation conventions); the ruling is an event of its own, and a new
incident told in the same report stays apart. And an operation noun whose sentence opens with a day
of its own does not join the arrest of another day. Texts written for these tests."""
import cronica

from event_checks import told

_COURT = ("Condenan a 30 años a dos sicarios por el crimen de un comerciante en Choloma\n"
          "SAN PEDRO SULA, 12 mar (Agencia) - Un tribunal de sentencia condenó este miércoles a 30 años "
          "de prisión a dos integrantes de la pandilla Barrio 18 por el asesinato de un comerciante en "
          "la colonia López Arellano, de Choloma, en agosto de 2023.\n"
          "Según la acusación de la Fiscalía, los dos hombres llegaron en motocicleta al negocio de la "
          "víctima la tarde del 9 de agosto de 2023 y le dispararon en seis ocasiones.\n"
          "La defensa anunció que apelará el fallo.")


def test_the_account_gives_the_older_incident_its_day_and_evidence():
    evs = cronica.extract(_COURT, published="2025-03-12")
    killings = [e for e in evs if e.type == "killing"]
    assert len(killings) == 1, told(evs)
    assert killings[0].date.value == "2023-08-09"
    assert killings[0].evidence.text.startswith("Según la acusación")


def test_the_ruling_stays_an_event_of_its_own():
    evs = cronica.extract(_COURT, published="2025-03-12")
    assert sorted(e.type for e in evs) == ["killing", "other"], told(evs)


def test_an_account_of_another_month_does_not_redate_the_incident():
    text = ("Un juez condenó este lunes a 25 años de prisión a un hombre por el secuestro de una "
            "ganadera en Cesar en mayo de 2022.\n"
            "El 3 de junio de 2022 la Policía lo capturó en Valledupar.")
    evs = cronica.extract(text, published="2025-03-10")
    kid = [e for e in evs if e.type == "kidnapping"]
    assert all(e.date.value == "2022-05" for e in kid), told(evs)


def test_an_operation_on_another_day_is_not_the_arrest_before_it():
    text = ("El jueves 6 de marzo un operativo de la Policía y el Ejército allanó tres viviendas de la vereda "
            "La Esperanza, en Tumaco, con la detención de siete personas.\n"
            "Los demás integrantes de la banda huyeron hacia el río.\n"
            "El sábado 8, los mismos uniformados volvieron a la vereda y, en medio de ese operativo, "
            "un soldado murió baleado.")
    evs = cronica.extract(text, published="2025-03-12")
    dated = sorted((e.type, e.date.value) for e in evs)
    assert dated == [("arrest", "2025-03-06"), ("security_operation", "2025-03-08")], told(evs)
    assert next(e for e in evs if e.type == "security_operation").killed.best == 1
