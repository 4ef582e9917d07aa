#!/bin/sh
# Mutation check of the test suite: does a deliberate bug make a test fail?
#
#   scripts/mutate.sh [WORK_DIR]
#
# Copies the source tree to a scratch directory (WORK_DIR, kept for
# inspection; by default a new directory under ${TMPDIR:-/tmp}, removed at
# the end). The real tree is never touched. Builds the copy once and runs
# every mutant's tests on it (they must pass). Then, for each mutant below:
# edits one file of the copy with sed, builds it in a fresh copy of that
# first build (so that only the mutated file is compiled again), runs the
# tests that must notice, and restores the file.
#
# Exit status 0 when every mutant is caught; 1 when one survives (its
# tests pass with the bug in) or a mutation no longer applies to the
# source (update it here); 2 when the unmutated copy fails to build or
# fails its tests.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

if [ $# -gt 0 ]; then
    mkdir -p "$1"
    work=$(cd "$1" && pwd)
    keep=1
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/aloud-mutate.XXXXXX")
    keep=0
fi
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the mutants ---------------------------------------------------------------
# name @ file @ sed script (must change the file) @ ctest -R regex of the
# tests that must notice. The first three are bugs the tests once let
# through (issue 15); the others guard what the tests were tightened for.
mutants() {
    cat <<'END'
html-not-escaped@src/article/render.c@/case '&': al_buf_puts(out, "&amp;"); break;/d; /case '<': al_buf_puts(out, "&lt;"); break;/d@^hostile[.]html_markup_in_text$
byline-is-site-name@src/page/meta.c@s/set_byline(m, dom, meta_content(dom, "author"));/set_once(\&m->byline, m->site_name ? m->site_name : meta_content(dom, "author"));/@^golden[.]byline-not-site-name$
events-controls-raw@src/cli/play.c@s/else if (c < 0x20 || c == 0x7f)/else if (0)/@^player_events_json$
escape-sequences-kept@src/util/text.c@s/if (p\[i\] == 0x1B) {/if (0) {/@^(hostile[.]escapes|player_events_controls)$
date-invented@src/page/meta.c@s/set_once(&m->published, iso);/set_once(\&m->published, iso ? iso : "2001-01-01");/@^golden[.](docs-page|tutorial-code)$
digest-keeps-byline@src/article/article.c@s/if (a->digest) {/if (0) {/@^golden[.](news-front-digest|de-blog-index)$
nbsp-not-space@src/util/text.c@s/c == 0xA0 || c == 0x1680/c == 0x1680/@^units$
END
}

# ---- a scratch copy and its first build ------------------------------------------
src=$work/src
build=$work/build
echo "== Copying the source tree to $src"
rm -rf "$src" "$build" "$work/build-base"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # the tracked files and the new ones, as they are in the working tree
    git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -C "$src" -xf -
else
    tar --exclude='./build*' --exclude=./.git -cf - . | tar -C "$src" -xf -
fi

echo "== Building the unmutated copy"
targets="aloud_cli test_events_json test_units"
nice cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$work/configure.log" 2>&1 ||
    { cat "$work/configure.log"; exit 2; }
# shellcheck disable=SC2086
nice cmake --build "$build" -j"$jobs" --target $targets >"$work/build.log" 2>&1 ||
    { tail -40 "$work/build.log"; exit 2; }

all=$(mutants | cut -d@ -f4 | paste -sd'|' -)
echo "== The mutants' tests on the unmutated copy"
if ! ctest --test-dir "$build" -R "$all" -j"$jobs" --timeout 300 >"$work/base-tests.log" 2>&1; then
    cat "$work/base-tests.log"
    echo "mutate: the tests fail without any mutation: fix that first" >&2
    exit 2
fi
# Each mutant starts from a copy of this build at the same path (build
# files hold absolute paths).
mv "$build" "$work/build-base"

# ---- each mutant -------------------------------------------------------------
echo "== Mutants"
survived=0 stale=0 n=0
mutants >"$work/mutants"
while IFS=@ read -r name file expr tests; do
    n=$((n + 1))
    cp -p "$src/$file" "$work/pristine"
    sed -e "$expr" "$work/pristine" >"$src/$file"
    if cmp -s "$work/pristine" "$src/$file"; then
        echo "STALE    $name: the edit no longer applies to $file; update scripts/mutate.sh"
        stale=$((stale + 1))
        cp -p "$work/pristine" "$src/$file"
        continue
    fi
    cp -a "$work/build-base" "$build"
    log=$work/$name
    # shellcheck disable=SC2086
    if ! nice cmake --build "$build" -j"$jobs" --target $targets >"$log.build.log" 2>&1 </dev/null; then
        echo "caught   $name ($file): does not compile"
    elif ctest --test-dir "$build" -R "$tests" -j"$jobs" --timeout 300 >"$log.tests.log" 2>&1 </dev/null; then
        echo "SURVIVED $name ($file): no test of $tests fails"
        survived=$((survived + 1))
    else
        failed=$(sed -n 's/^[[:space:]]*[0-9]* - \([^ ]*\) .*/\1/p' "$log.tests.log" | paste -sd' ' -)
        echo "caught   $name ($file) by $failed"
    fi
    # Back to the unmutated file with its old time stamp: the next copy of
    # the first build does not compile it again.
    cp -p "$work/pristine" "$src/$file"
    if [ "$keep" = 1 ]; then
        rm -rf "$work/build-$name"
        mv "$build" "$work/build-$name"
    else
        rm -rf "$build"
    fi
done <"$work/mutants"

echo "$n mutants: $((n - survived - stale)) caught, $survived survived, $stale stale"
[ "$survived" -eq 0 ] && [ "$stale" -eq 0 ]
