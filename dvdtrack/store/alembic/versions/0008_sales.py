"""Sales: what a sold copy fetched (in minor units, with its currency), to whom and when.

Every column is nullable: copies sold before keep NULL (their sale was never told).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (("sold_price_minor", sa.BigInteger()), ("sold_currency", sa.String(length=3)), ("sold_to", sa.String()),
           ("sold_on", sa.Date()))


def upgrade() -> None:
    # a database made by create_all before migrations existed (then stamped 0001) may have them already
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("copy")}
    with op.batch_alter_table("copy") as batch:
        for name, kind in COLUMNS:
            if name not in have:
                batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("copy") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
