"""Long tables on a terminal go through a pager, as `git log` does; piped output never does.

A command's table output is written to a buffer that says it is a terminal (so colours and the
screen's width stay those of the terminal); when it ends, output taller than the screen goes to
$DVDTRACK_PAGER, else $PAGER, else `less -FRX`, and shorter output straight to the screen.
`dvdtrack --no-pager`, or a pager variable set empty, turns paging off.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys

DEFAULT = "less -FRX"  # F: quit when it fits a screen, R: colours, X: leave the text on the screen
NOT_FOUND = 127  # the shell's exit status for a command it cannot find


def pager_command(environ=os.environ) -> str | None:
    """The pager: $DVDTRACK_PAGER, else $PAGER, else `less -FRX`; None when the one set is empty.

    >>> pager_command({}), pager_command({"PAGER": "more"}), pager_command({"DVDTRACK_PAGER": "", "PAGER": "more"})
    ('less -FRX', 'more', None)
    """
    for name in ("DVDTRACK_PAGER", "PAGER"):
        if name in environ:
            return environ[name].strip() or None
    return DEFAULT


def on_terminal() -> bool:
    """Whether standard output is a terminal (a person reads it)."""
    return sys.stdout.isatty()


def screen_lines() -> int:
    """The terminal's height in lines ($LINES when set)."""
    return shutil.get_terminal_size().lines


class _Screen(io.StringIO):
    """What a command prints while paging is decided: a terminal to whatever writes to it."""

    def isatty(self) -> bool:
        return True


@contextlib.contextmanager
def paged(ctx, fmt=None):
    """Page what the block prints when stdout is a terminal, paging is on, the output is a table
    (`fmt` None or table) and it is taller than the screen; otherwise print it as it is."""
    from dvdtrack.cli.common import state

    command = pager_command()
    if (fmt is not None and fmt.value != "table") or not state(ctx).pager or not command or not on_terminal():
        yield
        return
    screen = _Screen()
    try:
        with contextlib.redirect_stdout(screen):
            yield
    except BaseException:
        sys.stdout.write(screen.getvalue())  # what was printed before the error, then its one line
        raise
    show(screen.getvalue(), command)


def show(text: str, command: str) -> None:
    """`text` through the pager when it is taller than the screen, else straight to stdout."""
    if text.count("\n") < screen_lines() or not _through(text, command):
        sys.stdout.write(text)


def _through(text: str, command: str) -> bool:
    """Run the pager on `text`; False when it could not be started (the text is then printed)."""
    sys.stdout.flush()
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}  # a bare `less` keeps colours too, as git does
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    with contextlib.suppress(BrokenPipeError, OSError):  # the reader may quit before the end
        process.stdin.write(text.encode(getattr(sys.stdout, "encoding", None) or "utf-8", "replace"))
        process.stdin.close()
    while True:
        try:
            return process.wait() != NOT_FOUND
        except KeyboardInterrupt:  # Ctrl-C is the pager's to handle; wait until it ends
            continue
