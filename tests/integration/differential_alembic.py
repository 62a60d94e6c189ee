#!/usr/bin/python3
"""Differential test: Strata's static revision engine against the real Alembic.

Generates many random Alembic projects (branches, merges, several bases,
branch labels, depends_on, every header syntax Strata claims to read), asks
Alembic (python3-alembic) and `strata-cli --json` the same questions, and
compares: heads, real heads, bases, effective branch labels, history order,
history ranges, specifier resolution, and upgrade/downgrade plans.

Alembic answers from alembic_oracle.py, run by the interpreter of the Alembic
under test: /usr/bin/python3 (Debian's python3-alembic), or
$STRATA_TEST_BRIDGE_PYTHON (another Debian tree's, tests/platform/with_alembic_tree.sh).
Every failure names that Alembic's version.

Usage: differential_alembic.py STRATA_CLI [--projects N] [--seed S] [--keep]
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER_STYLES = ["classic", "typed", "single_quotes", "tuple_multiline", "list", "name_ref", "coding", "concat",
                 "comments", "annotated_tuple", "blocks_before", "cr_only", "form_feed", "cp1252"]

# Module-level blocks real projects put above the identifiers.
BLOCKS_BEFORE = [
    "class Status(enum.Enum):\n    ACTIVE = 'active'\n\n    def label(self):\n        return self.value\n",
    "try:\n    import app_models\nexcept ImportError:\n    app_models = None\n",
    "def helper(x):\n    revision = 'inner'\n    return x\n",
    "@functools.lru_cache()\ndef cached():\n    return 1\n",
    "if sa is not None:\n    TABLES = ['a']\nelse:\n    TABLES = []\n",
    "with open(__file__) as _f:\n    _first = _f.readline()\n",
    "for _i in range(2):\n    pass\n",
    "while False:\n    break\n",
]


def fmt_value(value, style, rng):
    """Render a header value in the given style."""
    q = "'" if style == "single_quotes" else '"'
    if value is None:
        return "None"
    if isinstance(value, str):
        if style == "concat" and len(value) > 4:
            return f'{q}{value[:3]}{q} {q}{value[3:]}{q}'
        return f"{q}{value}{q}"
    items = [f"{q}{v}{q}" for v in value]
    if style == "list":
        return "[" + ", ".join(items) + "]"
    if style in ("tuple_multiline", "comments"):
        inner = "".join(f"\n    {i},{'  # parent' if style == 'comments' else ''}" for i in items)
        return "(" + inner + "\n)"
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def write_script(path, rev, down, labels, deps, message, style, rng):
    lines = []
    if style == "coding":
        lines.append("# -*- coding: utf-8 -*-")
    if style == "cp1252":
        lines.append("# -*- coding: cp1252 -*-")
        message += " (caf\u00e9 \u20ac)"
    lines.append(f'"""{message}\n\nRevision ID: {rev}\nRevises: {down}\nCreate Date: 2026-01-01 00:00:00\n\n"""')
    lines.append("from alembic import op")
    lines.append("import enum")
    lines.append("import functools")
    lines.append("import sqlalchemy as sa")
    lines.append("from typing import Sequence, Union")
    lines.append("")
    if style == "blocks_before":
        for block in rng.sample(BLOCKS_BEFORE, rng.randint(1, 4)):
            lines.append(block)
    if style == "form_feed":
        lines.append("\f")
        lines.append("class Marker:\n    pass\n\f")
    if style == "name_ref":
        lines.append(f'REV_ID = "{rev}"')
        lines.append("revision = REV_ID")
    elif style in ("typed", "annotated_tuple"):
        lines.append(f'revision: str = "{rev}"')
    elif style == "comments":
        lines.append(f"revision = '{rev}'  # the id")
    else:
        lines.append(f"revision = {fmt_value(rev, style, rng)}")
    ann = ": Union[str, Sequence[str], None]" if style in ("typed", "annotated_tuple") else ""
    # down_revision: a 1-tuple or a plain string for single parents, randomly
    d = down
    if isinstance(down, list) and len(down) == 1 and rng.random() < 0.5:
        d = down[0]
    elif isinstance(down, list) and len(down) == 0:
        d = None
    lines.append(f"down_revision{ann} = {fmt_value(d, style, rng)}")
    if labels or rng.random() < 0.5:
        lab = labels if labels else None
        if lab and len(lab) == 1 and rng.random() < 0.5:
            lab = lab[0]
        lines.append(f"branch_labels{ann} = {fmt_value(lab, style, rng)}")
    if deps or rng.random() < 0.5:
        dp = deps if deps else None
        if dp and len(dp) == 1 and rng.random() < 0.5:
            dp = dp[0]
        lines.append(f"depends_on{ann} = {fmt_value(dp, style, rng)}")
    lines.append("")
    lines.append("")
    lines.append("def upgrade():")
    lines.append("    revision = 'not-a-header'  # indented: a local, not the module variable")
    lines.append("    pass")
    lines.append("")
    lines.append("")
    lines.append("def downgrade():")
    lines.append("    pass")
    text = "\n".join(lines) + "\n"
    if style == "cr_only":
        text = text.replace("\n", "\r")
    if style == "form_feed":
        # a form feed right before the header lines, in their indentation
        text = text.replace("\nrevision", "\n\frevision").replace("\ndown_revision", "\n\f  \fdown_revision")
    with open(path, "wb") as f:
        f.write(text.encode("cp1252" if style == "cp1252" else "utf-8"))


# A revision in a sub-directory of versions/, loaded only with recursion on.
HIDDEN_REVISION = ('revision = "hiddenrev0001"\ndown_revision = None\n\n\n'
                   'def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n')


def write_config(root, rng):
    """alembic.ini, and sometimes the configuration cases where readers go
    wrong or Alembic versions differ: an empty version_locations (unset for
    Alembic), recursive_version_locations (from 1.10; only the exact word
    'true' is true) with a revision in a sub-directory that recursion would
    load, a pyproject.toml whose [tool.alembic] script_location the ini's
    shadows (a decoy project there), and a project configured only in
    pyproject.toml [tool.alembic] (read from 1.16; older ones refuse it)."""
    if rng.random() < 0.12:
        lines = ['[tool.alembic]', 'script_location = "%(here)s/migrations"']
        if rng.random() < 0.5:
            sub = os.path.join(root, "migrations", "versions", "sub")
            os.makedirs(sub)
            with open(os.path.join(sub, "zz_hidden.py"), "w") as f:
                f.write(HIDDEN_REVISION)
            lines.append("recursive_version_locations = " + rng.choice(["true", "false"]))
        with open(os.path.join(root, "pyproject.toml"), "w") as f:
            f.write("\n".join(lines) + "\n")
        return
    lines = ["[alembic]", "script_location = %(here)s/migrations"]
    if rng.random() < 0.3:
        lines.append("version_locations =")
    if rng.random() < 0.3:
        lines.append("recursive_version_locations = " + rng.choice(["True", "TRUE", "1", "yes", "on", "true"]))
        sub = os.path.join(root, "migrations", "versions", "sub")
        os.makedirs(sub)
        with open(os.path.join(sub, "zz_hidden.py"), "w") as f:
            f.write(HIDDEN_REVISION)
    if rng.random() < 0.2:
        lines.append("sourceless = " + rng.choice(["True", "1"]))
    if rng.random() < 0.3:
        decoy = os.path.join(root, "decoy", "versions")
        os.makedirs(decoy)
        with open(os.path.join(decoy, "decoy.py"), "w") as f:
            f.write('revision = "decoyrev0001"\ndown_revision = None\n')
        with open(os.path.join(root, "pyproject.toml"), "w") as f:
            f.write('[tool.alembic]\nscript_location = "%(here)s/decoy"\n')
    with open(os.path.join(root, "alembic.ini"), "w") as f:
        f.write("\n".join(lines) + "\n")


def make_project(root, rng):
    n = rng.randint(3, 36)
    versions = os.path.join(root, "migrations", "versions")
    os.makedirs(versions)
    write_config(root, rng)
    prefix_pool = ["abcd", "abce", "ab12", "0f0f"]
    revs = []          # ids in creation order
    down_of = {}
    heads = []
    labels_used = []
    label_of = {}
    ancestors = {}

    # Some projects hold ids with ':' (Alembic takes them before 1.17.1 and
    # refuses the whole project from then on).
    colons = rng.random() < 0.12

    def new_id():
        while True:
            if colons and rng.random() < 0.3:
                rid = "".join(rng.choice("0123456789abcdef") for _ in range(5)) + ":" + \
                      "".join(rng.choice("0123456789abcdef") for _ in range(6))
            elif rng.random() < 0.25:
                rid = rng.choice(prefix_pool) + "".join(rng.choice("0123456789abcdef") for _ in range(8))
            else:
                rid = "".join(rng.choice("0123456789abcdef") for _ in range(12))
            if rid not in down_of and not rid.isdigit():
                return rid

    for i in range(n):
        rid = new_id()
        r = rng.random()
        if not revs or r < 0.08:
            down = []
        elif r < 0.22 and len(heads) >= 2:
            down = rng.sample(heads, rng.randint(2, min(3, len(heads))))
        elif r < 0.40:
            down = [rng.choice(revs)]
        else:
            down = [rng.choice(heads)] if heads else [rng.choice(revs)]
        anc = set(down)
        for d in down:
            anc |= ancestors[d]
        labels = []
        if rng.random() < 0.15:
            lab = "br" + str(len(labels_used)) + rng.choice(["x", "feature", "data"])
            labels_used.append(lab)
            labels = [lab]
            label_of[lab] = rid
        deps = []
        if revs and rng.random() < 0.18:
            candidates = [x for x in revs if x not in anc]
            if candidates:
                target = rng.choice(candidates)
                if rng.random() < 0.3 and [l for l, v in label_of.items() if v == target]:
                    deps = [[l for l, v in label_of.items() if v == target][0]]
                else:
                    deps = [target]
                anc |= {target} | ancestors[target]
        ancestors[rid] = anc
        down_of[rid] = down
        for d in down:
            if d in heads:
                heads.remove(d)
        heads.append(rid)
        revs.append(rid)
        style = rng.choice(HEADER_STYLES)
        # file names in random order relative to creation, like real projects
        fname = f"{rng.randint(0, 99):02d}_{rid}_{style}.py"
        write_script(os.path.join(versions, fname), rid, down, labels, deps, f"step {i} of {n}", style, rng)
    return revs, labels_used


class Oracle:
    """alembic_oracle.py in the interpreter of the Alembic under test."""

    def __init__(self, python):
        self.proc = subprocess.Popen([python, os.path.join(HERE, "alembic_oracle.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=tempfile.gettempdir())
        self.version = self.ask(tempfile.gettempdir(), [])[0]

    def ask(self, root, questions):
        self.proc.stdin.write(json.dumps({"root": root, "questions": questions}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("alembic_oracle.py stopped")
        doc = json.loads(line)
        return doc["alembic"], doc["answers"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


# Strata reads each project as the Alembic under test does (--alembic-version).
ALEMBIC_VERSION = []


def answer_of(args, code, stdout, stderr):
    try:
        doc = json.loads(stdout) if stdout.strip() else {}
    except json.JSONDecodeError:
        raise AssertionError(f"strata-cli printed invalid JSON for {args}: {stdout[:500]}")
    if "error" in doc:
        return {"error": doc["error"]["message"]}
    if "alembic_refuses" in doc:  # graph: drawn, but Alembic would not load it
        return {"error": doc["alembic_refuses"]}
    if code not in (0, 1):
        raise AssertionError(f"strata-cli {args} exited {code} without an error document: {stderr}")
    return {"ok": doc}


def strata_batch(cli, root, queries):
    """Every query (a list of arguments) answered by one `strata-cli batch`."""
    p = subprocess.run([cli, "--json", "--project", root, *ALEMBIC_VERSION, "batch"], capture_output=True, text=True,
                       input="".join(json.dumps(q) + "\n" for q in queries), timeout=300)
    lines = p.stdout.splitlines()
    if p.returncode != 0 or len(lines) != len(queries):
        raise AssertionError(f"strata-cli batch exited {p.returncode} with {len(lines)} answers for {len(queries)} "
                             f"queries: {p.stderr[:500]}")
    answers = []
    for q, line in zip(queries, lines):
        a = json.loads(line)
        answers.append(answer_of(q, a["exit"], a["stdout"], a["stderr"]))
    return answers


def compare(name, ref, got, failures, extract):
    if "error" in ref:
        if "error" not in got:
            failures.append(f"{name}: Alembic refused ({ref['error']}) but Strata answered {extract(got['ok'])}")
        return
    if "error" in got:
        failures.append(f"{name}: Alembic answered {ref['ok']} but Strata refused ({got['error']})")
        return
    if extract(got["ok"]) != ref["ok"]:
        failures.append(f"{name}: Alembic {ref['ok']} != Strata {extract(got['ok'])}")


def check_project(oracle, cli, root, rng, revs, labels):
    failures = []
    ref_graph = oracle.ask(root, [{"q": "graph"}])[1][0]

    # graph: heads, real heads, bases, labels, history order
    graph = strata_batch(cli, root, [["graph"]])[0]
    if "error" in graph or "error" in ref_graph:
        if "error" in graph and "error" in ref_graph:
            return [], 1
        return [f"graph: Alembic {ref_graph} != Strata {graph}"], 1
    rg = ref_graph["ok"]
    g = graph["ok"]
    checks = 0
    for name, ref, got in [
        ("heads", rg["heads"], g["heads"]),
        ("real heads", rg["real_heads"], g["real_heads"]),
        ("bases", rg["bases"], g["bases"]),
        ("history", rg["history"], [r["id"] for r in g["revisions"]]),
    ]:
        checks += 1
        if ref != got:
            failures.append(f"{name}: Alembic {ref} != Strata {got}")
    ref_labels = rg["labels"]
    got_labels = {r["id"]: r["branch_labels"] for r in g["revisions"]}
    checks += 1
    if ref_labels != got_labels:
        diff = {k: (ref_labels.get(k), got_labels.get(k)) for k in ref_labels if ref_labels.get(k) != got_labels.get(k)}
        failures.append(f"branch labels differ (alembic, strata): {diff}")

    # The questions, then Alembic's answers to all of them in one request.
    questions = []  # (name, oracle question, strata-cli arguments, extract)

    # specifiers
    specs = ["head", "heads", "base", "-1", "-2", "+1", "heads-1"]
    for rid in rng.sample(revs, min(4, len(revs))):
        specs += [rid, rid[: rng.randint(3, 6)], rid + "+1", rid + "-1", rid + "+2"]
    for lab in labels:
        specs += [f"{lab}@head", f"{lab}@base", f"{lab}@-1", f"{lab}@+1", f"{lab}@{rng.choice(revs)[:6]}", lab]
    for spec in specs:
        questions.append((f"resolve {spec!r}", {"q": "resolve", "spec": spec}, ["resolve", "--", spec],
                          lambda d: d["revisions"]))

    # history ranges (between ids without ':', the range's separator)
    plain = [r for r in revs if ":" not in r] or ["base"]
    for _ in range(4):
        a = rng.choice(["", "base", rng.choice(plain), rng.choice(plain)[:5]])
        b = rng.choice(["", "heads", "head", rng.choice(plain)])
        rng_spec = f"{a}:{b}"
        questions.append((f"history -r {rng_spec}", {"q": "history", "base": a, "head": b},
                          ["history", "-r", rng_spec], lambda d: [r["id"] for r in d["revisions"]]))

    # plans from a random current state
    for _ in range(6):
        k = rng.random()
        if k < 0.2:
            current = ()
        elif k < 0.7:
            current = (rng.choice(revs),)
        else:
            current = tuple(rng.sample(list(rg["heads"]), min(2, len(rg["heads"]))))
        targets = ["head", "heads", "base", "+1", "-1", rng.choice(revs), rng.choice(revs)[:5]]
        targets += [f"{lab}@head" for lab in labels[:2]]
        for target in rng.sample(targets, 3):
            cur = ",".join(current)
            steps = lambda d: [s["revision"] for s in d["steps"]]  # noqa: E731
            questions.append((f"upgrade from {current} to {target!r}",
                              {"q": "upgrade", "target": target, "current": list(current)},
                              ["plan", "--from", cur, "--", target], steps))
            questions.append((f"downgrade from {current} to {target!r}",
                              {"q": "downgrade", "target": target, "current": list(current)},
                              ["plan", "--downgrade", "--from", cur, "--", target], steps))

    _, answers = oracle.ask(root, [q for _, q, _, _ in questions])
    got = strata_batch(cli, root, [args for _, _, args, _ in questions])
    for (name, _, args, extract), ref, mine in zip(questions, answers, got):
        checks += 1
        compare(name, ref, mine, failures, extract)
    return failures, checks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--projects", type=int, default=int(os.environ.get("STRATA_DIFF_PROJECTS", "80")))
    ap.add_argument("--seed", type=int, default=int(os.environ.get("STRATA_DIFF_SEED", "20261121")))
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    passed = failed = 0
    total_checks = 0
    oracle = Oracle(os.environ.get("STRATA_TEST_BRIDGE_PYTHON", "/usr/bin/python3"))
    print(f"Alembic {oracle.version}")
    ALEMBIC_VERSION[:] = ["--alembic-version", oracle.version]
    for i in range(args.projects):
        rng = random.Random(args.seed * 1000 + i)
        root = tempfile.mkdtemp(prefix=f"strata-diff-{i}-")
        revs, labels = make_project(root, rng)
        failures, checks = check_project(oracle, args.cli, root, rng, revs, labels)
        total_checks += checks
        if failures:
            failed += 1
            print(f"Alembic {oracle.version}: project {i} (seed {args.seed}, kept at {root}): "
                  f"{len(failures)} disagreement(s)")
            for f in failures[:15]:
                print("   ", f)
        else:
            passed += 1
            if not args.keep:
                shutil.rmtree(root)
    oracle.close()
    print(f"Alembic {oracle.version}: {total_checks} comparisons over {args.projects} projects")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
