"""Alembic as the reference implementation, with its unordered choices pinned.

Alembic keeps some collections in Python sets (children of a revision, the
revisions carrying branch labels, normalised dependencies) whose iteration order
depends on hashing, so a few answers (the walk order behind branch-label
inheritance, history order with several dependencies) can differ from run to
run. Strata takes the deterministic choice: load order, i.e. sorted file names,
which is also how Alembic >= 1.10 lists version directories. These patches make
the installed Alembic take the same choices without changing its algorithms.
"""
import os

import alembic
from alembic.script import base as script_base
from alembic.script import revision as rev_mod


class OrderedFrozenSet(tuple):
    def union(self, other):
        items = list(self)
        for x in other:
            if x not in items:
                items.append(x)
        return OrderedFrozenSet(items)


def _add_nextrev(self, revision):
    self._all_nextrev = OrderedFrozenSet(self._all_nextrev).union([revision.revision])
    if self.revision in revision._versioned_down_revisions:
        self.nextrev = OrderedFrozenSet(self.nextrev).union([revision.revision])


_orig_add_branches = rev_mod.RevisionMap._add_branches
_orig_normalize = rev_mod.RevisionMap._normalize_depends_on


def _load_order(map_):
    order = {}
    for i, key in enumerate(map_):
        rev = map_[key]
        if rev is not None and rev.revision not in order:
            order[rev.revision] = i
    return order


def _add_branches(self, revisions, map_):
    order = _load_order(map_)
    return _orig_add_branches(self, sorted(revisions, key=lambda r: order[r.revision]), map_)


def _normalize_depends_on(self, revisions, map_):
    _orig_normalize(self, revisions, map_)
    for r in revisions:
        norm = set(r._normalized_resolved_dependencies)
        ordered = []
        for d in r._resolved_dependencies:
            if d in norm and d not in ordered:
                ordered.append(d)
        r._normalized_resolved_dependencies = tuple(ordered)


def _list_py_dir(cls, scriptdir, path):
    return sorted(os.listdir(path))


def version():
    """Alembic's version as a tuple of ints, e.g. (1, 13, 2)."""
    return tuple(int(p) for p in alembic.__version__.split(".")[:3] if p.isdigit())


def install():
    rev_mod.Revision.add_nextrev = _add_nextrev
    rev_mod.RevisionMap._add_branches = _add_branches
    rev_mod.RevisionMap._normalize_depends_on = _normalize_depends_on
    # Before 1.10 a version directory was listed in os.listdir's order (file
    # names); from 1.10 Alembic walks it itself, sorted, and returns full paths:
    # patching it there would hand bare names to a loader that wants paths.
    if version() < (1, 10):
        script_base.Script._list_py_dir = classmethod(_list_py_dir)
