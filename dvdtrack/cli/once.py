"""An option that takes one value is given once: click keeps the last of several (`find --system PAL
--system NTSC` found NTSC only, `own --price 1EUR --price 2EUR` kept 2 EUR, `add --own --want` wanted),
which a collector reads as both. Options that take a list (`--audio`, `--status`) may repeat.

>>> repeated_options({"--system": "system", "--label": "label"}, ["--system", "PAL", "--label", "x", "--system=NTSC"])
('--system', '--system=NTSC')
>>> repeated_options({"--system": "system"}, ["--system", "PAL", "--", "--system"]) is None
True
>>> repeated_options({"--own": "own", "--want": "own"}, ["--own", "--own"]), repeated_options({"--own": "own", "--want": "own"}, ["--own", "--want"])
(None, ('--own', '--want'))
"""

from __future__ import annotations

from typing import Any


def refuse_repeated(command: Any, args: list[str], ctx: Any) -> None:
    """Raise click's usage error when an option of `command` (or of the subcommand `args` name, and
    so on down) that takes one value, or one of a pair of flags (`--own/--want`), is given twice."""
    names = _single_options(command)
    found = repeated_options(names, args, takes_value=_takes_value(command))
    if found:
        import typer

        first, second = (_name(option) for option in found)
        said = f"{first} given twice; it takes one value" if first == second else \
            f"{first} and {second} both given; give one of them"
        raise typer.BadParameter.__mro__[1](said, ctx=ctx)  # click's UsageError, wherever typer keeps click
    subcommands = getattr(command, "commands", None)
    if subcommands:
        at = _first_argument(args, _takes_value(command))
        if at is not None and args[at] in subcommands:
            refuse_repeated(subcommands[args[at]], args[at + 1:], ctx)


def repeated_options(names: dict[str, str], args: list[str], takes_value: frozenset[str] = frozenset()) -> tuple | None:
    """The first two places (as written) where one option of `names` (option string → parameter) is
    given, when it is given twice before `--` (a flag twice the same way is said once); else None."""
    seen: dict[str, str] = {}
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--":
            return None
        key = arg.split("=", 1)[0] if arg.startswith("--") else arg[:2]
        param = names.get(key) if arg.startswith("-") and arg != "-" else None
        if param is not None:
            if param in seen and not (arg == seen[param] and arg not in takes_value):  # `-y -y` says it once
                return seen[param], arg
            seen[param] = arg
        skip = arg in takes_value  # its value is the next word (`--label -x`)
    return None


def _single_options(command: Any) -> dict[str, str]:
    out = {}
    for param in getattr(command, "params", ()):
        if getattr(param, "param_type_name", "") != "option" or param.multiple or getattr(param, "count", False):
            continue
        for opt in (*param.opts, *param.secondary_opts):
            out[opt] = param.name
    return out


def _takes_value(command: Any) -> frozenset[str]:
    return frozenset(opt for param in getattr(command, "params", ())
                     if getattr(param, "param_type_name", "") == "option" and not param.is_flag
                     for opt in param.opts)


def _first_argument(args: list[str], takes_value: frozenset[str]) -> int | None:
    skip = False
    for at, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return at + 1 if at + 1 < len(args) else None
        elif arg.startswith("-") and arg != "-":
            skip = arg in takes_value
        else:
            return at
    return None


def _name(option: str) -> str:
    return option.split("=", 1)[0]
