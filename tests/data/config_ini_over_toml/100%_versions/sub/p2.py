"""second, in a sub-directory"""
revision = "p2"
down_revision = "p1"
