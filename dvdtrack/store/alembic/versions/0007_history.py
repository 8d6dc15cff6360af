"""History: the changes made to the catalogue and what each changed, so that `dvdtrack undo` can
revert one. Existing rows are left as they are; the history starts empty.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made by create_all before migrations existed (then stamped 0001) may have them already.
    if sa.inspect(op.get_bind()).has_table("change"):
        return
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.Column("undone_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "changeitem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("ids", sa.Text(), nullable=False),
        sa.Column("rows", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["change_id"], ["change.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_changeitem_change_id"), "changeitem", ["change_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_changeitem_change_id"), table_name="changeitem")
    op.drop_table("changeitem")
    op.drop_table("change")
