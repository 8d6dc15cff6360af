"""What the help says an option takes: `--audio TEXT`, `--limit N`, not the Python types typer writes
(`--audio <list[str]>`, `-n <int range>`). An option whose definition names its own metavar keeps it.

>>> metavar_of(str), metavar_of(list[str]), metavar_of(int), metavar_of(bool)
('TEXT', 'TEXT', 'N', None)
"""

from __future__ import annotations

from typing import Any

_NAMES = {str: "TEXT", int: "N", float: "NUMBER"}


def metavar_of(annotation: Any) -> str | None:
    """The help's name for what an option of this type takes; None for a flag or anything else."""
    if getattr(annotation, "__origin__", None) is list:
        (annotation,) = annotation.__args__
    return _NAMES.get(annotation)


def name_option_values(command: Any, ctx: Any) -> None:
    """Give each option of `command` and its subcommands a metavar from its type, where it has none."""
    for param in command.get_params(ctx):
        descriptor = getattr(param, "type_descriptor", None)
        if getattr(param, "param_type_name", "") == "option" and param.metavar is None and descriptor is not None \
                and not getattr(param, "is_flag", False):
            param.metavar = metavar_of(descriptor.annotation)
    for sub in getattr(command, "commands", {}).values():
        name_option_values(sub, ctx)
