revision = "k2"
down_revision = "k1"
