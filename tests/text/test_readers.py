"""readers: every input kind, and a clear per-document error for each kind of bad input."""
import io
import json

from cronica.errors import InputError
from cronica.model import Document
from cronica.text.readers import iter_documents


def items(*inputs, **kw):
    return list(iter_documents([str(i) for i in inputs], **kw))


def test_txt_html_jsonl_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text("Una emboscada en Pichari.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Un ataque.", "published": "2020-05"}) + "\n"
        + json.dumps({"id": 7, "text": "Otro.", "published": None}) + "\n", encoding="utf-8")
    html = ("<html><head><meta property='article:published_time' content='2019-03-04'></head><body><article>"
            "<h1>Titular</h1><p>" + "Una patrulla fue atacada en el Vraem. " * 8 + "</p></article></body></html>")
    (tmp_path / "c.html").write_text(html, encoding="utf-8")
    got = items(tmp_path)
    docs = [g for g in got if isinstance(g, Document)]
    assert [d.id for d in docs] == ["a", "x1", "7", "c"]
    assert docs[1].published == "2020-05"
    assert docs[3].published == "2019-03-04" and "patrulla" in docs[3].text


def test_stdin_text_and_jsonl():
    got = list(iter_documents(["-"], stdin=io.StringIO("Texto por la entrada estándar."), published="2021-01-02"))
    assert got[0].id == "stdin" and got[0].published == "2021-01-02"
    got = list(iter_documents(["-"], stdin=io.StringIO('{"id": "s", "text": "hola"}\n')))
    assert got[0].id == "s"


def errors(got):
    return [str(g) for g in got if isinstance(g, InputError)]


def test_bad_inputs_are_named_one_line_errors_and_the_rest_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Emboscada en Jun\xedn".encode("latin-1"))
    (tmp_path / "noarticle.html").write_text("<html><body><div></div></body></html>", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('not json\n{"id": "ok", "text": "bien"}\n{"id": "nt"}\n'
                                          '{"id": "p", "text": "x", "published": "ayer"}\n', encoding="utf-8")
    (tmp_path / "data.xlsx").write_bytes(b"PK")
    (tmp_path / "good.txt").write_text("Un texto correcto.", encoding="utf-8")
    got = items(tmp_path, tmp_path / "missing.txt")
    errs = errors(got)
    assert any("empty.txt" in e and "empty" in e for e in errs)
    assert any("bin.txt" in e and "binary" in e for e in errs)
    assert any("latin1.txt" in e and "UTF-8" in e for e in errs)
    assert any("noarticle.html" in e and "no article" in e for e in errs)
    assert any("lines.jsonl:1" in e and "not valid JSON" in e for e in errs)
    assert any("lines.jsonl:3" in e and "'text'" in e for e in errs)
    assert any("lines.jsonl:4" in e and "published" in e for e in errs)
    assert any("data.xlsx" in e and "unknown extension" in e for e in errs)
    assert any("missing.txt" in e and "no such file" in e for e in errs)
    assert all("\n" not in e for e in errs)
    docs = [g.id for g in got if isinstance(g, Document)]
    assert docs == ["good", "ok"]


def test_too_large_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("a" * 5000, encoding="utf-8")
    errs = errors(items(big, max_chars=1000))
    assert errs and "--max-chars" in errs[0]


def test_jsonl_is_streamed_and_a_bad_line_costs_only_itself(tmp_path):
    f = tmp_path / "corpus.jsonl"
    with f.open("wb") as out:
        out.write(json.dumps({"id": "a", "text": "uno"}).encode() + b"\n")
        out.write(b'{"id": "b", "text": "\xff\xfe"}\n')
        for i in range(2000):
            out.write(json.dumps({"id": f"n{i}", "text": "Texto de prueba " * 20}).encode() + b"\n")
    got = items(f)
    assert "UTF-8" in errors(got)[0] and "corpus.jsonl:2" in errors(got)[0]
    assert sum(isinstance(g, Document) for g in got) == 2001


def test_a_50_mb_text_is_refused_before_it_is_read(tmp_path):
    from cronica.text.readers import DEFAULT_MAX_CHARS

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    errs = errors(items(big))
    assert errs and "--max-chars" in errs[0] and f"{DEFAULT_MAX_CHARS:,}" in errs[0]


def test_gzipped_jsonl(tmp_path):
    import gzip

    f = tmp_path / "c.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "g1", "text": "Un ataque en Satipo."}) + "\n")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    got = items(f, tmp_path / "broken.jsonl.gz")
    assert [g.id for g in got if isinstance(g, Document)] == ["g1"]
    assert any("broken.jsonl.gz" in e for e in errors(got))
