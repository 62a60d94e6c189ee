#!/usr/bin/python3
"""Differential test: Strata's static revision engine against the real Alembic.

Generates many random Alembic projects (branches, merges, several bases,
branch labels, depends_on, every header syntax Strata claims to read), asks
Alembic (python3-alembic) and `strata-cli --json` the same questions, and
compares: heads, real heads, bases, effective branch labels, history order,
history ranges, specifier resolution, and upgrade/downgrade plans.

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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import alembic_reference  # noqa: E402

alembic_reference.install()

from alembic.config import Config  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402

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


def write_config(root, rng):
    """alembic.ini, and sometimes the configuration cases where readers go
    wrong: an empty version_locations (unset for Alembic), booleans other
    than the exact word 'true' (false for Alembic) with a revision in a
    sub-directory that recursion would load, and a pyproject.toml whose
    [tool.alembic] script_location the ini's shadows (a decoy project there)."""
    lines = ["[alembic]", "script_location = %(here)s/migrations"]
    if rng.random() < 0.3:
        lines.append("version_locations =")
    if rng.random() < 0.3:
        lines.append("recursive_version_locations = " + rng.choice(["True", "TRUE", "1", "yes", "on"]))
        sub = os.path.join(root, "migrations", "versions", "sub")
        os.makedirs(sub)
        with open(os.path.join(sub, "zz_hidden.py"), "w") as f:
            f.write('revision = "hiddenrev0001"\ndown_revision = None\n')
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

    def new_id():
        while True:
            if rng.random() < 0.25:
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


def reference(root):
    cfg = Config(os.path.join(root, "alembic.ini"))
    return ScriptDirectory.from_config(cfg)


def ids(revs):
    return [r.revision if r is not None and not isinstance(r, str) else "base" for r in revs]


def ref_answer(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # any refusal counts as an error answer
        return {"error": type(e).__name__ + ": " + str(e)}


def strata(cli, root, *args):
    p = subprocess.run([cli, "--json", "--project", root, *args], capture_output=True, text=True, timeout=60)
    try:
        doc = json.loads(p.stdout) if p.stdout.strip() else {}
    except json.JSONDecodeError:
        raise AssertionError(f"strata-cli printed invalid JSON for {args}: {p.stdout[:500]}")
    if "error" in doc:
        return {"error": doc["error"]["message"]}
    if p.returncode not in (0, 1):
        raise AssertionError(f"strata-cli {args} exited {p.returncode} without an error document: {p.stderr}")
    return {"ok": doc}


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


def check_project(cli, root, rng, revs, labels):
    failures = []
    sd = reference(root)
    rm = sd.revision_map

    # graph: heads, real heads, bases, labels, history order
    graph = strata(cli, root, "graph")
    if "error" in graph:
        return [f"graph refused: {graph['error']}"], 0
    g = graph["ok"]
    checks = 0
    for name, ref, got in [
        ("heads", list(rm.heads), g["heads"]),
        ("real heads", list(rm._real_heads), g["real_heads"]),
        ("bases", list(rm.bases), g["bases"]),
        ("history", [r.revision for r in sd.walk_revisions()], [r["id"] for r in g["revisions"]]),
    ]:
        checks += 1
        if ref != got:
            failures.append(f"{name}: Alembic {ref} != Strata {got}")
    ref_labels = {r.revision: sorted(r.branch_labels) for r in sd.walk_revisions()}
    got_labels = {r["id"]: r["branch_labels"] for r in g["revisions"]}
    checks += 1
    if ref_labels != got_labels:
        diff = {k: (ref_labels.get(k), got_labels.get(k)) for k in ref_labels if ref_labels.get(k) != got_labels.get(k)}
        failures.append(f"branch labels differ (alembic, strata): {diff}")

    # specifiers
    specs = ["head", "heads", "base", "-1", "-2", "+1", "heads-1"]
    for rid in rng.sample(revs, min(4, len(revs))):
        specs += [rid, rid[: rng.randint(3, 6)], rid + "+1", rid + "-1", rid + "+2"]
    for lab in labels:
        specs += [f"{lab}@head", f"{lab}@base", f"{lab}@-1", f"{lab}@+1", f"{lab}@{rng.choice(revs)[:6]}", lab]
    for spec in specs:
        checks += 1
        compare(f"resolve {spec!r}", ref_answer(lambda: ids(rm.get_revisions(spec))),
                strata(cli, root, "resolve", "--", spec), failures, lambda d: d["revisions"])

    # history ranges
    for _ in range(4):
        a = rng.choice(["", "base", rng.choice(revs), rng.choice(revs)[:5]])
        b = rng.choice(["", "heads", "head", rng.choice(revs)])
        rng_spec = f"{a}:{b}"
        checks += 1
        compare(f"history -r {rng_spec}",
                ref_answer(lambda: [r.revision for r in sd.walk_revisions(base=a or "base", head=b or "heads")]),
                strata(cli, root, "history", "-r", rng_spec), failures, lambda d: [r["id"] for r in d["revisions"]])

    # plans from a random current state
    for _ in range(6):
        k = rng.random()
        if k < 0.2:
            current = ()
        elif k < 0.7:
            current = (rng.choice(revs),)
        else:
            current = tuple(rng.sample(list(rm.heads), min(2, len(rm.heads))))
        targets = ["head", "heads", "base", "+1", "-1", rng.choice(revs), rng.choice(revs)[:5]]
        targets += [f"{lab}@head" for lab in labels[:2]]
        for target in rng.sample(targets, 3):
            cur = ",".join(current)
            checks += 2
            compare(f"upgrade from {current} to {target!r}",
                    ref_answer(lambda: [s.revision.revision for s in sd._upgrade_revs(target, current)]),
                    strata(cli, root, "plan", "--from", cur, "--", target), failures,
                    lambda d: [s["revision"] for s in d["steps"]])
            compare(f"downgrade from {current} to {target!r}",
                    ref_answer(lambda: [s.revision.revision for s in sd._downgrade_revs(target, current)]),
                    strata(cli, root, "plan", "--downgrade", "--from", cur, "--", target), failures,
                    lambda d: [s["revision"] for s in d["steps"]])
    return failures, checks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--projects", type=int, default=int(os.environ.get("STRATA_DIFF_PROJECTS", "40")))
    ap.add_argument("--seed", type=int, default=int(os.environ.get("STRATA_DIFF_SEED", "20261121")))
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    passed = failed = 0
    total_checks = 0
    for i in range(args.projects):
        rng = random.Random(args.seed * 1000 + i)
        root = tempfile.mkdtemp(prefix=f"strata-diff-{i}-")
        revs, labels = make_project(root, rng)
        failures, checks = check_project(args.cli, root, rng, revs, labels)
        total_checks += checks
        if failures:
            failed += 1
            print(f"project {i} (seed {args.seed}, kept at {root}): {len(failures)} disagreement(s)")
            for f in failures[:15]:
                print("   ", f)
        else:
            passed += 1
            if not args.keep:
                shutil.rmtree(root)
    print(f"{total_checks} comparisons over {args.projects} projects")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
