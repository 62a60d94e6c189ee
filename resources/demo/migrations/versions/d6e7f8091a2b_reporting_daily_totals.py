"""reporting: daily totals

Revision ID: d6e7f8091a2b
Revises: c5d6e7f8091a
Create Date: 2026-03-20 08:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'd6e7f8091a2b'
down_revision: Union[str, Sequence[str], None] = 'c5d6e7f8091a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "daily_totals",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("orders", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("daily_totals")
