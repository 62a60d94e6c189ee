"""add email

Revision ID: b2000000000b
Revises: a1000000000a
"""
from alembic import op
import sqlalchemy as sa

revision = "b2000000000b"
down_revision = "a1000000000a"
branch_labels = None
depends_on = None


def slow():
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT pg_sleep(0.15)")


def upgrade():
    op.add_column("accounts", sa.Column("email", sa.Text))
    op.execute("INSERT INTO accounts (name, email) VALUES ('alice', 'a@example.org')")


def downgrade():
    op.drop_column("accounts", "email")
