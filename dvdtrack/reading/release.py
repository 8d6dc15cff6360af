"""ReleaseSpec: what one release block says, as plain data shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field

_INTERNAL = ("raw", "unknown_languages", "translation", "studio")


@dataclass(frozen=True)
class Target:
    """A field a grammar's pattern may fill (`{runtime:Runtime}`) and where its value goes.

    `attr` is the `ReleaseSpec` attribute it fills (None for `picture`, which fills two); `store` says
    how a value is stored (`first`: the first value wins; `list`: values are added, each once;
    `special`: assembly has its own rule for it); `names_release`: a release holding it says what it
    is (a line read as an extra alone is no release); `from_report`: a pasted DVDInfo report may fill it.

    >>> all(t.attr is None or t.attr in ReleaseSpec.__dataclass_fields__ for t in TARGETS)
    True
    >>> SCALARS["runtime"], "features" in LISTS, "aspect_ratio" in FROM_REPORT
    ('runtime_text', True, True)
    """

    name: str
    attr: str | None
    store: str = "first"
    names_release: bool = False
    from_report: bool = False


# Every field the reader fills, declared once: grammar loading, assembly and the pipeline derive
# their lists from this table (a new field is a line here and an attribute of `ReleaseSpec`).
TARGETS = (
    Target("titles", "titles", "special", names_release=True),
    Target("year", "year", names_release=True),
    Target("imdb", "imdb_id"),
    Target("discs", "disc_format", "special", names_release=True, from_report=True),
    Target("disc_count", "disc_count", "special", names_release=True, from_report=True),
    Target("label", "label"),
    # a sheet's `Studio:` names the film's maker, which is the label only where nothing else names one
    Target("studio", "studio"),
    Target("region", "region", names_release=True),
    Target("video_system", "video_system", names_release=True, from_report=True),
    Target("aspect", "aspect_ratio", names_release=True, from_report=True),
    Target("runtime", "runtime_text", names_release=True, from_report=True),
    Target("size", "size_text", names_release=True, from_report=True),
    Target("recovery", "recovery_percent"),
    Target("audio", "audio", "special", names_release=True, from_report=True),
    Target("subtitles", "subtitles", "special", names_release=True, from_report=True),
    Target("genres", "genres", "list"),
    Target("countries", "countries", "list"),
    Target("directors", "directors", "list"),
    Target("cast", "cast", "list"),
    Target("awards", "awards", "list"),
    Target("features", "features", "list"),
    Target("synopsis", "synopsis", "special"),
    Target("translation", "translation"),
    # the edition's own facts: its name, the publisher's and the shop's codes, the day it came out and
    # its picture's frame (`grammar/editions.py` reads their values)
    Target("edition", "edition"),
    Target("catalogue", "catalogue_number"),
    Target("barcode", "barcode"),
    Target("asin", "asin"),
    Target("release_date", "release_date"),
    Target("anamorphic", "anamorphic"),
    Target("picture", None, "special"),
)
TARGET_NAMES = frozenset(t.name for t in TARGETS)
SCALARS = {t.name: t.attr for t in TARGETS if t.store == "first"}  # pattern field → attribute
LISTS = tuple(t.name for t in TARGETS if t.store == "list")
NAMING = tuple(t.attr for t in TARGETS if t.names_release)  # attributes that make a release
FROM_REPORT = tuple(t.attr for t in TARGETS if t.from_report)


@dataclass
class AudioTrack:
    """One audio track: raw text as written plus its normalised parts."""

    name: str
    language: str | None = None
    codec: str | None = None
    channels: str | None = None
    kind: str | None = None


@dataclass
class SubtitleTrack:
    """One subtitle track."""

    name: str
    language: str | None = None


@dataclass
class ReleaseSpec:
    """One release (edition) as read from a block of release notes."""

    titles: list[str] = field(default_factory=list)
    year: int | None = None
    imdb_id: str | None = None  # `tt0060107`, from an IMDb line or link: the film's surest identity
    disc_format: str | None = None
    disc_count: int | None = None
    label: str | None = None
    region: str | None = None
    video_system: str | None = None
    aspect_ratio: str | None = None
    runtime_seconds: int | None = None
    runtime_text: str | None = None  # as written (kept: `compare` takes its precision from it)
    size_bytes: int | None = None
    size_text: str | None = None
    recovery_percent: float | None = None
    audio: list[AudioTrack] = field(default_factory=list)
    subtitles: list[SubtitleTrack] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    directors: list[str] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)
    awards: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    synopsis: str | None = None
    translation: str | None = None  # `Перевод: …` of a tracker post: the kind of its Russian tracks
    studio: str | None = None  # `Studio: Paramount Pictures`: the label, if no line names another
    edition: str | None = None  # `Special Edition`, `Director's Cut`, `Spine #417`
    catalogue_number: str | None = None  # the publisher's code, as written (`CC1963D`)
    barcode: str | None = None  # EAN-13, UPC-A or EAN-8 digits, their check digit right
    asin: str | None = None  # a shop's product code (`B0001Z3TQ2`)
    release_date: str | None = None  # the disc's, in ISO 8601 to the precision given: `2003-05-12`, `2003-05`, `2003`
    anamorphic: bool | None = None  # True: anamorphic (16:9 enhanced); False: letterboxed in a 4:3 frame
    mono: bool | None = None  # True: a track other than a commentary is mono; set by `normalise`
    related: list[ReleaseSpec] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    unknown_languages: list[str] = field(default_factory=list)
    grammar: str | None = None
    raw: str = ""

    def names_anything(self) -> bool:
        """True when a release says what it is: a title, a year, a disc, a picture, a runtime, tracks.

        >>> ReleaseSpec(features=["Trailer"]).names_anything(), ReleaseSpec(region="2").names_anything()
        (False, True)
        """
        return any(getattr(self, attr) for attr in NAMING)

    def to_dict(self) -> dict:
        """The public JSON shape (see `dvdtrack parse --json`); raw text and internals left out."""
        # Built by hand rather than with dataclasses.asdict: that deep-copies, and an import calls
        # this for every release it stores.
        data = {name: getattr(self, name) for name in self.__dataclass_fields__ if name not in _INTERNAL}
        data.update(audio=[dict(vars(t)) for t in self.audio], subtitles=[dict(vars(t)) for t in self.subtitles],
                    related=[r.to_dict() for r in self.related])
        for name in ("titles", "genres", "countries", "directors", "cast", "awards", "features", "unparsed"):
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ReleaseSpec:
        """Rebuild a spec from `to_dict` output (used by export/import round trips)."""
        data = dict(data)
        data["audio"] = [AudioTrack(**a) for a in data.get("audio", [])]
        data["subtitles"] = [SubtitleTrack(**s) for s in data.get("subtitles", [])]
        data["related"] = [cls.from_dict(r) for r in data.get("related", [])]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})
