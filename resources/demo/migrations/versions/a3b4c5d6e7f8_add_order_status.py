"""add order status

Revision ID: a3b4c5d6e7f8
Revises: 92a3b4c5d6e7
Create Date: 2026-03-09 15:20:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'a3b4c5d6e7f8'
down_revision: Union[str, Sequence[str], None] = '92a3b4c5d6e7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("status", sa.String(20), nullable=False, server_default="new"))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("status")
