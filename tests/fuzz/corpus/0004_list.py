"""branch two"""
revision = r'dddd00000004'
down_revision = ['bbbb00000002']
depends_on = ["core"]  # a branch label as a dependency
