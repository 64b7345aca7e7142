"""The checks against the hand-labelled corpus: which labels they find, which errors are false.

A finding matches a label when it has the label's code and field path, and its Chinese message
contains the label's ``says`` where one is given. An error label counts as found only by an
*error* finding (demoting a contradiction to a warning does not find it); a warning label is
found by a finding of any severity.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from perfeval_gui.core.checks import ERROR, Finding, run_checks
from perfeval_gui.core.interchange import read_report_file
from perfeval_gui.core.model import Report
from perfeval_gui.core.profiles import ProfileLibrary

CORPUS = Path(__file__).resolve().parent
LABELS = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def corpus() -> Iterator[tuple[str, Report, list[dict]]]:
    for name, labels in LABELS.items():
        yield name, read_report_file(CORPUS / "reports" / name), labels


def matches(finding: Finding, label: dict) -> bool:
    return (finding.code == label["code"] and finding.where == label["where"]
            and label.get("says", "") in finding.message.text("zh"))


@dataclass
class Outcome:
    name: str
    findings: list[Finding]
    labels: list[dict]
    found: list[dict] = field(default_factory=list)  # labels found at their severity
    missed: list[dict] = field(default_factory=list)
    false_errors: list[Finding] = field(default_factory=list)
    unlabelled: list[Finding] = field(default_factory=list)  # findings (any severity) of no label


def evaluate(name: str, report: Report, labels: list[dict], library: ProfileLibrary) -> Outcome:
    findings = run_checks(report, library.get(report.profile))
    outcome = Outcome(name, findings, labels)
    for label in labels:
        strict = label.get("severity", ERROR) == ERROR
        if any(matches(f, label) and (f.severity == ERROR or not strict) for f in findings):
            outcome.found.append(label)
        else:
            outcome.missed.append(label)
    for f in findings:
        if not any(matches(f, label) for label in labels):
            outcome.unlabelled.append(f)
            if f.severity == ERROR:
                outcome.false_errors.append(f)
    return outcome


def evaluate_corpus(library: ProfileLibrary | None = None) -> list[Outcome]:
    library = library or ProfileLibrary()
    return [evaluate(name, report, labels, library) for name, report, labels in corpus()]


@dataclass
class Quality:
    code: str
    labelled: int = 0
    found: int = 0  # labels found at their severity
    errors: int = 0  # findings of this code at error severity
    false_errors: int = 0
    findings: int = 0
    true_findings: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_findings / self.findings if self.findings else None

    @property
    def error_precision(self) -> float | None:
        return (self.errors - self.false_errors) / self.errors if self.errors else None

    @property
    def recall(self) -> float | None:
        return self.found / self.labelled if self.labelled else None


def quality_by_code(outcomes: list[Outcome]) -> dict[str, Quality]:
    table: dict[str, Quality] = {}

    def row(code: str) -> Quality:
        return table.setdefault(code, Quality(code))

    for o in outcomes:
        for label in o.labels:
            row(label["code"]).labelled += 1
        for label in o.found:
            row(label["code"]).found += 1
        for f in o.findings:
            q = row(f.code)
            q.findings += 1
            q.errors += f.severity == ERROR
            q.true_findings += f not in o.unlabelled
        for f in o.false_errors:
            row(f.code).false_errors += 1
    return dict(sorted(table.items()))
