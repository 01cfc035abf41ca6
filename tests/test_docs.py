"""Docs checked by tests: the README's Python example and the documented CLI options exist."""
import re
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs_and_matches_its_comments():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    code_lines, expectations = [], []
    for line in block.splitlines():
        code, _, comment = line.partition("#")
        code_lines.append(code.rstrip())
        if comment.strip().startswith("("):
            expectations.append((code.strip(), eval(comment.strip())))
    ns: dict = {}
    exec("\n".join(code_lines), ns)
    for expr, expected in expectations:
        assert eval(expr, ns) == expected


def test_documented_extract_options_exist():
    from cronica.cli.main import cli

    help_text = CliRunner().invoke(cli, ["extract", "--help"]).output
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for opt in re.findall(r"`(--[a-z-]+)", doc.split("## cronica extract")[1].split("## ")[0]):
        assert opt in help_text, opt


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/run.sh" in readme and "scripts/test.sh" in readme
    assert (ROOT / "scripts" / "run.sh").exists() and (ROOT / "scripts" / "test.sh").exists()
    from cronica.cli.main import COMMANDS

    for name in re.findall(r"`(gazetteer|ingest|events|incidents|stats|export|db|batch|serve)`", readme):
        assert name in COMMANDS, name
