"""Precision and recall of each check on the labelled corpus (tests/corpus/).

    python benchmarks/check_quality.py          # the table
    python benchmarks/check_quality.py --json   # one JSON object on the last line

precision: the share of a check's findings (any severity) that name a labelled contradiction;
error precision: the same for its *error* findings (a false error costs the user's trust);
recall: the share of its labelled contradictions found at the labelled severity.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.evaluate import LABELS, Quality, evaluate_corpus, quality_by_code  # noqa: E402


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _judged(q: Quality) -> bool:
    """Labels name contradictions: the narrative checks and every check that can say 'error'."""
    return q.code.startswith("text_") or q.labelled > 0 or q.errors > 0


def main(argv: list[str]) -> None:
    outcomes = evaluate_corpus()
    table = quality_by_code(outcomes)
    reports = len(LABELS)
    labelled = sum(len(v) for v in LABELS.values())
    if "--json" not in argv:
        print(f"corpus: {reports} reports ({sum(n.startswith('real-') for n in LABELS)} published, "
              f"{sum(n.startswith('user-') for n in LABELS)} user-written, "
              f"{sum(n.startswith('holdout-') for n in LABELS)} held out, "
              f"{sum(n.startswith('verdict-') for n in LABELS)} on verdicts), "
              f"{labelled} labelled contradictions")
        print(f"{'check':28} {'labels':>6} {'found':>5} {'recall':>6} {'findings':>8} {'precision':>9} "
              f"{'errors':>6} {'false err':>9} {'err prec':>8}")
        for q in table.values():
            if not _judged(q):
                continue
            print(f"{q.code:28} {q.labelled:6} {q.found:5} {_pct(q.recall):>6} {q.findings:8} "
                  f"{_pct(q.precision):>9} {q.errors:6} {q.false_errors:9} {_pct(q.error_precision):>8}")
        others = ", ".join(f"{q.code} {q.findings}" for q in table.values() if not _judged(q))
        print(f"not judged (advice on the table, not contradictions; findings): {others}")
        for o in outcomes:
            for f in o.false_errors:
                print(f"  false error in {o.name}: {f.code} {f.where} {f.message.text()}")
            for label in o.missed:
                print(f"  missed in {o.name}: {label['code']} {label['where']} {label.get('says', '')}")
    errors = _error_quality(outcomes)
    if "--json" not in argv:
        for scope, e in errors.items():
            print(f"error findings ({scope}): {e['labelled']} labelled errors, {e['found']} found "
                  f"(recall {_pct(e['recall'])}); {e['errors']} error findings, {e['false']} false "
                  f"(precision {_pct(e['precision'])})")
    summary = {q.code: {"labelled": q.labelled, "found": q.found, "recall": q.recall,
                        "findings": q.findings, "precision": q.precision, "errors": q.errors,
                        "false_errors": q.false_errors} for q in table.values() if _judged(q)}
    print(json.dumps({"check_quality": summary, "errors": errors}, ensure_ascii=False))


def _error_quality(outcomes: list) -> dict[str, dict]:  # type: ignore[type-arg]
    """Precision and recall of the error findings, over the corpus and over its real forms."""
    result = {}
    for scope, chosen in (("all", outcomes), ("published forms", [o for o in outcomes
                                                                if o.name.startswith("real-")])):
        labelled = [lb for o in chosen for lb in o.labels if lb.get("severity", "error") == "error"]
        found = [lb for o in chosen for lb in o.found if lb.get("severity", "error") == "error"]
        errors = [f for o in chosen for f in o.findings if f.severity == "error"]
        false = [f for o in chosen for f in o.false_errors]
        result[scope] = {"labelled": len(labelled), "found": len(found), "errors": len(errors),
                         "false": len(false),
                         "recall": len(found) / len(labelled) if labelled else None,
                         "precision": (len(errors) - len(false)) / len(errors) if errors else None}
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
