"""add price to books

Revision ID: 5e6f708192a3
Revises: 3c4d5e6f7081
Create Date: 2026-02-02 16:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5e6f708192a3"
down_revision = "3c4d5e6f7081"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("books", sa.Column("price_cents", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("books") as batch:
        batch.drop_column("price_cents")
