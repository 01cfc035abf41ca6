"""A lead that sums up several incidents ("Dos ataques armados ... dejaron tres muertos") is no
incident's toll: each incident's own figures come first, and an entry that opens by naming where
it happened ("Por la noche, en la colonia X, ...") is the roundup's next incident (corpus train
a-206, p-035, k-002; dev q-019). Sentences written for these tests."""
import cronica

ROUNDUP = ("Dos ataques armados en distintas colonias de Tijuana dejaron el sábado tres muertos, según la "
           "Fiscalía. El primero ocurrió por la tarde en la colonia Libertad, donde un hombre de 30 años fue "
           "asesinado a tiros frente a su casa. Por la noche, en la colonia Obrera, sicarios dispararon contra "
           "un taller mecánico: dos empleados murieron en el lugar.")


def test_each_incident_of_a_roundup_keeps_its_own_toll():
    events = cronica.extract(ROUNDUP, published="2024-03-17", doc_id="t")
    assert sorted(e.killed.best for e in events if e.killed is not None) == [1, 2]


def test_a_lead_told_before_is_no_roundup():
    from cronica.nlp.load import load_nlp
    from cronica.extraction.incidents import roundup_lead
    from cronica.extraction.triggers import TriggerMention

    class _Sent:
        def __init__(self, span):
            self.span = span

    class _M:
        def __init__(self, span, i):
            self.sentence = _Sent(span)
            self.trigger = TriggerMention("attack", i, 0, 0, is_noun=True, plural=True)

    doc = load_nlp()("Tres ataques armados dejaron cuatro muertos.")
    assert roundup_lead(_M(doc[:], 1))
    doc = load_nlp()("Los tres ataques armados siguen sin responsables.")
    assert not roundup_lead(_M(doc[:], 2))
