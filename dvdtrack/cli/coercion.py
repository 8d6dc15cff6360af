"""Command-line values that need no conversion are not converted.

Typer (0.29 on) converts every parameter's value, its default too, through a pydantic adapter it
builds on first use: importing pydantic and building the adapters cost about two thirds of what
`dvdtrack --help` costs, on every command. A value that typer's conversion would hand back
unchanged skips it here: a text given for a text parameter, texts for a list of texts, and a default
(or an absent value) of the parameter's own type; a number typed as digits is made a number, as typer
would, where the parameter has no bounds. Anything else (a signed or bounded number, a choice, a
path) is converted by typer itself, as before. `tests/cli/test_coercion.py` checks, for every parameter
of every command, that typer gives back what is skipped.

Where typer has no such conversion (earlier versions), nothing is changed.
"""

from __future__ import annotations

from typing import Any

_PLAIN = (str, int, bool, float)
# Parameters that take file names, which may hold any bytes (`caf\xe9.txt` from a Latin-1 disk): every other
# text is stored, searched or printed, and bytes that are not UTF-8 in it are refused as one line
PATH_PARAMETERS = frozenset({"db", "file", "files", "paths"})


def skip_needless_conversion(command: Any, ctx: Any) -> None:
    """Give each typer parameter of `command` and its subcommands (their help options too, which
    click makes on first use: `ctx` names them) the shortcut, once."""
    for param in command.get_params(ctx):
        if hasattr(param, "_runtime_param") and hasattr(param, "type_descriptor") and param._runtime_param is None:
            param._runtime_param = _Shortcut(param)
    for sub in getattr(command, "commands", {}).values():
        skip_needless_conversion(sub, ctx)


class _Shortcut:
    """Stands in for typer's runtime conversion of one parameter until a value needs it."""

    __slots__ = ("annotation", "real")

    def __init__(self, param: Any) -> None:
        self.annotation = param.type_descriptor.annotation
        self.real = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # nothing given and no default: typer's own first step
            return () if param.multiple or param.nargs == -1 else None
        if param.name not in PATH_PARAMETERS:
            _utf8_only(value, param, ctx)
        _not_blank(value, param, ctx)
        if needs_no_conversion(self.annotation, value, _source(ctx, param)):
            return value
        if self.annotation == list[str] and isinstance(value, (tuple, list)) and all(type(v) is str for v in value):
            return list(value)  # texts for a list of texts: typer makes the same list
        if self.annotation is int and _plain_number(value) and _unbounded(param):
            return int(value)
        if self.real is None:
            from typer._coercion import build_runtime_param

            self.real = build_runtime_param(param.type_descriptor)
        return self.real.coerce(value, param=param, ctx=ctx)


def needs_no_conversion(annotation: Any, value: Any, source: str | None) -> bool:
    """True for a value typer's conversion hands back as it is: a text for a text parameter, and a
    default (or nothing) of the parameter's own plain type.

    >>> needs_no_conversion(str, "Андрей Рублёв", "COMMANDLINE"), needs_no_conversion(int, "12", "COMMANDLINE")
    (True, False)
    >>> needs_no_conversion(int, 20, "DEFAULT"), needs_no_conversion(int, 20, "COMMANDLINE")
    (True, False)
    >>> needs_no_conversion(list[str], None, "DEFAULT"), needs_no_conversion(list[str], ("a",), "COMMANDLINE")
    (False, False)
    """
    if annotation not in _PLAIN:
        return False
    if annotation is str and type(value) is str:
        return True
    return source == "DEFAULT" and (value is None or type(value) is annotation)


def _utf8_only(value: Any, param: Any, ctx: Any) -> None:
    """Refuse a text holding bytes of the command line that are not UTF-8 (Python keeps them as
    surrogates: `caf\udce9`), which no database or terminal takes."""
    for text in value if isinstance(value, (tuple, list)) else (value,):
        if isinstance(text, str) and not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                import typer

                bad = text[exc.start:exc.end].encode("utf-8", "surrogateescape")
                raise typer.BadParameter(f"not UTF-8 (bytes {bad!r}); set the terminal to UTF-8",
                                         ctx=ctx, param=param) from None


def _not_blank(value: Any, param: Any, ctx: Any) -> None:
    """Refuse an option given an empty or blank text (`find --label ""` dropped the filter and listed
    everything; `own --from " "` kept blanks): an option not meant is left out, not emptied."""
    if getattr(param, "param_type_name", "") != "option" or param.name in PATH_PARAMETERS:  # `--db ""`: its own line
        return
    for text in value if isinstance(value, (tuple, list)) else (value,):
        if isinstance(text, str) and not text.strip():
            import typer

            raise typer.BadParameter(f"empty value {text!r}; leave the option out instead", ctx=ctx, param=param)


def _plain_number(value: Any) -> bool:
    """A number typed as digits alone, short enough for any conversion (`12`, not `+12`, ` 12` or
    `1_000`, which typer converts or refuses itself).

    >>> [_plain_number(v) for v in ("12", "+12", "1_000", "١٢", "9" * 19, 12)]
    [True, False, False, False, False, False]
    """
    return type(value) is str and 0 < len(value) <= 18 and value.isascii() and value.isdigit()


def _unbounded(param: Any) -> bool:
    info = param.type_descriptor.parameter_info
    return getattr(info, "min", None) is None and getattr(info, "max", None) is None


def _source(ctx: Any, param: Any) -> str | None:
    """Where the value came from, by click's name for it (`DEFAULT`, `COMMANDLINE`, …)."""
    try:
        return ctx.get_parameter_source(param.name).name
    except (AttributeError, KeyError):
        return None
