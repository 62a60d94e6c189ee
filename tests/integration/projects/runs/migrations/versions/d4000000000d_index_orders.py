"""index orders

Revision ID: d4000000000d
Revises: c3000000000c
"""
from alembic import op
import sqlalchemy as sa

revision = "d4000000000d"
down_revision = "c3000000000c"
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    slow()
    op.create_index("ix_orders_account", "orders", ["account_id"])


def downgrade():
    op.drop_index("ix_orders_account", table_name="orders")
