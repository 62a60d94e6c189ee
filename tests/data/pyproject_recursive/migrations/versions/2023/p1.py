"""first"""
revision = "p1p1p1p1"
down_revision = None
