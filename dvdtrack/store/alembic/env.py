"""Alembic environment: runs on the connection dvdtrack hands over (see dvdtrack.store.migrations)."""

from alembic import context
from sqlmodel import SQLModel

from dvdtrack.store import models  # noqa: F401  (the tables autogenerate compares against)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
