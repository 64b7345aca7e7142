"""Operator mutation run over the scoring core: do the tests notice a wrong operator?

Applies one operator mutant at a time — comparison (``<``↔``<=``, ``>``↔``>=``, ``==``↔``!=``),
arithmetic (``+``↔``-``, ``*``↔``/``, also in ``+=``/``-=``) and boolean (``and``↔``or``) — to
the scoring core, runs ``tests/core`` and ``tests/cli`` against it with a time limit, and prints
the kill rate and the survivors. Not part of CI: a full run takes minutes.

    python benchmarks/mutation.py                    # every mutant, 2 processes
    python benchmarks/mutation.py --list             # only list the mutants
    python benchmarks/mutation.py --only values.py   # the mutants of one file

Each worker tests on its own copy of the checkout (in a temporary folder): the working files
are never touched. ``+`` between strings (regex and text building) is concatenation, not
arithmetic, and is not mutated. Survivors judged equivalent (no test could tell them apart:
the program behaves the same) are listed with the reason in ``mutation_equivalent.txt``
beside this script; the rate over the non-equivalent mutants is printed too.
"""

from __future__ import annotations

import argparse
import ast
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "perfeval_gui"
TARGETS = [
    "perfeval_gui/core/scoring.py",
    "perfeval_gui/core/values.py",
    "perfeval_gui/core/deadlines.py",
    "perfeval_gui/core/placeholders.py",
    "perfeval_gui/core/profiles.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "perfeval_gui/core/checks").glob("*.py")),
]
# the quick, pointed tests first: with -x a mutant they catch costs seconds (pytest drops the
# files named twice)
TESTS = ["tests/core/test_boundaries.py", "tests/core/test_scoring.py", "tests/core/test_values.py",
         "tests/core/test_placeholders.py", "tests/core/test_checks.py", "tests/core/test_profiles.py",
         "tests/core", "tests/cli"]
EQUIVALENT_FILE = Path(__file__).with_name("mutation_equivalent.txt")
COPIED = [PACKAGE, "tests", "resources", "i18n", "packaging", "pyproject.toml"]

SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.And: ast.Or, ast.Or: ast.And,
}
SYMBOL = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.And: "and", ast.Or: "or",
}


@dataclass(frozen=True)
class Mutant:
    path: str
    line: int  # 1-based
    column: int  # character offset of the operator in its line
    old: str
    new: str
    source_line: str

    @property
    def key(self) -> str:
        """Names the mutant across edits elsewhere in the file: the line's text, not its number."""
        return f"{self.path}|{self.source_line.strip()}|{self.column}|{self.old}->{self.new}"

    def label(self) -> str:
        return f"{self.path}:{self.line}: {self.old} -> {self.new}   {self.source_line.strip()}"

    def apply(self, text: str) -> str:
        lines = text.splitlines(keepends=True)
        line = lines[self.line - 1]
        assert line[self.column:self.column + len(self.old)] == self.old, self
        lines[self.line - 1] = line[: self.column] + self.new + line[self.column + len(self.old):]
        return "".join(lines)


