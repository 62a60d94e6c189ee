"""reporting: sales by book view

Revision ID: c5d6e7f8091a
Revises: b4c5d6e7f809
Create Date: 2026-03-12 08:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = 'c5d6e7f8091a'
down_revision: Union[str, Sequence[str], None] = 'b4c5d6e7f809'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = ('a3b4c5d6e7f8',)


def upgrade() -> None:
    op.execute(
        "CREATE VIEW sales_by_book AS "
        "SELECT b.id AS book_id, b.title, COUNT(o.id) AS orders "
        "FROM books b LEFT JOIN orders o ON o.book_id = b.id AND o.status <> 'cancelled' "
        "GROUP BY b.id, b.title"
    )


def downgrade() -> None:
    op.execute("DROP VIEW sales_by_book")
