"""An option that takes one value, given twice, is one line and exit 2 (`dvdtrack.cli.once`): click kept the
last, which a collector read as both. List options repeat; a flag said twice the same way is said once."""

import pytest

from tests.conftest import SEEDS

SEED = next(SEEDS.glob("000_*.txt"))


@pytest.mark.parametrize("args,said", [
    (("find", "--system", "PAL", "--system", "NTSC"), "--system given twice"),
    (("find", "--label", "a", "--label=b"), "--label given twice"),
    (("find", "--year", "1957", "--year", "1971"), "--year given twice"),
    (("own", "1", "--price", "1EUR", "--price", "2EUR"), "--price given twice"),
    (("add", "-y", "--own", "--want", str(SEED)), "--own and --want both given"),
    (("release", "set", "1", "label", "x", "--yes", "--yes", "--json", "--json"), None),  # flags said twice: fine or unknown
])
def test_an_option_of_one_value_given_twice(run, args, said):
    run("add", "-y", SEED)
    before = run("export").stdout
    done = run(*args)
    if said is None:
        assert "given twice" not in done.stderr
        return
    assert done.exit_code == 2 and said in done.stderr and len(done.stderr.splitlines()) == 1, done.output
    assert run("export").stdout == before


def test_list_options_and_values_like_options_are_not_repeats(run):
    run("add", "-y", SEED)
    assert run("find", "--audio", "ru", "--audio", "en", "--json").exit_code == 0
    assert run("find", "--label", "--system", "--json").exit_code == 0  # `--system` is the label's text
    assert run("find", "--json", "--", "--system").exit_code == 0
