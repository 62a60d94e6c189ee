revision = "e5e5e5e5"
down_revision = "b2b2b2b2"
branch_labels = ("x",)
