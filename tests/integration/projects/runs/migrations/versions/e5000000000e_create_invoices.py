"""create invoices

Revision ID: e5000000000e
Revises: d4000000000d
"""
from alembic import op
import sqlalchemy as sa

revision = "e5000000000e"
down_revision = "d4000000000d"
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    slow()
    op.create_table("invoices", sa.Column("id", sa.Integer, primary_key=True), sa.Column("total", sa.Numeric))


def downgrade():
    op.drop_table("invoices")
