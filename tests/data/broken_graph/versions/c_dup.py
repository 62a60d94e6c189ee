revision = "b2b2b2b2"
down_revision = "a1a1a1a1"
