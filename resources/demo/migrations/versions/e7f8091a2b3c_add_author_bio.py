"""add author bio

Revision ID: e7f8091a2b3c
Revises: a3b4c5d6e7f8
Create Date: 2026-04-02 09:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'e7f8091a2b3c'
down_revision: Union[str, Sequence[str], None] = 'a3b4c5d6e7f8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("authors", sa.Column("bio", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("authors") as batch:
        batch.drop_column("bio")
