"""Base, with an enum defined above the identifiers

Revision ID: a0000001
"""
import enum

import sqlalchemy as sa


class Status(enum.Enum):
    ACTIVE = "active"
    GONE = "gone"

    def label(self):
        return self.value.title()


revision = "a0000001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
