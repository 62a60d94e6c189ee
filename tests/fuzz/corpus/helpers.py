"""Not a revision: shared helpers."""
def table_exists(name):
    return False
