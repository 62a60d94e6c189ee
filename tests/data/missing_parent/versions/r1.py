revision = "r1"
down_revision = None
