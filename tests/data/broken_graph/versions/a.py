revision = "a1a1a1a1"
down_revision = None
