"""merge heads

Create Date: 2024-06-01 00:00:00
"""
PARENTS = ("cccc00000003",
           'dddd00000004')
revision = "eeee" "00000005"
down_revision = PARENTS
branch_labels = ()
