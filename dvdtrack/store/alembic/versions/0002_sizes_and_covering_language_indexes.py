"""64-bit sizes; language indexes that also cover the track position.

`find` reads releases in id order from (language, release_id, position) and skips a second track
in the same language without touching the table. PostgreSQL's INTEGER overflowed on DVD9 sizes;
SQLite's INTEGER is already 64-bit, so only PostgreSQL changes the column.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (("ix_audio_lang_release", "releaseaudio"), ("ix_subtitle_lang_release", "releasesubtitle"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("release", "size_bytes", type_=sa.BigInteger(), existing_type=sa.Integer())
    for name, table in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, ["language", "release_id", "position"])


def downgrade() -> None:
    for name, table in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, ["language", "release_id"])
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("release", "size_bytes", type_=sa.Integer(), existing_type=sa.BigInteger())
