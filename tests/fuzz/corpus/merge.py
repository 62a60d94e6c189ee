"""merge customers and pricing

Revision ID: 8192a3b4c5d6
Revises: 6f708192a3b4, 708192a3b4c5
Create Date: 2026-02-15 12:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision = '8192a3b4c5d6'  # merge revision
down_revision = (
    '6f708192a3b4',  # parent
    '708192a3b4c5',  # parent
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
