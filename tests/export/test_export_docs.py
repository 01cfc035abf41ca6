"""docs/exports.md against the code: every column of every CSV format in order, the
documented load types (pandas and pyarrow), the columns documented as always empty,
and a round trip of every column documented as a store field (``= field``)."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from cronica.export import ExportOptions, write
from cronica.export import acled, gtd, ucdp
from cronica.export.common import stable_int

from test_export_rules import world  # noqa: F401  (the multi-country fixture store)

DOC = Path(__file__).resolve().parents[2] / "docs" / "exports.md"
MODULES = {"acled": acled, "ucdp": ucdp, "gtd": gtd}
ID_COLUMN = {"acled": "event_id_cnty", "ucdp": "id", "gtd": None}  # None: matched by summary


def table(fmt: str) -> list[tuple[str, str, str]]:
    text = DOC.read_text("utf-8")
    section = text.split(f"### {fmt}\n", 1)[1].split("\n### ", 1)[0]
    rows = []
    for line in section.splitlines():
        m = re.match(r"^\| (\w+) \| (int|float|str|date) \| (.+) \|$", line)
        if m:
            rows.append(m.groups())
    return rows


@pytest.mark.parametrize("fmt", list(MODULES))
def test_the_tables_list_every_column_in_order(fmt):
    assert [c for c, _, _ in table(fmt)] == list(MODULES[fmt].COLUMNS)


def _export(store, fmt, unit="event") -> str:
    buf = io.StringIO()
    write(store, fmt, unit=unit, out=buf, options=ExportOptions(include_all=True, acled_inter="codes"))
    return buf.getvalue()


PANDAS = {"int": "Int64", "float": "Float64", "str": "string"}


@pytest.mark.parametrize("fmt", list(MODULES))
def test_files_load_with_pandas_and_pyarrow_with_the_documented_types(world, fmt):  # noqa: F811
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    spec = table(fmt)
    for unit in ("event", "incident"):
        text = _export(world, fmt, unit)
        dates = [c for c, t, _ in spec if t == "date"]
        df = pd.read_csv(io.StringIO(text), dtype={c: PANDAS[t] for c, t, _ in spec if t in PANDAS},
                         parse_dates=dates, keep_default_na=False, na_values=[""])
        assert list(df.columns) == [c for c, _, _ in spec] and len(df) > 0
        for c in dates:
            assert str(df[c].dtype).startswith("datetime64")
        arrow = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "date": pa.date32()}
        t = pacsv.read_csv(io.BytesIO(text.encode("utf-8")), convert_options=pacsv.ConvertOptions(
            column_types={c: arrow[ty] for c, ty, _ in spec}, strings_can_be_null=True))
        assert t.num_rows == len(df)
        # an int column may be written "" for unknown (null), never a non-integer
        for c, ty, _ in spec:
            if ty == "int":
                assert all(v is None or isinstance(v, int) for v in t.column(c).to_pylist())


@pytest.mark.parametrize("fmt", list(MODULES))
def test_always_empty_columns_are_empty_and_the_others_are_filled(world, fmt):  # noqa: F811
    import pandas as pd

    frames = [pd.read_csv(io.StringIO(_export(world, fmt, u)), dtype=str, keep_default_na=False)
              for u in ("event", "incident")]
    df = pd.concat(frames)
    for c, _, how in table(fmt):
        filled = (df[c] != "").sum()
        if how == "always empty":
            assert filled == 0, c
        else:
            assert filled > 0, f"{fmt}.{c} is documented as filled but empty on every row"


@pytest.mark.parametrize("fmt", list(MODULES))
def test_round_trip_every_store_field_column(world, fmt):  # noqa: F811
    import pandas as pd

    spec = table(fmt)
    direct = {c: m.group(1) for c, _, how in spec if (m := re.match(r"^= (\w+)$", how))}
    assert direct
    df = pd.read_csv(io.StringIO(_export(world, fmt)), dtype=str, keep_default_na=False)
    stored = list(world.iter_events())
    events = {str(stable_int(e["event_id"])): e for e in stored}
    by_evidence = {e["evidence"]: e for e in stored}
    idc = ID_COLUMN[fmt]
    assert len(df) > 0
    for _, row in df.iterrows():
        # GTD ids are dates and sequence numbers: its rows are found by their summary
        ev = events["".join(ch for ch in row[idc] if ch.isdigit())] if idc else by_evidence[row["summary"]]
        for col, field in direct.items():
            want = ev.get(field)
            got = row[col]
            if want is None:
                assert got == "", (col, got)
            elif isinstance(want, float):
                assert float(got) == pytest.approx(want), col
            else:
                assert got == str(want), (col, got, want)
