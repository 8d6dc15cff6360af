"""One-off: tests/corpus/<style>.txt (blocks split by `%%%`) and test_corpus.py's EXPECTED dict →
tests/reading/corpus/<style>/NNN.txt + NNN.json, every comment of the dict kept as the case's "note".

    python tests/reading/corpus/convert_from_dict.py
"""

import ast
import importlib.util
import io
import json
import tokenize
from pathlib import Path

HERE = Path(__file__).resolve().parent
OLD_TEST = HERE.parent / "test_corpus.py"
OLD_CORPUS = HERE.parent.parent / "corpus"


def old_expected() -> dict:
    spec = importlib.util.spec_from_file_location("old_test_corpus", OLD_TEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED


def entry_spans(source: str) -> list[tuple[tuple[str, int], int, int]]:
    """(key, first line, last line) of each entry of the EXPECTED dict, in source order."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "EXPECTED":
            return [(ast.literal_eval(k), k.lineno, v.end_lineno) for k, v in zip(node.value.keys, node.value.values)]
    raise SystemExit("no EXPECTED dict")


def notes(source: str) -> dict[tuple[str, int], str]:
    """Each entry's comments: those on its own lines, and those on the lines before it (after the
    entry before), in order, joined by a space."""
    spans = entry_spans(source)
    opening = next(n for n, text in enumerate(source.splitlines(), 1) if text.startswith("EXPECTED = {"))
    found: dict[tuple[str, int], list[str]] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        line = tok.start[0]
        if tok.type == tokenize.COMMENT and opening < line <= spans[-1][2]:
            owner = next(key for key, _, end in spans if line <= end)
            found.setdefault(owner, []).append(tok.string.lstrip("#").strip())
    return {key: " ".join(parts) for key, parts in found.items()}


def as_json(value):
    if isinstance(value, tuple):
        return [as_json(v) for v in value]
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value


def render(note: str | None, fields: dict) -> str:
    """One key per line, each value compact: a case reads like the dict entry it came from."""
    items = ([("note", note)] if note else []) + [(k, as_json(v)) for k, v in fields.items()]
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in items)
    return "{\n" + body + "\n}\n"


def main() -> None:
    source = OLD_TEST.read_text(encoding="utf-8")
    expected, comments = old_expected(), notes(source)
    written = 0
    for path in sorted(OLD_CORPUS.glob("*.txt")):
        folder = HERE / path.stem
        folder.mkdir(exist_ok=True)
        for n, block in enumerate(path.read_text(encoding="utf-8").split("%%%\n")):
            (folder / f"{n:03d}.txt").write_bytes(block.encode("utf-8"))
            (folder / f"{n:03d}.json").write_text(render(comments.get((path.stem, n)), expected[(path.stem, n)]),
                                                  encoding="utf-8")
            written += 1
    print(f"{written} cases, {sum(map(len, expected.values()))} fields, {len(comments)} notes")


if __name__ == "__main__":
    main()
