"""create accounts

Revision ID: a1000000000a
Revises: None
"""
from alembic import op
import sqlalchemy as sa

revision = "a1000000000a"
down_revision = None
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    op.create_table("accounts", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.Text))


def downgrade():
    op.drop_table("accounts")
