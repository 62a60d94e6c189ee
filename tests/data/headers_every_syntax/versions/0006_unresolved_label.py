"""label computed at runtime"""
from myproject import cli

revision = "ffff00000006"
down_revision = "eeee00000005"
branch_labels = (cli.EXPAND_BRANCH,)
