"""RSS feed of curated film lists (WordPress `content:encoded` HTML) → FilmListData, with lxml."""

from __future__ import annotations

import re

from lxml import etree, html

from dvdtrack.errors import InputError
from dvdtrack.importers import EntryData, FilmListData, split_title_year

_NS = {"content": "http://purl.org/rss/1.0/modules/content/", "dc": "http://purl.org/dc/elements/1.1/"}
_NO_POSTER = "non-poster"


def read_feed(text: str, name: str) -> list[FilmListData]:
    """Every list (feed item) in the feed."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: not a readable feed: {exc}") from None
    return [_read_item(item) for item in root.iter("item")]


def _read_item(item) -> FilmListData:
    content = item.findtext("content:encoded", default="", namespaces=_NS)
    doc = html.fragment_fromstring(content, create_parent="div") if content.strip() else None
    return FilmListData(
        title=(item.findtext("title") or "").strip(),
        author=(item.findtext("dc:creator", namespaces=_NS) or "").strip() or None,
        published=(item.findtext("pubDate") or "").strip() or None,
        link=(item.findtext("link") or "").strip() or None,
        intro=_text(doc.find_class("introduction")[0]) if doc is not None and doc.find_class("introduction") else None,
        entries=[_read_entry(i, div) for i, div in enumerate(doc.find_class("movie-item") if doc is not None else [], 1)],
    )


def _read_entry(position: int, div) -> EntryData:
    title, year = split_title_year(_text(div.find(".//h3")) or "")
    labelled = _labelled(div)
    trailer = div.find_class("poster-container")
    img = div.find(".//div[@class='img-wrapper']/img")
    return EntryData(
        position=position, title=title, year=year,
        imdb_id=div.get("data-imdb-id") or None,
        directors=_names(labelled.get("director")),
        cast=_names(labelled.get("cast")),
        rating=_rating(labelled.get("rating")),
        trailer=(trailer[0].get("data-trailer") or None) if trailer else None,
        poster=_poster(img.get("src") if img is not None else None),
        description=labelled.get("description"),
        fact=labelled.get("fact"),
        availability=_availability(div),
    )


def _labelled(div) -> dict[str, str]:
    """`<strong>Label:</strong> value` pairs inside an entry, keyed by lowercase label."""
    out = {}
    for strong in div.iter("strong"):
        label = _text(strong).rstrip(":").strip().lower()
        value = _text(strong.getparent())
        out[label] = value[len(_text(strong)):].strip()
    return out


def _text(node) -> str:
    return " ".join(node.text_content().split()) if node is not None else ""


def _names(value: str | None) -> list[str]:
    return [n.strip() for n in value.split(",") if n.strip()] if value else []


def _rating(value: str | None) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", value or "")
    return float(m.group()) if m else None


def _poster(src: str | None) -> str | None:
    if not src or _NO_POSTER in src:
        return None
    return src.rsplit("/", 1)[-1]


def _availability(div) -> str | None:
    message = div.find_class("no-amazon-message")
    button = div.find_class("watch-button")
    parts = [_text(message[0])] if message else []
    parts += [_text(button[0]) or (button[0].find("img").get("alt") if button[0].find("img") is not None else "")] if button else []
    img = button[0].find("img") if button else None
    if img is not None and img.get("alt") and img.get("alt") not in parts[-1]:
        parts[-1] = f"{img.get('alt')} {parts[-1]}".strip()
    return " — ".join(p for p in parts if p) or None


def poster_title(poster: str | None) -> tuple[str, int] | None:
    """`letiat-zhuravli-1957-123614.webp` → (`letiat zhuravli`, 1957): the transliterated original title."""
    m = re.match(r"(?P<slug>.+?)-(?P<year>(?:18|19|20)\d\d)(?:-\d+)?\.\w+$", poster or "")
    return (m.group("slug").replace("-", " "), int(m.group("year"))) if m else None
