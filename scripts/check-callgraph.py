#!/usr/bin/env python3
"""Check that libaloud's call graph between source files has no cycle.

Reads src/<stage>/*.c, finds which file defines each shared function
(al_* and aloud_*), and which files each file calls into. A cycle between
files (a.c calls b.c, which calls back into a.c) is reported with its
path and makes the check fail: the pipeline must read as a tree.

    scripts/check-callgraph.py [SRC_DIR]      # default: src next to this script
    scripts/check-callgraph.py --dot          # print the graph (Graphviz)
"""
import os
import re
import sys

DEF = re.compile(r'^(?:[A-Za-z_][\w \*]*?[\s\*])?((?:al|aloud)_\w+)\s*\([^;]*$', re.M)
CALL = re.compile(r'\b((?:al|aloud)_\w+)\s*\(')
COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\])*"', re.S)


def read(path):
    with open(path, encoding='utf-8') as f:
        return COMMENT.sub(' ', f.read())


def main(argv):
    dot = '--dot' in argv
    args = [a for a in argv if a != '--dot']
    src = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src')
    files = {}
    for stage in sorted(os.listdir(src)):
        d = os.path.join(src, stage)
        if not os.path.isdir(d) or stage == 'cli':
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith('.c'):
                files[f'{stage}/{name}'] = read(os.path.join(d, name))
    owner = {}
    for f, text in files.items():
        for m in DEF.finditer(text):
            line = text[m.start():text.find('\n', m.start())]
            if not line.startswith('static') and line.rstrip().endswith(')'):
                owner[m.group(1)] = f
    edges = {f: set() for f in files}
    for f, text in files.items():
        for m in CALL.finditer(text):
            g = owner.get(m.group(1))
            if g and g != f:
                edges[f].add(g)
    if dot:
        print('digraph aloud {')
        for f in sorted(edges):
            for g in sorted(edges[f]):
                print(f'  "{f}" -> "{g}";')
        print('}')
    # depth-first search for a back edge
    state, stack, cycles = {}, [], []

    def visit(f):
        state[f] = 1
        stack.append(f)
        for g in sorted(edges[f]):
            if state.get(g) == 1:
                cycles.append(stack[stack.index(g):] + [g])
            elif not state.get(g):
                visit(g)
        stack.pop()
        state[f] = 2

    for f in sorted(files):
        if not state.get(f):
            visit(f)
    for c in cycles:
        print('cycle: ' + ' -> '.join(c), file=sys.stderr)
    if not dot:
        print(f'{len(files)} files, {sum(len(e) for e in edges.values())} calls between files, '
              f'{len(cycles)} cycles')
    return 1 if cycles else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
