"""The bytes a release block was read from, when they are not the UTF-8 of its text.

A file in a code page, or UTF-8 with bytes that had to be replaced, keeps its bytes so that
`reparse` can decode them again. Existing releases keep NULL: their text is all there is.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a database made by create_all before migrations existed may have it already
    if "raw_bytes" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("release")}:
        return
    op.add_column("release", sa.Column("raw_bytes", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("release") as batch:
        batch.drop_column("raw_bytes")
