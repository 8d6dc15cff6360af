"""An edition's own facts on each release: its name, catalogue number, barcode, ASIN, release date (ISO 8601 to
the precision given), its frame (anamorphic or letterboxed) and whether it keeps a mono track.

Every column is nullable: existing releases keep NULL until `dvdtrack reparse` reads their notes again.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (("edition", sa.String()), ("catalogue_number", sa.String()), ("barcode", sa.String()), ("asin", sa.String()),
           ("release_date", sa.String()), ("anamorphic", sa.Boolean()), ("mono", sa.Boolean()))


def upgrade() -> None:
    # a database made by create_all before migrations existed (then stamped 0001) may have them already
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("release")}
    with op.batch_alter_table("release") as batch:
        for name, kind in COLUMNS:
            if name not in have:
                batch.add_column(sa.Column(name, kind, nullable=True))
    if "ix_release_barcode" not in {i["name"] for i in inspector.get_indexes("release")}:
        op.create_index(op.f("ix_release_barcode"), "release", ["barcode"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_release_barcode"), table_name="release")
    with op.batch_alter_table("release") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
