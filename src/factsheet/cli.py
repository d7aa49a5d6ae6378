"""The ``factsheet`` command: argv -> exit code (0 clean, 1 findings, 2 bad input or usage).

Errors go to stderr, data to stdout, so ``--json`` output pipes cleanly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FactsheetError, FileError, UnknownArticleError
from .quantities import format_value

if TYPE_CHECKING:
    from .check.results import Validation
    from .quantities import ClaimValue
    from .run.kept_run import RunCache


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
    _cache_options(validate)
    validate.set_defaults(run=_validate)

    extract = commands.add_parser(
        "extract", help="list the quantity mentions of articles",
        description="Find every quantity mention in the given articles (files, or directories"
                    " meaning every article in them).",
    )
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--json", action="store_true",
                         help="one JSON object per mention per line (the stable contract)")
    extract.add_argument("--facts", type=Path, default=Path("facts"), metavar="DIR",
                         help="the sheets whose events ('the war') date what the articles say")
    extract.set_defaults(run=_extract)

    suggest = commands.add_parser(
        "suggest", help="print YAML for claims and facts the sheets do not cover yet",
        description="Print ready-to-paste YAML: claim entries for automatic matches that no"
                    " sheet pins, and stub facts for counted quantities that match no fact."
                    " Never edits a file.",
    )
    suggest.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                         help="only these articles (default: the whole corpus)")
    suggest.add_argument("--corpus", type=Path, default=Path("corpus"), metavar="DIR")
    suggest.add_argument("--facts", type=Path, default=Path("facts"), metavar="DIR")
    _cache_options(suggest)
    suggest.set_defaults(run=_suggest)
    return parser


def _cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="extraction cache (default: $FACTSHEET_CACHE_DIR or .factsheet_cache)")
    parser.add_argument("--no-cache", action="store_true", help="extract every article afresh")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="extract in N processes (default: one per CPU)")


def _runs(args: argparse.Namespace) -> RunCache:
    """The caches of ``args``: extractions, and the last run's validation and reports."""
    from .run.extraction_cache import default_cache_dir
    from .run.kept_run import RunCache

    if not args.facts.is_dir():
        raise FileError(f"fact sheet directory '{args.facts}' not found; pass --facts DIR")
    directory = None if args.no_cache else (args.cache or default_cache_dir(Path.cwd()))
    return RunCache(directory, args.corpus, args.facts)


def _validation(args: argparse.Namespace) -> Validation:
    """Validate the corpus and sheets of ``args`` through the caches."""
    return _runs(args).validate(jobs=args.jobs, progress=True)


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
    except BrokenPipeError:  # `factsheet extract ... | head` is fine
        _quiet_stdout()
        return 0


