"""accounts get a token and an index on email

Revision ID: l100
Revises:
Create Date: 2026-12-02 10:00:00
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "l100"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts", sa.Column("token", postgresql.UUID, server_default=sa.text("gen_random_uuid()"),
                                        nullable=False))
    op.create_index("ix_accounts_email", "accounts", ["email"])


def downgrade():
    op.drop_index("ix_accounts_email", "accounts")
    op.drop_column("accounts", "token")
