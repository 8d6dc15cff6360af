"""Grammar loader: reads `grammars/*.toml` (and user grammar folders) into compiled grammars
(`grammar/model.py`).

A grammar is data: line rules (parse patterns with typed fields from `dvdtrack.reading.grammar.types`), keyed by
the label that starts the line (`Language: …`) or unlabelled (a title line, a `|` spec line),
and section rules (a header such as `Special Features:` followed by bullet items).
Every pattern is compiled once, here.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from functools import lru_cache
from pathlib import Path

import parse

from dvdtrack.errors import GrammarError
from dvdtrack.reading.grammar.files import DATA_DIR, data_file
from dvdtrack.reading.grammar.model import Grammar, Rule, Section
from dvdtrack.reading.grammar.patterns import Pattern, Patterns
from dvdtrack.reading.grammar.kept import regex, trie
from dvdtrack.reading.grammar.types import field_types
from dvdtrack.reading.release import TARGET_NAMES

_FIELD_TYPE = re.compile(r"\{\w*:(\w+)\}")


def builtin_grammar_dir() -> Path:
    """The built-in grammars' folder (`grammars/`, see `files`)."""
    return DATA_DIR


def load_grammars(extra_dirs: list[Path] = ()) -> dict[str, Grammar]:
    """Load the built-in grammars, then those in `extra_dirs` (a later file of the same name wins).

    A grammar may say `extends = "other"`: it then has the other's rules, sections and options,
    with its own added (or replacing those of the same name).
    """
    raw: dict[str, tuple[dict, Path]] = {}
    for folder in [builtin_grammar_dir(), *extra_dirs]:
        for path in sorted(Path(folder).glob("*.toml")) if Path(folder).is_dir() else []:
            data = _read_toml(path)
            raw[data.get("name") or path.stem] = (data, path)
    if not raw:
        raise GrammarError(f"no grammar files found in {builtin_grammar_dir()}")
    shared: dict[tuple[str, ...], Patterns] = {}
    return {name: _build(_resolve(name, raw, ()), path, shared) for name, (_, path) in raw.items()}


def load_grammar_file(path: Path) -> Grammar:
    """Compile one grammar file on its own (no `extends`); errors name the file."""
    return _build(_read_toml(path), path, {})


