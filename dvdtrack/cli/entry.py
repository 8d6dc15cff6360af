"""The `dvdtrack` command (and `python -m dvdtrack.cli`): the app, with Ctrl-C while its modules still
load, before any command's own error path is in place, one line and exit 130 as well, not a traceback."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    try:
        from dvdtrack.cli.app import main as run

        run()
    except KeyboardInterrupt:
        common = sys.modules.get("dvdtrack.cli.common")  # not loaded yet: nothing can have been written
        print(f"dvdtrack: error: {common.interrupted() if common else 'interrupted; nothing was written'}",
              file=sys.stderr)
        sys.exit(130)
