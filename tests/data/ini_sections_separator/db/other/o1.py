"""other base"""
revision = "o1o1o1o1"
down_revision = None
branch_labels = ("other",)
