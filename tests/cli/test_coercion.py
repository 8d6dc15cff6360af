"""Values typer would hand back unchanged skip its pydantic conversion (`dvdtrack.cli.coercion`):
for every parameter of every command, typer's own conversion gives back what is skipped."""

import re

import pytest
import typer.main

from dvdtrack.cli.app import app
from dvdtrack.cli.coercion import _Shortcut, _unbounded, needs_no_conversion, skip_needless_conversion

_coercion = pytest.importorskip("typer._coercion")  # typer before 0.2x converts without pydantic
SAMPLES = ["", "x", "Андрей Рублёв", "--", "-1", "12", "  spaced  ", "a\tb", "🎬"]


def every_parameter():
    root = typer.main.get_command(app)
    ctx = root.make_context("dvdtrack", ["films"], resilient_parsing=True)
    out = []

    def walk(command, path):
        for param in command.get_params(ctx):
            if hasattr(param, "type_descriptor"):
                out.append(pytest.param(param, ctx, id=" ".join(path + [param.name])))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, path + [name])

    walk(root, [])
    return out


@pytest.mark.parametrize("param,ctx", every_parameter())
def test_typer_gives_back_what_is_skipped(param, ctx):
    real = _coercion.build_runtime_param(param.type_descriptor)
    annotation = param.type_descriptor.annotation
    if needs_no_conversion(annotation, param.default, "DEFAULT"):
        assert real.coerce(param.default, param=param, ctx=ctx) == param.default
    shortcut = _Shortcut(param)
    assert shortcut.coerce(None, param=param, ctx=ctx) == real.coerce(None, param=param, ctx=ctx)
    if annotation is str:
        for text in SAMPLES:
            assert needs_no_conversion(str, text, "COMMANDLINE")
            assert real.coerce(text, param=param, ctx=ctx) == text
    filled = [text for text in SAMPLES if text.strip()]  # an option's blank text is refused (`test_blank_…`)
    if annotation == list[str]:
        for texts in [(), tuple(filled), ("a",), ["b", "c"]]:
            assert shortcut.coerce(texts, param=param, ctx=ctx) == real.coerce(texts, param=param, ctx=ctx)
    if annotation is int and _unbounded(param):
        for digits in ["0", "7", "0012", "123456789012345678"]:
            assert shortcut.coerce(digits, param=param, ctx=ctx) == real.coerce(digits, param=param, ctx=ctx)


def test_every_command_gets_the_shortcut_and_typer_still_converts_the_rest():
    root = typer.main.get_command(app)
    ctx = root.make_context("dvdtrack", ["films"], resilient_parsing=True)
    skip_needless_conversion(root, ctx)
    count = root.commands["history"].params[0]
    assert count.name == "count" and type(count._runtime_param).__name__ == "_Shortcut"
    assert count._runtime_param.coerce("7", param=count, ctx=ctx) == 7  # typed: typer converts it
    with pytest.raises(Exception, match="greater than or equal to 0"):
        count._runtime_param.coerce("-1", param=count, ctx=ctx)


def test_the_parameters_that_take_any_bytes_are_those_of_file_names():
    """`coercion.PATH_PARAMETERS` names the parameters of files and folders (a name in Latin-1 is read);
    every other text parameter refuses bytes that are not UTF-8."""
    from dvdtrack.cli.coercion import PATH_PARAMETERS

    paths = {p.values[0].name for p in every_parameter()
             if any(word in (getattr(p.values[0], "help", "") or "").casefold() for word in ("file", "folder", "database path"))}
    assert paths == set(PATH_PARAMETERS)


@pytest.mark.parametrize("args", [("find", "--label", ""), ("find", "--audio", ""), ("find", "--audio", "ru", "--audio", " "),
                                  ("films", "--list", ""), ("own", "1", "--from", "   "), ("find", "--year", "")])
def test_blank_option_values_are_one_line(args):
    """`find --label ""` dropped the filter and listed everything; `own --from " "` stored blanks."""
    from typer.testing import CliRunner

    done = CliRunner().invoke(app, ["--db", "/nonexistent/x.db", *args])
    assert done.exit_code == 2 and "empty value" in done.stderr and len(done.stderr.splitlines()) == 1, done.output


def test_the_help_names_what_options_take_not_python_types(monkeypatch):
    """`--audio <list[str]>`, `-n <int range>` were the help's words for an option's value."""
    import typer.core
    from typer.testing import CliRunner

    monkeypatch.setattr(typer.core, "HAS_RICH", False)  # as `dvdtrack` prints its help (`cli.app.main`)

    root = typer.main.get_command(app)

    def paths(command, path):
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from paths(sub, path + [name])

    for path in paths(root, []):
        shown = CliRunner().invoke(app, [*path, "-h"], env={"COLUMNS": "200"}).stdout
        options = shown.split("Options:", 1)[-1]
        assert not re.search(r"<(?:list|int|str|float)\b", options), (path, options)