def _read_toml(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GrammarError(f"{path}: cannot read grammar: {exc}") from None
    for item in [*data.get("rules", []), *data.get("sections", [])]:
        if "labels" in item:
            item["labels"] = _shared_labels(item["labels"], path)
    return data


def _shared_labels(labels: list[str], path: Path) -> list[str]:
    """A rule's labels with each `@name` replaced by the shared list of that name
    (`grammars/words/labels.toml`).

    >>> _shared_labels(["@imdb", "imdb-id"], Path("x.toml"))[:2], "imdb-id" in _shared_labels(["@imdb", "imdb-id"], Path("x"))
    (['imdb', 'imdb link'], True)
    """
    out: list[str] = []
    for label in labels:
        if not label.startswith("@"):
            out.append(label)
        elif label[1:] in shared_label_lists():
            out.extend(shared_label_lists()[label[1:]])
        else:
            raise GrammarError(f"{path}: no shared label list {label!r} in {data_file('words/labels.toml')}")
    return out


@lru_cache(maxsize=1)
def shared_label_lists() -> dict[str, list[str]]:
    """The label lists several grammars share, by name."""
    return tomllib.loads(data_file("words/labels.toml").read_text(encoding="utf-8"))


def _resolve(name: str, raw: dict[str, tuple[dict, Path]], seen: tuple[str, ...]) -> dict:
    data, path = raw[name]
    base = data.get("extends")
    if base is None:
        return data
    if base not in raw or base in seen + (name,):
        raise GrammarError(f"{path}: extends {base!r}, which is unknown or extends it back")
    return _merge(_resolve(base, raw, seen + (name,)), data)


def _merge(base: dict, child: dict) -> dict:
    merged = {**base, **{k: v for k, v in child.items() if k not in ("rules", "sections", "options")}}
    merged["options"] = {**base.get("options", {}), **child.get("options", {})}
    for key in ("rules", "sections"):
        by_name = {item.get("name"): item for item in base.get(key, [])}
        by_name.update({item.get("name"): item for item in child.get(key, [])})
        merged[key] = list(by_name.values())
    return merged


def _build(data: dict, path: Path, shared: dict[tuple[str, ...], Patterns]) -> Grammar:
    options = data.get("options", {})
    grammar = Grammar(
        name=data.get("name") or path.stem,
        description=data.get("description", ""),
        path=path,
        orphan_bullets=_check_target(options.get("orphan_bullets"), path),
        prose_field=_check_target(options.get("prose"), path),
        line_prefixes=tuple(options.get("line_prefixes", ())),
        marks=tuple(options.get("marks", ())),
        tie_rank=int(options.get("tie_rank", 0)),
        more_titles=frozenset(options.get("more_titles", ())),
        not_labels=frozenset(label.casefold() for label in options.get("not_labels", ())),
        key=f"{data.get('name') or path.stem}:{uuid.uuid4().hex}",
    )
    rules = {}
    for spec in data.get("rules", []):
        rule = _compile_rule(spec, path, shared)
        rules[rule.name] = rule
        for label in spec.get("labels", []):
            grammar.labelled.setdefault(label.casefold(), []).append(rule)
        if not spec.get("labels") and not spec.get("items_only") and not spec.get("cells_only"):  # bullets, cells only
            grammar.unlabelled.append(rule)
    for spec in data.get("sections", []):
        _add_section(grammar, spec, rules, path)
    grammar.item_rules = [_named_rule(rules, name, path) for name in options.get("item_rules", [])]
    grammar.orphan_rules = [_named_rule(rules, name, path) for name in options.get("orphan_rules", [])]
    grammar.cell_rules = [_named_rule(rules, name, path) for name in options.get("cell_rules", [])]
    for name in grammar.more_titles:
        _named_rule(rules, name, path)
    _index_unlabelled(grammar)
    _index_labels(grammar)
    return grammar


def _named_rule(rules: dict[str, Rule], name: str, path: Path) -> Rule:
    if name not in rules:
        raise GrammarError(f"{path}: options name unknown rule {name!r}")
    return rules[name]


def _index_labels(grammar: Grammar) -> None:
    """Labels longest first (for labels glued to values) and a regex that finds them mid-line."""
    labels = sorted(set(grammar.labelled) | set(grammar.sections), key=len, reverse=True)
    grammar.label_words = frozenset(word for label in grammar.labelled for word in label.split())
    if labels:
        alternatives = trie(labels)
        # the longest first, so `audio codec` wins over `audio`; at least 3 letters to be recognised
        # glued, or 2 Chinese characters (`质量DVD5`, a word already)
        glued = [label for label in labels if len(label) >= 3 or label[0] >= "\u2e80"]  # CJK from U+2E80
        grammar.glued_label = regex(trie(glued), re.I)
        grammar.label_splitter = regex(rf"(?<!\w)(?:{alternatives})\s*(?:\.{{2,}}\s*:?|:)", re.I)
        # the splitter tries every label at every position; a line with fewer than two places where
        # a label could end (a last letter of one, then `:` or `..`) cannot hold two labels
        ends = "".join(sorted({re.escape(label[-1]) for label in labels}))
        grammar.label_end = regex(rf"[{ends}]\s*(?:\.{{2}}|:)", re.I)
        # a value starts with a capital or a digit (`Audio Swedish`, not `Audio commentary`)
        grammar.spaced_splitter = regex(
            rf"(?<!\w)(?:{trie([label for label in labels if len(label) >= 4])})(?= (?-i:[\dA-ZА-ЯЁ]))", re.I)


def _index_unlabelled(grammar: Grammar) -> None:
    """The words a line must hold for each unlabelled pattern, and one scan that finds them all: at
    each place the longest word found there stands for the shorter words it starts with too."""
    word_sets = {frozenset(p.words) for rule in grammar.unlabelled for p in rule.patterns.compiled if p.words}
    words = sorted(set().union(*word_sets)) if word_sets else []
    if words:
        grammar.word_finder = regex(f"(?=({trie(words)}))", re.S)
        grammar.word_prefixes = {w: frozenset(u for u in words if w.startswith(u)) for w in words}
        grammar.word_sets = {w: tuple(sorted((ws for ws in word_sets if w in ws), key=len)) for w in words}
    grammar.wordless = [r for r in grammar.unlabelled if any(not p.words for p in r.patterns.compiled)]


def _compile_rule(spec: dict, path: Path, shared: dict[tuple[str, ...], Patterns]) -> Rule:
    """A rule; its patterns are compiled once per load, however many grammars list them."""
    name = spec.get("name")
    patterns = tuple(spec.get("patterns", []))
    if not name or not patterns or not all(isinstance(p, str) for p in patterns):
        raise GrammarError(f"{path}: every rule needs a name and at least one pattern")
    if patterns not in shared:
        shared[patterns] = Patterns(tuple(Pattern(_compile_pattern(p, path), _literal_words(p)) for p in patterns))
    return Rule(name=name, patterns=shared[patterns])


def _literal_words(pattern: str) -> tuple[str, ...]:
    """`Region {region:Region} - {video_system:VideoSystem}` → ('region', '-'); with the text a field's
    type says every match holds (`{titles:TitlePair}`: brackets), so that the pattern is only tried
    on lines holding it.

    >>> _literal_words("{titles:TitlePair} {year:Year}")
    ('(', ')')
    """
    words = re.sub(r"\{[^{}]*\}", " ", pattern).casefold().split()
    types = field_types()
    for name in _FIELD_TYPE.findall(pattern):
        words += getattr(types.get(name), "words", ())
    return tuple(words)


def _compile_pattern(pattern: str, path: Path) -> parse.Parser:
    try:
        compiled = parse.compile(pattern, extra_types=field_types(), case_sensitive=False)
    except (ValueError, KeyError, TypeError) as exc:
        raise GrammarError(f"{path}: bad pattern {pattern!r}: {exc}") from None
    unknown = set(compiled.named_fields) - TARGET_NAMES  # `release.TARGETS`: anything else is a mistake
    if unknown:
        raise GrammarError(f"{path}: pattern {pattern!r} uses unknown field(s) {sorted(unknown)}")
    return compiled


def _add_section(grammar: Grammar, spec: dict, rules: dict[str, Rule], path: Path) -> None:
    rule = rules.get(spec["rule"]) if "rule" in spec else None
    if "rule" in spec and rule is None:
        raise GrammarError(f"{path}: section {spec.get('name')!r} names unknown rule {spec['rule']!r}")
    section = Section(spec.get("name", "?"), _check_target(spec.get("field"), path), rule)
    for label in spec.get("labels", []):
        grammar.sections[label.casefold()] = section


def _check_target(name: str | None, path: Path) -> str | None:
    if name is not None and name not in TARGET_NAMES and name != "related":
        raise GrammarError(f"{path}: unknown target field {name!r}")
    return name


def user_grammar_dirs() -> list[Path]:
    """Folders of user grammars: $DVDTRACK_GRAMMARS (path list), else `<data dir>/grammars`."""
    import os

    from platformdirs import user_data_dir

    env = os.environ.get("DVDTRACK_GRAMMARS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    return [Path(user_data_dir("dvdtrack", appauthor=False)) / "grammars"]
