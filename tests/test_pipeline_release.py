"""The pipeline leaves no parsed Doc to the cyclic garbage collector: what the stages kept on a Doc
(its Tokens, sentences, per-Doc answers) is released after its document is assembled, and no stage
leaves a reference cycle holding a Token, so every Doc is freed as soon as its batch is done."""
import gc

from cronica.model import Document
from cronica.nlp.load import doc_tokens, release, sent_of, span_key

TEXTS = [
    "Una columna de Sendero Luminoso emboscó el lunes a una patrulla del Ejército en Pichari. "
    "Dos soldados murieron y otros tres resultaron heridos, informó el Comando Conjunto.",
    "Un grupo de hombres armados secuestró a un comerciante de la zona, Juan Pérez, en Tumbes. "
    "La policía detuvo después a dos de los presuntos secuestradores.",
]


def test_release_forgets_what_the_stages_kept(nlp):
    doc = nlp("Hombres armados atacaron un puesto policial. Tres agentes murieron.")
    toks = doc_tokens(doc)
    sent_of(toks[0]), span_key(doc[0:3])
    assert doc.user_data
    release(doc)
    assert not doc.user_data
    assert [t.text for t in doc_tokens(doc)] == [t.text for t in toks]  # made again on demand


def test_no_parsed_doc_waits_for_the_cyclic_collector(pipeline):
    """Run with the collector off and saving what it finds: the run leaves no spaCy Doc or Token in
    a reference cycle (before: every Doc, through its kept Tokens and a recursive closure of the
    actor stage, waited for a full collection)."""
    from spacy.tokens import Doc, Token

    docs = [Document(f"r{i}", t, "2024-05-08") for i, t in enumerate(TEXTS)]
    list(pipeline.run(docs))  # warm: lexicons and memos built before the collector is watched
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        results = list(pipeline.run(docs))
        assert all(r.events for r in results)
        del results
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (Doc, Token))]
        assert left == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
