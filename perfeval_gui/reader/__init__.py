"""Reading the files a unit already has — 自评表, 申报表, 监控表 and 自评报告 in Word or Excel — into
reports. No Qt: the command line and the window both use it."""

from .build import (
           DECLARATION,
           KIND_NAMES,
           MONITORING,
           REPORT,
           SELF_EVALUATION,
           NotRecognised,
           Reading,
           read_any_report,
           read_file,
)
from .notes import CONVERTED, INFO, SKIPPED, UNREADABLE, Note

__all__ = [
           "CONVERTED",
           "DECLARATION",
           "INFO",
           "KIND_NAMES",
           "MONITORING",
           "REPORT",
           "SELF_EVALUATION",
           "SKIPPED",
           "UNREADABLE",
           "NotRecognised",
           "Note",
           "Reading",
           "read_any_report",
           "read_file",
]
