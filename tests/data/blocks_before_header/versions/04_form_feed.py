"""A form feed before the header"""

class X:
    pass
revision = "d0000004"
  down_revision = "c0000003"


def upgrade():
    pass
