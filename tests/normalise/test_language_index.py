"""The language index (`grammars/words/language_index.toml`): langcodes' own answers for the ISO
639-1 languages, read before langcodes so that common languages load no language tables."""

import ast
import subprocess
import sys

from dvdtrack.reading.grammar.files import data_file
from tests.conftest import ROOT
from tests.normalise.language_index import toml


def test_the_index_is_what_langcodes_answers():
    """Made by tests/normalise/language_index.py; a langcodes that answers otherwise fails here."""
    assert data_file("words/language_index.toml").read_text(encoding="utf-8") == toml(), \
        "run: python tests/normalise/language_index.py > grammars/words/language_index.toml"


def resolved_in_a_new_process(*names: str) -> tuple[list, bool]:
    code = ("import sys; from dvdtrack.normalise.language import resolve_language as r; "
            f"print([r(n) for n in {list(names)!r}], 'langcodes' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    found, loaded = done.stdout.rsplit(" ", 1)
    return ast.literal_eval(found), loaded.strip() == "True"


def test_common_languages_by_name_or_code_load_no_language_tables():
    assert resolved_in_a_new_process("English", "SVENSKA", "Français", "Nederlands", "heb", "iw", "fre", "ru") == \
        (["en", "sv", "fr", "nl", "he", "he", "fr", "ru"], False)


def test_a_language_the_index_lacks_is_looked_up_in_langcodes():
    assert resolved_in_a_new_process("English", "Tok Pisin", "Englisch") == (["en", "tpi", "en"], True)
