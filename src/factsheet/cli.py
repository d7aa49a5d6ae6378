"""The ``factsheet`` command: argv -> exit code (0 clean, 1 findings, 2 bad input or usage).

Errors go to stderr, data to stdout, so ``--json`` output pipes cleanly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from .errors import FactsheetError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description="Check a news corpus against curated fact sheets and report conflicts.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser(
        "validate", help="validate the corpus against the sheets and write the reports",
        description="Validate without pytest: load, compare, write reports/conflicts.{json,html}."
                    " Exit 1 when there are new conflicts, stale acceptances or sheet errors.",
    )
    validate.add_argument("--corpus", type=Path, default=Path("corpus"), metavar="DIR")
    validate.add_argument("--facts", type=Path, default=Path("facts"), metavar="DIR")
    validate.add_argument("--report-dir", type=Path, default=Path("reports"), metavar="DIR")
    validate.add_argument("--json", action="store_true",
                          help="print the report JSON to stdout instead of the summary")
    validate.set_defaults(run=_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except FactsheetError as error:
        if args.debug:
            raise
        print(f"factsheet: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `factsheet ... | head` is fine
        return 0


def _validate(args: argparse.Namespace) -> int:
    from .report import render_json, write_reports
    from .rules import conflict_message, stale_problems
    from .summary import summary_line
    from .validation import validate

    if not args.facts.is_dir():
        raise FactsheetError(f"fact sheet directory '{args.facts}' not found; pass --facts DIR")
    validation = validate(args.corpus, args.facts)
    report = write_reports(validation, args.report_dir, run_time=datetime.now(UTC))
    for warning in validation.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in validation.failures:
        print(failure, file=sys.stderr)
    findings = False
    for result in validation.results:
        for conflict in result.new_conflicts:
            print(conflict_message(conflict, result.fact.unit_text), file=sys.stderr)
            findings = True
        for line in stale_problems(result):
            print(line, file=sys.stderr)
            findings = True
    if args.json:
        sys.stdout.write(render_json(validation))
    else:
        print(summary_line(validation, report))
    return 1 if findings or validation.failures else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
