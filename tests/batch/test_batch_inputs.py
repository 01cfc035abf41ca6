"""Reading batch inputs (.jsonl.gz, CSV) and cutting them into deterministic partitions."""
from __future__ import annotations

import gzip
import json

from cronica.batch.inputs import (
    ReadOptions, count_items, expand_inputs, iter_items, partitions,
)
from cronica.errors import InputError
from cronica.model import Document


def _docs(items):
    return [it for it in items if isinstance(it, Document)]


def _errors(items):
    return [it for it in items if isinstance(it, InputError)]


def test_jsonl_gz_reads_like_jsonl(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "La policía detuvo a dos hombres.", "published": "2015-03-02"}),
        "",
        "esto no es JSON",
        json.dumps({"id": "b", "text": "   "}),
        json.dumps({"text": "Sin identificador."}),
    ]
    plain = tmp_path / "c.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gz = tmp_path / "c.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    a, b = list(iter_items([str(plain)])), list(iter_items([str(gz)]))
    assert [d.id for d in _docs(a)] == ["a", "c:5"]
    assert [d.id for d in _docs(b)][0] == "a" and len(_docs(b)) == 2
    assert [(d.text, d.published) for d in _docs(a)] == [(d.text, d.published) for d in _docs(b)]
    assert len(_errors(a)) == len(_errors(b)) == 2
    assert all(str(gz) in str(e) for e in _errors(b))


def test_corrupt_gzip_is_one_error(tmp_path):
    p = tmp_path / "broken.jsonl.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    items = list(iter_items([str(p)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "broken.jsonl.gz" in str(items[0])


def test_csv_with_text_column(tmp_path):
    p = tmp_path / "notas.csv"
    p.write_text(
        'codigo,cuerpo,published\n'
        'n1,"Una emboscada en Pichari, con dos muertos.\nSegunda línea.",2012-04-09\n'
        'n2,,2012-04-10\n'
        ',Marcha de agricultores en Tocache.,\n'
        'n4,Texto,13/01/2012\n',
        encoding="utf-8")
    opts = ReadOptions(text_column="cuerpo", id_column="codigo")
    items = list(iter_items([str(p)], opts))
    docs = _docs(items)
    assert [d.id for d in docs] == ["n1", "notas:3"]
    assert docs[0].text.endswith("Segunda línea.") and docs[0].published == "2012-04-09"
    assert docs[1].published is None
    errs = _errors(items)
    assert len(errs) == 2
    assert "row 2" in str(errs[0]) and "empty" in str(errs[0])
    assert "row 4" in str(errs[1]) and "published" in str(errs[1])
    # the listing keeps its order: errors take their slot between documents
    assert [type(it).__name__ for it in items] == ["Document", "InputError", "Document", "InputError"]


def test_csv_without_the_text_column_says_which_columns_exist(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("id,body\n1,hola\n", encoding="utf-8")
    items = list(iter_items([str(p)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "--text-column" in str(items[0]) and "body" in str(items[0])


def test_csv_gz_and_max_chars(tmp_path):
    p = tmp_path / "x.csv.gz"
    with gzip.open(p, "wt", encoding="utf-8", newline="") as fh:
        fh.write("id,text\na,corto\nb," + "x" * 50 + "\n")
    items = list(iter_items([str(p)], ReadOptions(max_chars=20)))
    assert [d.id for d in _docs(items)] == ["a"]
    assert "max-chars" in str(_errors(items)[0])


def test_directory_listing_is_sorted_and_recursive(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Texto z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Texto a", encoding="utf-8")
    (tmp_path / ".oculto.txt").write_text("no", encoding="utf-8")
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Texto g"}) + "\n")
    listing = expand_inputs([str(tmp_path)])
    assert [p.rsplit("/", 1)[-1] for p in listing] == ["a.txt", "z.txt", "c.jsonl.gz"]
    assert [d.id for d in _docs(iter_items([str(tmp_path)]))] == ["a", "b/z", "g1"]
    assert count_items([str(tmp_path)]) == 3


def test_partitions_are_deterministic_and_keep_error_slots(tmp_path):
    p = tmp_path / "c.jsonl"
    rows = [json.dumps({"id": f"d{i}", "text": f"Texto {i}"}) for i in range(23)]
    rows[5] = "{roto"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    first = list(partitions(iter_items([str(p)]), 10))
    again = list(partitions(iter_items([str(p)]), 10))
    assert [len(x.items) for x in first] == [10, 10, 3]
    assert [x.index for x in first] == [0, 1, 2]
    assert [x.fingerprint() for x in first] == [x.fingerprint() for x in again]
    assert len(first[0].documents) == 9 and len(first[0].input_errors) == 1
    # every item lands in exactly one partition
    ids = [d.id for x in first for d in x.documents]
    assert len(ids) == len(set(ids)) == 22
    assert count_items([str(p)]) == 23


def test_fingerprint_changes_when_the_input_changes(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps({"id": f"d{i}", "text": "x"}) + "\n" for i in range(4)), encoding="utf-8")
    before = [x.fingerprint() for x in partitions(iter_items([str(p)]), 2)]
    p.write_text("".join(json.dumps({"id": f"e{i}", "text": "x"}) + "\n" for i in range(4)), encoding="utf-8")
    after = [x.fingerprint() for x in partitions(iter_items([str(p)]), 2)]
    assert before[0] != after[0] and before[1] != after[1]