def _quiet_stdout() -> None:
    """After the reader of stdout has gone ('| head'): what is left to flush goes nowhere,
    instead of a 'BrokenPipeError' message at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _validate(args: argparse.Namespace) -> int:
    from .report import report_data
    from .report.data import json_chunks
    from .report.summary import summary_line
    from .rules import conflict_message, stale_problems
    from .run.clock import run_time

    runs = _runs(args)
    validation = runs.validate(jobs=args.jobs, progress=True)
    report = runs.write_reports(validation, args.report_dir, run_time())
    for warning in validation.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failure in validation.failures:
        print(failure, file=sys.stderr)
    for error in validation.manifest_errors:
        print(error, file=sys.stderr)
    findings = bool(validation.manifest_errors)
    for result in validation.results:
        for conflict in result.new_conflicts:
            print(conflict_message(conflict, result.fact.unit_text), file=sys.stderr)
            findings = True
        for line in stale_problems(result):
            print(line, file=sys.stderr)
            findings = True
    status = 1 if findings or validation.failures else 0
    try:
        if args.json:
            sys.stdout.writelines(json_chunks(report_data(validation)))  # streamed: it can be large
        else:
            print(summary_line(validation, report))
        sys.stdout.flush()
    except BrokenPipeError:  # 'validate --json | head' still says whether there were findings
        _quiet_stdout()
    return status


def _extract(args: argparse.Namespace) -> int:
    import json

    from .corpus.articles import article_files, read_article
    from .corpus.manifest import ManifestsBeside
    from .run.progress import Progress
    from .sheets.loader import sheet_events
    from .text.extract.mentions import AMOUNT_KINDS, extract_mentions
    from .text.frames import ArticleFrames
    from .text.periods import ArticleTimes, Calendar
    from .units import format_unit, parse_unit, read_project_units, use_project_units

    status = 0
    files = article_files(args.paths)
    use_project_units(*read_project_units(args.facts))
    events, problems = sheet_events(args.facts)
    manifests = ManifestsBeside()
    for line in (*problems, *manifests.problems(files)):
        print(f"warning: {line}", file=sys.stderr)
    bar = Progress(len(files), "extracting")
    for path in files:
        bar.update()
        article, read_problems = read_article(path, manifests.meta(path))
        for problem in read_problems:
            print(f"warning: {problem}", file=sys.stderr)
        if article is None:
            continue
        mentions = extract_mentions(article.text)
        frames = ArticleFrames(article.text, mentions)
        times = ArticleTimes(article.text, tuple(name for event in events for name in event.names))
        calendar = Calendar(article.meta.date if article.meta else None, events)
        for index, mention in enumerate(mentions):
            unit = format_unit(parse_unit(mention.unit)) if mention.unit else None
            frame = frames.frame(index) if mention.kind in AMOUNT_KINDS else None
            period = times.period(mention.start, mention.end, calendar) if frame else None
            if args.json:
                print(json.dumps({
                    "article": article.id, "start": mention.start, "end": mention.end,
                    "text": mention.text, "value": mention.value.nominal,
                    "low": mention.value.low, "high": mention.value.high, "unit": unit,
                    "qualifier": mention.value.qualifier, "kind": mention.kind,
                    "noun": mention.noun, "actor": frame.actor if frame else None,
                    "action": frame.action if frame else None,
                    "modality": frame.modality if frame else None,
                    "period_start": period.start.isoformat() if period and period.start else None,
                    "period_end": period.end.isoformat() if period and period.end else None,
                    "period_text": period.text if period and period.basis == "text" else None,
                }, ensure_ascii=False))
            else:
                shown = _shown(mention.value) if mention.kind != "date" else mention.text
                when = f"; {period.describe()}" if period and period.basis == "text" else ""
                who = f"  [{frame.describe()}{when}]" if frame else ""
                print(f"{article.id}  {mention.start:>6}-{mention.end:<6} {mention.kind:<8} "
                      f"{mention.text!r:<36} {shown} {unit or mention.noun or ''}{who}".rstrip())
    bar.close()
    return status


def _shown(value: ClaimValue) -> str:
    """A value for people; one too large to write plainly (a figure of 300 digits) in
    scientific notation."""
    try:
        return format_value(value)
    except ValueError:
        return f"{value.nominal if value.nominal is not None else value.low:.6g}"


def _suggest(args: argparse.Namespace) -> int:
    from .suggest import suggest_claims, suggest_facts, suggest_unsure, unmatched_mentions

    validation = _validation(args)
    wanted = {path.stem for path in args.paths} if args.paths else None
    if wanted:
        unknown = sorted(wanted - set(validation.articles))
        if unknown:
            raise UnknownArticleError(args.corpus, tuple(unknown))
    for failure in validation.failures:
        print(failure, file=sys.stderr)
    unmatched = [
        (article, mention) for article, mention in unmatched_mentions(validation, validation.mentions)
        if wanted is None or article.id in wanted
    ]
    existing = {result.fact.id for result in validation.results}
    suggestions = (suggest_claims(validation, wanted), suggest_unsure(validation, wanted),
                   suggest_facts(unmatched, existing))
    blocks = [text for text in suggestions if text]
    print("\n\n".join(blocks) if blocks else "# nothing to suggest: every match is pinned")
    # a sheet that failed to load may hide the very facts these suggestions are about
    return 1 if validation.failures else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
