"""create orders

Revision ID: c3000000000c
Revises: b2000000000b
"""
from alembic import op
import sqlalchemy as sa

revision = "c3000000000c"
down_revision = "b2000000000b"
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True), sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id")))


def downgrade():
    op.drop_table("orders")
