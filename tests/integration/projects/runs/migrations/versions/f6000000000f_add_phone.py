"""add phone

Revision ID: f6000000000f
Revises: e5000000000e
"""
from alembic import op
import sqlalchemy as sa

revision = "f6000000000f"
down_revision = "e5000000000e"
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    slow()
    op.add_column("accounts", sa.Column("phone", sa.Text))


def downgrade():
    op.drop_column("accounts", "phone")
