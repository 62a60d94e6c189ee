"""try/except import, a decorated helper and a with block before the header"""
try:
    from app.models import Base
except ImportError:  # the app is not importable here
    Base = None

import functools


@functools.lru_cache()
def helper(x):
    return x


with open(__file__) as _f:
    _ = _f.readline()

if Base is not None:
    TABLES = ["a", "b"]
else:
    TABLES = []

for _t in TABLES:
    pass

revision = "b0000002"
down_revision = "a0000001"


def upgrade():
    for t in TABLES:
        pass


def downgrade():
    pass
