"""main base"""
revision = "m1m1m1m1"
down_revision = None
branch_labels = ("main",)
