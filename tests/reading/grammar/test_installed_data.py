"""The reader's data is found by one path in an installed wheel too: the wheel is built here (with
hatchling, as `pip install .` builds it) and read from where it is unpacked."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


def test_an_installed_wheel_finds_every_data_file(tmp_path):
    builders = pytest.importorskip("hatchling.builders.wheel", reason="hatchling (a test extra) builds the wheel")
    wheel = next(builders.WheelBuilder(str(ROOT)).build(directory=str(tmp_path / "dist"), versions=["standard"]))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "grammars").rglob("*.toml")}
    assert {f"dvdtrack/{name}" for name in data} <= names
    check = ("from dvdtrack.reading import load_grammars, parse_text; from dvdtrack.normalise.spec import normalise; "
             "import dvdtrack.reading.grammar.files as f; assert f.DATA_DIR.is_dir(), f.DATA_DIR; "
             "assert str(f.DATA_DIR).startswith(%r), f.DATA_DIR; "
             "r = parse_text('Solaris (1972)\\nDVD9 | PAL 4:3 | 02:40:00 | Russian', load_grammars()).releases[0]; "
             "print(normalise(r).audio[0].language)") % str(tmp_path / "site")
    out = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0 and out.stdout.strip() == "ru", out.stderr
