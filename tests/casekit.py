"""The harness of the case-based test scripts (test_export_formats.py,
test_export_cover.py): check() counts what holds and says what does not;
main() lists the cases (--list, for CMake's one test per case) or runs the
named ones, each in a temporary directory of its own, removed after.

    script.py --list
    script.py ALOUD [CASE ...]
"""
import os
import shutil
import sys
import tempfile

failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def main(cases, prefix, set_aloud):
    """Run CASES (name -> function of a temporary directory) as the
    command line asks; SET_ALOUD receives the aloud binary's path."""
    if sys.argv[1:] == ["--list"]:
        print("\n".join(cases))
        return 0
    set_aloud(os.path.abspath(sys.argv[1]))
    for name in sys.argv[2:] or list(cases):
        tmp = tempfile.mkdtemp(prefix=prefix)
        try:
            cases[name](tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0
