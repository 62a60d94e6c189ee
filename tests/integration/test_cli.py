#!/usr/bin/python3
"""strata-cli as a user or a script sees it: outputs, JSON shapes, exit codes, and
clear messages for bad input (which change nothing on disk)."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import check, finish  # noqa: E402

CLI, ROOT = sys.argv[1], sys.argv[2]
DEMO = os.path.join(ROOT, "resources", "demo")
DATA = os.path.join(ROOT, "tests", "data")


def run(*args, project=DEMO):
    p = subprocess.run([CLI, "--project", project, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr



def tree_digest(path):
    h = hashlib.sha256()
    for base, dirs, files in sorted(os.walk(path)):
        dirs.sort()
        for f in sorted(files):
            with open(os.path.join(base, f), "rb") as fh:
                h.update(f.encode() + fh.read())
    return h.hexdigest()


before = tree_digest(DEMO)

code, out, err = run("heads")
check("heads text", code == 0 and out.splitlines() == ["d6e7f8091a2b (reporting) (head)", "e7f8091a2b3c (shop) (head)"], out)

code, out, _ = run("history", "--json")
doc = json.loads(out)
check("history json schema", code == 0 and doc["schema"] == 1 and len(doc["revisions"]) == 14, out[:200])
check("history json fields", set(doc["revisions"][0]) >= {"id", "down_revisions", "branch_labels", "message", "path",
                                                          "is_head", "depends_on"}, doc["revisions"][0])

code, out, _ = run("history", "-r", "8192a3b4c5d6:shop@head")
check("history range", code == 0 and [l.split(" -> ")[1].split(" ")[0] for l in out.splitlines()] ==
      ["e7f8091a2b3c", "a3b4c5d6e7f8", "92a3b4c5d6e7", "8192a3b4c5d6"], out)

code, out, err = run("plan", "--from", "", "head")
check("plan head with two heads exits 3", code == 3 and "Multiple head revisions" in err, (code, err))

code, out, _ = run("plan", "--from", "92a3b4c5d6e7", "shop@head", "--json")
doc = json.loads(out)
check("plan json", code == 0 and [s["revision"] for s in doc["steps"]] == ["a3b4c5d6e7f8", "e7f8091a2b3c"] and
      doc["steps"][0]["from"] == ["92a3b4c5d6e7"] and doc["direction"] == "upgrade", out)

code, out, _ = run("plan", "--downgrade", "--from", "e7f8091a2b3c", "-1")
check("plan downgrade text", code == 0 and out.startswith("downgrade e7f8091a2b3c -> a3b4c5d6e7f8, add author bio"), out)

code, out, _ = run("show", "8192")
check("show", code == 0 and "Merges: 6f708192a3b4, 708192a3b4c5" in out and "(mergepoint)" in out, out)

code, out, err = run("show", "zzzz", "--json")
check("show unknown exits 3 with json error", code == 3 and json.loads(out)["error"]["code"] == "not-found", (code, out))

code, out, _ = run("graph", "--format", "dot")
check("dot", code == 0 and out.startswith("digraph") and "style=dashed" in out, out[:100])

code, out, _ = run("graph")
check("graph text lanes", code == 0 and any(l.startswith("| *") for l in out.splitlines()), out)

code, out, _ = run("branches", "--json")
doc = json.loads(out)
check("branches", code == 0 and [b["revision"]["id"] for b in doc["branch_points"]] == ["3c4d5e6f7081"], out)

code, out, _ = run("check")
check("check demo ok", code == 0 and "0 error(s), 0 warning(s)" in out, out)

code, out, _ = run("check", "--json", project=os.path.join(DATA, "broken_graph", "versions"))
doc = json.loads(out)
codes = {f["code"] for f in doc["findings"]}
check("check broken exits 2", code == 2 and not doc["ok"], code)
check("check broken findings", {"duplicate-revision", "missing-down-revision", "missing-dependency",
                                "duplicate-branch-label", "undecodable-file", "bad-revision-id"} <= codes, codes)
check("findings name file and line", all(f["file"] and f["line"] > 0 for f in doc["findings"]
                                         if f["code"] in ("missing-down-revision", "undecodable-file")), doc["findings"])

code, out, err = run("history", project=os.path.join(DATA, "cycle", "versions"))
check("cycle refuses history with exit 2", code == 2 and "Cycle is detected in revisions (c2, c3)" in err, (code, err))

code, out, _ = run("heads", project=os.path.join(DATA, "ini_sections_separator"))
check("ini with ; separator", code == 0 and len(out.splitlines()) == 2, out)
p = subprocess.run([CLI, "--project", os.path.join(DATA, "ini_sections_separator"), "--name", "secondary", "bases"],
                   capture_output=True, text=True)
# [secondary] lists only db/other, whose o2 depends on m1 in db/main: the section
# is read (o2 is there), and like Alembic (KeyError) Strata cannot build the map
check("--name section", p.returncode == 2 and "m1m1m1m1 referenced from o2o2o2o2 is not present" in p.stderr,
      (p.returncode, p.stdout, p.stderr))

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %(here)s/nowhere\n")
    code, out, err = run("heads", project=tmp)
    check("bad config exits 4 naming file, line and key", code == 4 and "alembic.ini:2:" in err and "nowhere" in err, err)
    code, out, err = run("heads", project=os.path.join(tmp, "missing"))
    check("missing project exits 4", code == 4 and "no such file or directory" in err, err)

# batch: many read-only queries in one process, one JSON answer per line, in order.
queries = [["resolve", "--", "shop@head"], ["heads"], ["upgrade", "head"], "not json", ["plan", "--", "head"]]
p = subprocess.run([CLI, "--project", DEMO, "--json", "batch"], capture_output=True, text=True, timeout=60,
                   input="".join((q if isinstance(q, str) else json.dumps(q)) + "\n" for q in queries))
answers = [json.loads(line) for line in p.stdout.splitlines()]
check("batch answers each query in order", p.returncode == 0 and len(answers) == 5
      and json.loads(answers[0]["stdout"])["revisions"] == ["e7f8091a2b3c"], p.stdout[:400])
check("batch refuses a verb that writes", answers[2]["exit"] == 64 and "only the read-only verbs" in answers[2]["stderr"]
      and answers[2]["stdout"] == "", answers[2] if len(answers) > 2 else p.stdout)
check("batch names a bad line and goes on", answers[3]["exit"] == 64 and "JSON array" in answers[3]["stderr"]
      and answers[4]["exit"] == 3 and "Multiple head revisions" in answers[4]["stderr"], answers[3:])
code, out, err = run("batch", "graph")
check("batch takes queries on stdin only", code == 64 and "on stdin" in err, (code, err))

# --alembic-version: a [tool.alembic]-only project as Alembic 1.13 reads it (not at all) and as 1.18 does.
toml_project = os.path.join(ROOT, "tests", "data", "pyproject_recursive")
code, out, err = run("--alembic-version", "1.13.2", "heads", project=toml_project)
check("--alembic-version 1.13.2 refuses a [tool.alembic]-only project", code == 4
      and "Alembic 1.13.2 does not read pyproject.toml" in err and "pyproject.toml" in err, (code, err))
code, out, err = run("--alembic-version", "1.18.4", "heads", project=toml_project)
check("--alembic-version 1.18.4 reads it", code == 0 and out.strip(), (code, out, err))
code, out, err = run("--alembic-version", "latest", "heads")
check("--alembic-version wants a version", code == 64 and "such as 1.13.2" in err, (code, err))

# --alembic-version auto: read as the project's Python's Alembic does. An id with ':'
# is taken before Alembic 1.17.1 (with a warning) and refused from then on.
colon = tempfile.mkdtemp(prefix="strata-colon-")
os.makedirs(os.path.join(colon, "m", "versions"))
with open(os.path.join(colon, "alembic.ini"), "w") as f:
    f.write("[alembic]\nscript_location = m\n")
open(os.path.join(colon, "m", "env.py"), "w").close()
with open(os.path.join(colon, "m", "versions", "a.py"), "w") as f:
    f.write("revision = 'a1'\ndown_revision = None\n")
with open(os.path.join(colon, "m", "versions", "b.py"), "w") as f:
    f.write("revision = 'b:2'\ndown_revision = 'a1'\n")
code, out, err = run("--json", "probe", "--all", project=colon)
local = json.loads(out)["alembic"] if code == 0 else "?"
check("probe names the project's Alembic", code == 0 and local[:1].isdigit(), (code, out, err))
code, out, err = run("--alembic-version", "auto", "heads", project=colon)
takes = tuple(int(x) for x in local.split(".")[:3] if x.isdigit()) < (1, 17, 1)
check(f"--alembic-version auto reads ids as Alembic {local} does",
      (code == 0 and out.split()[:1] == ["b:2"]) if takes else (code == 2 and "not allowed" in err), (code, out, err))
code, out, err = run("heads", project=colon)
check("as the newest Alembic reads it, ':' in an id is refused, naming the id",
      code == 2 and "not allowed in revision identifier 'b:2'" in err, (code, out, err))
code, out, err = run("--alembic-version", "1.13.2", "check", project=colon)
check("--alembic-version 1.13.2 check warns that Alembic 1.17.1 refuses it", code == 1
      and "Alembic 1.17.1 and later refuse" in out + err, (code, out, err))
shutil.rmtree(colon)

code, out, err = run("frobnicate")
check("unknown verb exits 64", code == 64 and "unknown verb 'frobnicate'" in err, (code, err))

check("nothing written into the project", tree_digest(DEMO) == before)
finish()
