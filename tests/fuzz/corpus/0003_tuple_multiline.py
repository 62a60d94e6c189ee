'''branch one'''
revision = "cccc00000003"
down_revision = (
    "bbbb00000002",  # parent
)