def _char_column(line: str, byte_offset: int) -> int:
    """AST columns count UTF-8 bytes; the source is full of Chinese."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8"))


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _builds_text(node: ast.AST) -> bool:
    """A '+' chain with a string in it: `_YEAR + r"..." + _BEFORE` concatenates text."""
    if _is_text(node):
        return True
    return (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
            and (_builds_text(node.left) or _builds_text(node.right)))


def _text_concatenations(tree: ast.AST) -> set[int]:
    """The '+' nodes that join text (every link of such a chain), by id."""
    found: set[int] = set()

    def mark(node: ast.AST) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            found.add(id(node))
            mark(node.left)
            mark(node.right)

    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and _builds_text(node):
            mark(node)
    return found


def _gaps(node: ast.AST, text_joins: set[int]) -> list[tuple[type, ast.AST, ast.AST]]:
    """(operator, node before it, node after it) for every mutable operator of a node."""
    if isinstance(node, ast.Compare):
        operands = [node.left, *node.comparators]
        return [(type(op), operands[i], operands[i + 1]) for i, op in enumerate(node.ops)]
    if isinstance(node, ast.BinOp):
        if id(node) in text_joins:
            return []  # concatenation of text, not arithmetic
        return [(type(node.op), node.left, node.right)]
    if isinstance(node, ast.AugAssign):
        return [(type(node.op), node.target, node.value)]
    if isinstance(node, ast.BoolOp):
        return [(type(node.op), node.values[i], node.values[i + 1]) for i in range(len(node.values) - 1)]
    return []


def _find_operator(lines: list[str], before: ast.AST, after: ast.AST, symbol: str,
                   augmented: bool) -> tuple[int, int] | None:
    """(line, column) of the operator written between two operands."""
    line_no = before.end_lineno or before.lineno
    start = _char_column(lines[line_no - 1], before.end_col_offset or 0)
    end_line = after.lineno
    written = symbol + "=" if augmented else symbol
    while line_no <= end_line:
        text = lines[line_no - 1]
        stop = _char_column(text, after.col_offset) if line_no == end_line else len(text)
        segment = text[start:stop].split("#", 1)[0]
        at = _token_in(segment, written)
        if at is not None:
            return line_no, start + at
        line_no, start = line_no + 1, 0
    return None


def _token_in(segment: str, written: str) -> int | None:
    at = segment.find(written)
    while at >= 0:
        after = segment[at + len(written): at + len(written) + 1]
        before = segment[at - 1: at] if at else ""
        if written.isalpha():
            ok = not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
        else:
            # '<' must not be the start of '<=' or '<<', '*' not of '**', '/' not of '//'
            ok = after not in ("=", written[-1]) or written in ("==", "!=", "<=", ">=")
            ok = ok and before not in ("<", ">", "=", "!", "*", "/")
        if ok:
            return at
        at = segment.find(written, at + 1)
    return None


def mutants_of(path: str) -> list[Mutant]:
    text = (ROOT / path).read_text(encoding="utf-8")
    lines = text.splitlines()
    found: list[Mutant] = []
    tree = ast.parse(text)
    text_joins = _text_concatenations(tree)
    for node in ast.walk(tree):
        for op, before, after in _gaps(node, text_joins):
            swap = SWAPS.get(op)
            if swap is None:
                continue
            augmented = isinstance(node, ast.AugAssign)
            place = _find_operator(lines, before, after, SYMBOL[op], augmented)
            if place is None:
                raise SystemExit(f"{path}: operator {SYMBOL[op]} not found near line {before.lineno}")
            line, column = place
            old, new = SYMBOL[op], SYMBOL[swap]
            found.append(Mutant(path, line, column, old, new, lines[line - 1]))
    return sorted(set(found), key=lambda m: (m.path, m.line, m.column))


def _copy_checkout(into: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.exists():
            shutil.copy2(source, into / name)


def _run_tests(copy: Path, timeout: float) -> str:
    """'killed', 'survived' or 'timeout' for the copy as it now is."""
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-p", "no:randomly", *TESTS]
    try:
        done = subprocess.run(command, cwd=copy, env=env, capture_output=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "survived" if done.returncode == 0 else "killed"


def _worker(copy: Path, jobs: queue.Queue, results: dict, timeout: float, lock: threading.Lock,
            total: int) -> None:
    while True:
        try:
            mutant = jobs.get_nowait()
        except queue.Empty:
            return
        target = copy / mutant.path
        original = target.read_text(encoding="utf-8")
        target.write_text(mutant.apply(original), encoding="utf-8")
        started = time.monotonic()
        try:
            outcome = _run_tests(copy, timeout)
        finally:
            target.write_text(original, encoding="utf-8")
        with lock:
            results[mutant] = outcome
            print(f"[{len(results)}/{total}] {outcome:8} {time.monotonic() - started:5.1f}s  "
                  f"{mutant.label()}", flush=True)


def read_equivalent() -> dict[str, str]:
    """Survivors judged equivalent: key → reason (lines 'key  # reason')."""
    if not EQUIVALENT_FILE.exists():
        return {}
    judged = {}
    for line in EQUIVALENT_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, reason = line.partition("  # ")
            judged[key.strip()] = reason.strip()
    return judged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2, help="parallel test processes (default 2)")
    parser.add_argument("--timeout", type=float, default=180, help="seconds per mutant (default 180)")
    parser.add_argument("--only", action="append", default=[], help="mutate only files ending so")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    args = parser.parse_args(argv)

    targets = [t for t in TARGETS if not args.only or any(t.endswith(o) for o in args.only)]
    mutants = [m for t in targets for m in mutants_of(t)]
    if args.list:
        for m in mutants:
            print(m.label())
        print(f"{len(mutants)} mutants")
        return 0

    # a plain `kill` still removes the copies (the temporary folder's context exits)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    with tempfile.TemporaryDirectory(prefix="perfeval-mutation-") as tmp:
        copies = [Path(tmp) / f"w{i}" for i in range(max(1, args.jobs))]
        for copy in copies:
            _copy_checkout(copy)
        baseline = _run_tests(copies[0], args.timeout * 2)
        if baseline != "survived":
            print(f"the unmutated tests do not pass in the copy ({baseline}): nothing to measure")
            return 1
        jobs: queue.Queue = queue.Queue()
        for m in mutants:
            jobs.put(m)
        results: dict[Mutant, str] = {}
        lock = threading.Lock()
        started = time.monotonic()
        threads = [threading.Thread(target=_worker, args=(c, jobs, results, args.timeout, lock,
                                                          len(mutants)), daemon=True)
                   for c in copies]
        for t in threads:
            t.start()
        for t in threads:
            while t.is_alive():
                t.join(timeout=1)  # wakes up for signals

    judged = read_equivalent()  # read after the run: survivors may be judged while it runs
    survivors = [m for m in mutants if results[m] == "survived"]
    equivalent = [m for m in survivors if m.key in judged]
    live = [m for m in survivors if m.key not in judged]
    timeouts = sum(1 for m in mutants if results[m] == "timeout")
    killed = len(mutants) - len(survivors)
    considered = len(mutants) - len(equivalent)
    print(f"\n{len(mutants)} mutants in {time.monotonic() - started:.0f}s: {killed} killed "
          f"({timeouts} by the time limit), {len(survivors)} survived")
    print(f"kill rate: {killed / len(mutants):.1%} of all mutants; "
          f"{killed / considered if considered else 1:.1%} of the {considered} non-equivalent")
    if equivalent:
        print("\nsurvivors judged equivalent:")
        for m in equivalent:
            print(f"  {m.label()}\n      because {judged[m.key]}")
    if live:
        print("\nsurvivors:")
        for m in live:
            print(f"  {m.label()}\n      key: {m.key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
