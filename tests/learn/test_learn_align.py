"""The recorder's labels: what the decision models are taught from the gold."""
from cronica.learn.align import Recorder, cross_family
from cronica.learn.corpus import Corpus
from cronica.learn.train import record

# Our own sentences (not from any shared text): a day of protest in which two people were shot, told
# without a protest word the rules' framing reads (so the shots stay a violent candidate and only the
# gold says protest).
TEXT = ("Jornada de transportistas termina con dos muertos en Cochabamba\n\n"
        "Dos transportistas murieron baleados el martes en Cochabamba durante la jornada del gremio contra "
        "el alza del combustible. Los dirigentes del gremio anunciaron que seguirán las movilizaciones.")
EVIDENCE = ("Dos transportistas murieron baleados el martes en Cochabamba durante la jornada del gremio contra "
            "el alza del combustible.")


def corpus():
    doc = {"id": "t-1", "text": TEXT, "published": "2024-03-06"}
    gold = {"doc": "t-1", "event_type": "protest", "date": "2024-03-05", "date_precision": "day",
            "admin1": "Cochabamba", "evidence": EVIDENCE, "evidence_more": []}
    return Corpus([doc], [gold])


def test_families_one_incident_may_be_told_in():
    assert cross_family("killing", "protest") and cross_family("security_operation", "killing")
    assert not cross_family("arrest", "killing") and not cross_family("killing", "attack")


def test_shots_told_in_a_protest_belong_to_the_protest(pipeline):
    c = corpus()
    rec = record(pipeline, pipeline.parse(c.documents()), c)
    violent = [e for e in rec.mentions if any(k.startswith("family=violent") for k in e.features)]
    assert violent, "the killing trigger should be a candidate"
    # the deaths are part of the march: not "nothing", but the protest incident
    assert all(e.label == "new" for e in violent)
    # the incident built from them is typed as the gold types it
    assert rec.types and all(e.label == "protest" for e in rec.types)


def test_a_violent_mention_may_be_paired_with_a_protest_incident():
    r = Recorder(corpus())
    r.begin("t-1")
    start = TEXT.index(EVIDENCE)
    gi, label = r._align(start, start + len(EVIDENCE), "killing")
    assert (gi, label) == (0, "new")
    # a sentence outside the evidence stays unaligned
    other = TEXT.index("Los dirigentes")
    assert r._align(other, len(TEXT), "killing") == (None, "none")
