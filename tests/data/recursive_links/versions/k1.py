revision = "k1"
down_revision = None
