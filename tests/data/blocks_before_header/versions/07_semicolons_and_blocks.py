"""A block, then a one-line compound statement, then the header"""
if True: x = 1
class K: pass
revision = "g0000007"; down_revision = "e0000005"
def upgrade(): pass
