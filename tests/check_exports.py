#!/usr/bin/env python3
"""check_exports.py NM LIBRARY: the dynamic symbols LIBRARY defines are
aloud_* and the linker's own (_init, _fini, _edata, _end, __bss_start);
anything else is a private symbol leaking (hidden visibility missed) or an
override of another library's (a libc function defined here)."""
import subprocess
import sys

LINKER = {"_init", "_fini", "_edata", "_end", "__bss_start"}

nm, lib = sys.argv[1], sys.argv[2]
out = subprocess.run([nm, "-D", "--defined-only", lib], check=True,
                     capture_output=True, text=True).stdout
names = [line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()]
bad = sorted(n for n in names if not n.startswith("aloud_") and n not in LINKER)
if not any(n.startswith("aloud_") for n in names):
    print("%s: no aloud_* symbol defined: not the library?" % lib)
    sys.exit(1)
if bad:
    print("%s exports symbols outside its API:\n  %s" % (lib, "\n  ".join(bad)))
    sys.exit(1)
print("%d symbols, all aloud_*" % len(names))
