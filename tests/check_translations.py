#!/usr/bin/python3
"""Every shipped language has every user-visible message of the program,
translated: lupdate reads the sources into a copy of each catalogue, and any
message that is new there (missing) or unfinished fails the test, named with
its context and source text.

usage: check_translations.py LUPDATE SOURCE_DIR [--update]
  --update: bring the catalogues themselves up to date (make translations)
"""

# Where the program's messages are: the desktop program, and the core's
# sentences it shows (QCoreApplication::translate; strata-cli stays English).
SOURCES = ["src/gui", "src/app", "forms", "src/core/diagnose", "src/core/revision/RevisionGraph.cpp", "src/core/state", "src/core/project", "src/core/revision/HeaderParser.cpp", "src/core/lint", "src/core/services", "src/core/connection", "src/core/schema", "src/core/run", "src/core/dialect", "src/core/locks"]

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    sources = [os.path.join(root, s) for s in SOURCES]
    catalogues = sorted(glob.glob(os.path.join(root, "translations", "strata_*.ts")))
    if "--update" in sys.argv[3:]:
        for ts in catalogues:
            subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", ts], check=True)
        return 0
    if not catalogues:
        print("no catalogues under translations/")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in catalogues:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            p = subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", copy], capture_output=True, text=True)
            if p.returncode != 0:
                print(f"lupdate failed on {ts}: {p.stderr}")
                return 1
            tree = ET.parse(copy)
            missing = []
            for ctx in tree.getroot().findall("context"):
                name = ctx.find("name").text
                for m in ctx.findall("message"):
                    tr = m.find("translation")
                    if tr is not None and tr.get("type") == "unfinished":
                        missing.append(f"{name}: {m.find('source').text!r}")
            lang = os.path.basename(ts)
            total = sum(len(c.findall("message")) for c in tree.getroot().findall("context"))
            if missing:
                failures += 1
                print(f"{lang}: {len(missing)} of {total} message(s) missing or unfinished "
                      f"(run lupdate, then translate them):")
                for line in missing[:50]:
                    print("  " + line)
            else:
                print(f"{lang}: all {total} messages translated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
