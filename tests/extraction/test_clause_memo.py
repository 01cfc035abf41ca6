"""A trigger's clause is worked out once per token: the remembered bounds are the computed ones."""
from cronica.extraction.assemble import _clause_bounds, _clause_of

_TEXTS = (
    "Los soldados, que patrullaban la zona, fueron emboscados por una columna y dos de ellos murieron.",
    "Según la policía, el ataque ocurrió cuando los vecinos protestaban frente a la alcaldía.",
    "Tras el enfrentamiento, los militares detuvieron a tres hombres y decomisaron armas.",
)


def test_remembered_clause_bounds_are_the_computed_ones_for_every_token(nlp):
    for text in _TEXTS:
        doc = nlp(text)
        fresh = [_clause_bounds(t) for t in doc]
        assert [_clause_of(t) for t in doc] == fresh
        assert [_clause_of(t) for t in doc] == fresh  # (from the memo)
        assert doc.user_data["cronica_clauses"] == dict(enumerate(fresh))
    doc = nlp("Los soldados fueron emboscados por una columna y dos de ellos murieron.")
    s, e = _clause_of(doc[11])  # "murieron": the coordinated clause alone
    assert doc.text[s:e] == "y dos de ellos murieron"
