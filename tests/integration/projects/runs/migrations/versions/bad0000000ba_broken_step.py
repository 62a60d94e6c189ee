"""broken step

Revision ID: bad0000000ba
Revises: c3000000000c
"""
from alembic import op
import sqlalchemy as sa

revision = "bad0000000ba"
down_revision = "c3000000000c"
branch_labels = ("broken",)
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer))
    op.execute("SELECT 1/0")


def downgrade():
    op.drop_table("scratch")
