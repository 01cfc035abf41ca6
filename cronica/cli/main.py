"""`cronica` entry point: a click group whose commands are imported lazily.

Each command lives in its own module; ``COMMANDS`` maps its name to
``module:attribute``. Importing a command module must not load spaCy: heavy
work starts when the command runs.
"""
from __future__ import annotations

import importlib
import sys

import click

from cronica import __version__

COMMANDS: dict[str, str] = {
    "extract": "cronica.cli.extract:extract",
    "gazetteer": "cronica.cli.gazetteer:gazetteer",
    "evaluate": "cronica.cli.evaluate:evaluate",
    "train": "cronica.cli.train:train",
    "batch": "cronica.cli.batch:batch",
    "ingest": "cronica.cli.ingest:ingest",
    "events": "cronica.cli.events:events",
    "incidents": "cronica.cli.incidents:incidents",
    "review": "cronica.cli.review:review",
    "stats": "cronica.cli.stats:stats",
    "export": "cronica.cli.export:export",
    "db": "cronica.cli.db:db",
    "serve": "cronica.cli.serve:serve",
    "taxonomy": "cronica.cli.taxonomy:taxonomy",
}

# Exit codes (documented in docs/cli.md).
EXIT_OK = 0
EXIT_FAILED = 1  # nothing could be processed, or a command failed
EXIT_USAGE = 2  # click's own code for bad usage
EXIT_PARTIAL = 3  # `cronica batch`: the run finished, but some documents failed (errors.jsonl)


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cronica")
@click.option("-v", "--verbose", is_flag=True, help="Debug messages on stderr (with tracebacks of internal errors).")
def cli(verbose: bool = False) -> None:
    """Cronica: Spanish conflict reporting → structured, sourced events."""
    import logging

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="cronica: %(levelname)s: %(message)s")


def main(argv: list[str] | None = None) -> int:
    try:
        return cli.main(args=argv, prog_name="cronica", standalone_mode=True) or 0
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        click.echo("interrupted", err=True)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
