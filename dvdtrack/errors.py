"""Typed errors of the core; the CLI turns each into one line on stderr and an exit code."""


class DvdtrackError(Exception):
    """Base of every error meant for the user (the only path to a message)."""

    exit_code = 1


class InputError(DvdtrackError):
    """A file or stream could not be read as text."""


class NotReleaseNotes(InputError):
    """A file named on its own that dvdtrack reads as nothing: JSON that is no dvdtrack dump (bad input,
    as a usage error; found in a folder, such a file is skipped and counted instead)."""

    exit_code = 2


class NothingParsed(DvdtrackError):
    """No line of the input matched any grammar."""


class GrammarError(DvdtrackError):
    """A grammar file is malformed or names an unknown field type."""


class NotFound(DvdtrackError):
    """A release, film or list named by the user does not exist (bad input, as a usage error)."""

    exit_code = 2


class UnknownLanguage(DvdtrackError):
    """A language name or code resolves to no language."""

    exit_code = 2


class UsageError(DvdtrackError):
    """Options that contradict each other or a malformed value."""

    exit_code = 2


class DatabaseError(DvdtrackError):
    """The database cannot be opened or written."""
