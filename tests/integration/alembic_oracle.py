"""Alembic's answers for the differential test, from whichever Python runs this.

The differential harness (differential_alembic.py) runs on this machine's
Python and starts this script with the interpreter of the Alembic under test:
Debian's /usr/bin/python3, or the Python of another Debian tree
(tests/platform/with_alembic_tree.sh). One JSON request per line on stdin,
one JSON answer per line on stdout:

  {"root": DIR, "questions": [{"q": "graph"}, {"q": "resolve", "spec": S},
   {"q": "history", "base": A, "head": B}, {"q": "upgrade" | "downgrade",
   "target": T, "current": [IDS]}]}
  -> {"alembic": VERSION, "answers": [{"ok": ...} | {"error": "..."}]}
"""
import inspect
import json
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import alembic_reference  # noqa: E402

alembic_reference.install()
# Alembic's deprecation warnings ("downgrade -1 from multiple heads is ambiguous") are not answers.
warnings.simplefilter("ignore")

import alembic  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402


def config(root):
    """The Config Alembic's command line makes in root: alembic.ini, and from
    1.16 pyproject.toml beside it."""
    ini = os.path.join(root, "alembic.ini")
    if "toml_file" in inspect.signature(Config.__init__).parameters:
        return Config(ini, toml_file=os.path.join(root, "pyproject.toml"))
    return Config(ini)


def ids(revs):
    return [r.revision if r is not None and not isinstance(r, str) else "base" for r in revs]


def answer(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # any refusal counts as an error answer
        return {"error": type(e).__name__ + ": " + str(e)}


def graph(sd):
    rm = sd.revision_map
    return {
        "heads": list(rm.heads),
        "real_heads": list(rm._real_heads),
        "bases": list(rm.bases),
        "history": [r.revision for r in sd.walk_revisions()],
        "labels": {r.revision: sorted(r.branch_labels) for r in sd.walk_revisions()},
    }


def ask(sd, q):
    kind = q["q"]
    if kind == "graph":
        return answer(lambda: graph(sd))
    if kind == "resolve":
        return answer(lambda: ids(sd.revision_map.get_revisions(q["spec"])))
    if kind == "history":
        return answer(lambda: [r.revision for r in sd.walk_revisions(base=q["base"] or "base",
                                                                      head=q["head"] or "heads")])
    if kind == "upgrade":
        return answer(lambda: [s.revision.revision for s in sd._upgrade_revs(q["target"], tuple(q["current"]))])
    if kind == "downgrade":
        return answer(lambda: [s.revision.revision for s in sd._downgrade_revs(q["target"], tuple(q["current"]))])
    return {"error": "unknown question " + kind}


def main():
    for line in sys.stdin:
        request = json.loads(line)
        try:
            sd = ScriptDirectory.from_config(config(request["root"]))
            answers = [ask(sd, q) for q in request["questions"]]
        except Exception as e:  # the project itself is refused: every answer is that error
            answers = [{"error": type(e).__name__ + ": " + str(e)} for _ in request["questions"]]
        sys.stdout.write(json.dumps({"alembic": alembic.__version__, "answers": answers}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
