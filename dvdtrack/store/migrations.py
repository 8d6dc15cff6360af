"""Schema creation and upgrades (alembic takes over here as the schema evolves; see issue #7)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import SQLModel


def upgrade(engine: Engine) -> None:
    """Create any missing table and index."""
    SQLModel.metadata.create_all(engine)
