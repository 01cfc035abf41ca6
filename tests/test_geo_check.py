"""scripts/geo_check.py: the country of matched events and the class of each admin1 miss."""
import importlib.util
from pathlib import Path

from cronica.evaluate import score

_SPEC = importlib.util.spec_from_file_location(
    "geo_check", Path(__file__).resolve().parents[1] / "scripts" / "geo_check.py")
geo_check = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(geo_check)

TEXT = "Una patrulla fue emboscada en un camino rural del valle."


def test_score_keeps_the_matched_pairs_out_of_the_json():
    docs = [{"id": "1", "text": TEXT}]
    gold = [{"doc": "1", "event_type": "ambush", "evidence": TEXT, "admin1": "Cauca"}]
    pred = [{"doc_id": "1", "type": "ambush", "evidence_start": 0, "evidence_end": len(TEXT), "admin1": "Cauca"}]
    r = score(docs, gold, pred)
    assert len(r.pairs) == 1 and r.pairs[0][1]["admin1"] == "Cauca"
    assert "pairs" not in r.to_dict()


def test_gold_country_from_its_field_else_its_division():
    divisions = {"cauca": {"CO"}, "la libertad": {"PE", "SV"}}
    assert geo_check.gold_country({"country": "ve", "admin1": "Cauca"}, divisions) == "VE"
    assert geo_check.gold_country({"admin1": "Cauca"}, divisions) == "CO"
    assert geo_check.gold_country({"admin1": "La Libertad"}, divisions) is None  # two countries have one


def test_admin1_miss_classes():
    cls = geo_check.admin1_class
    assert cls({"admin1": "Oran", "iso": 12}, {"admin1": "Salta"}, "AR") == "wrong-country"
    assert cls({"admin1": None, "iso": None}, {"admin1": "Salta"}, "AR") == "no-place"
    assert cls({"admin1": None, "iso": 32}, {"admin1": "Salta"}, "AR") == "country-only"
    assert cls({"admin1": "Jujuy", "iso": 32}, {"admin1": "Salta"}, "AR") == "other-division"
    assert cls({"admin1": "Jujuy", "iso": 32}, {"admin1": None}, "AR") == "spurious"
    assert cls({"admin1": "salta", "iso": 32}, {"admin1": "Salta"}, "AR") is None
