"""Fill a test run's folder of kept regexes (`dvdtrack.reading.grammar.kept`) as its workers start.

A process reads the kept file once, at its first regex, and compiles from then on whatever the file
did not hold. The run's folder starts empty, so every xdist worker and every command a test starts
compiled the grammars' regexes itself. Run once as the workers start and collect (`python -m
tests.kept_warmup`, with $DVDTRACK_CACHE_DIR set), this loads the grammars and
reads every note the tests read (seeds, tests/data, the reading corpus), so the file holds the
regexes those make; what a process finds there is what `re.compile` makes (tests/reading/grammar/
test_kept.py), and a regex the file lacks is compiled as before.

>>> [path.parent.name for path in notes()][:3]
['seeds', 'seeds', 'seeds']
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent


def notes() -> list[Path]:
    """The release notes the tests read, seeds first."""
    return [*sorted((TESTS.parent / "seeds").glob("*.txt")), *sorted((TESTS / "data").glob("*.txt")),
            *sorted((TESTS / "reading" / "corpus").glob("*/*.txt"))]


def main() -> None:
    from dvdtrack.reading import load_grammars, parse_text

    grammars = load_grammars()
    for path in notes():
        parse_text(path.read_text(encoding="utf-8"), grammars)
    # the kept file is written when this process exits (kept.save, registered at its first regex)


if __name__ == "__main__":
    main()
