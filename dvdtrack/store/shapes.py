"""The shapes of stored rows for output (JSON, a film named in a message), apart from the ORM so that
reading commands build them without it."""

from __future__ import annotations

import json


def release_json(release_id: int, film_id: int, film_title: str, spec_json: str) -> dict:
    """A stored release as `parse --json` shows it, with its id, film_id and film_title.

    >>> release_json(7, 2, "Solaris", '{"year": 1972}')
    {'id': 7, 'film_id': 2, 'film_title': 'Solaris', 'year': 1972}
    """
    return {"id": release_id, "film_id": film_id, "film_title": film_title, **json.loads(spec_json)}


def titled(title: str | None, year: int | None) -> str:
    """A film or release as messages name it: its title, and its year in brackets when known.

    >>> titled("Solaris", 1972), titled("Untitled release", None)
    ('Solaris (1972)', 'Untitled release')
    """
    return f"{title} ({year})" if year else f"{title}"
