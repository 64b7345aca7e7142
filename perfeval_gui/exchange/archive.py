"""Year archives: every report of a year as interchange JSON plus its PDF, in one .zip.

``manifest.json`` maps each member to its fingerprint (the report's fingerprint for a JSON
member, the first 12 hex digits of SHA-256 of the bytes for a PDF). Reading refuses the whole
archive — with a message naming the member — where anything is off: a path outside the archive,
too many or too large members, a compression ratio of a zip bomb, a broken member or one whose
fingerprint differs from the manifest, a name given twice (a second manifest.json), a member
the manifest does not list. Nothing is imported from a refused archive.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..core import unfinished
from ..core.file_names import safe_file_name
from ..core.interchange import MAX_BYTES, fingerprint, report_from_json, report_to_json
from ..core.limits import require_regular_file
from ..core.messages import UserError
from ..core.model import Report
from ..core.profiles import Profile
from ..export.atomic import write_atomically

MANIFEST = "manifest.json"
ARCHIVE_FORMAT = "perfeval-archive"
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = MAX_BYTES
MAX_TOTAL_BYTES = 1024 ** 3
MAX_RATIO = 100
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ArchivedReport:
    member: str  # the JSON member's name inside the archive
    report: Report


def bytes_fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def is_archive(path: str | Path) -> bool:
    """Told by content, not by name: a zip file starts with its local header."""
    try:
        require_regular_file(Path(path))  # a pipe would block the open; the reader refuses it
        with open(path, "rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except (OSError, UserError):
        return False


def member_stem(index: int, report: Report) -> str:
    """A member name that sorts in the list's order and says which project it is."""
    return f"{index:04d}-{safe_file_name(report)}"


def write_archive(
    target: str | Path,
    reports: Iterable[Report],
    year: int,
    write_pdf: Callable[[Report, Path], None],
) -> int:
    """Write the archive atomically; returns the number of reports in it."""
    count = 0

    def build(path: Path) -> None:
        nonlocal count
        manifest: dict[str, str] = {}
        # named for this process: a kill's leftover is removed by the next start (unfinished)
        with tempfile.TemporaryDirectory(prefix=unfinished.scratch_prefix()) as scratch, \
                zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for index, report in enumerate(reports, start=1):
                stem = member_stem(index, report)
                archive.writestr(f"{stem}.json", report_to_json(report))
                manifest[f"{stem}.json"] = fingerprint(report)
                count = index
                pdf = Path(scratch) / f"{index}.pdf"
                write_pdf(report, pdf)
                data = pdf.read_bytes()
                archive.writestr(f"{stem}.pdf", data)
                manifest[f"{stem}.pdf"] = bytes_fingerprint(data)
            archive.writestr(MANIFEST, json.dumps(
                {"format": ARCHIVE_FORMAT, "year": year, "files": manifest},
                ensure_ascii=False, indent=2, sort_keys=True))

    write_atomically(target, build)
    return count


def write_year_archive(target: str | Path, reports: list[Report], year: int,
                       profiles: Mapping[str, Profile]) -> int:
    """A year's reports of every form, each printed in its own form's paper layout, by its
    profile (*profiles*: profile id → Profile).
    The window's 导出全年归档 and ``archive`` both write through this."""
    from ..export.writer import export_report

    return write_archive(target, reports, year, lambda report, path: export_report(
        report, profiles[report.profile], pdf=path))


def _safe_name(name: str, where: str) -> str:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise UserError(where, "archive.outside", member=name)
    return name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """A member's bytes, never more than its limit, whatever its header claims."""
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise UserError(where, "archive.broken_member", member=info.filename, detail=str(exc)) from None
    if len(data) > MAX_MEMBER_BYTES:
        raise UserError(where, "archive.member_too_large", member=info.filename,
                        limit=MAX_MEMBER_BYTES // (1024 * 1024))
    return data


def read_archive(path: str | Path) -> list[ArchivedReport]:
    """Every report of an archive, checked against its manifest; UserError where anything is off."""
    where = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise UserError(where, "archive.not_zip") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise UserError(where, "archive.too_many", limit=MAX_MEMBERS)
        declared = 0
        for info in infos:
            _safe_name(info.filename, where)
            if info.file_size > MAX_MEMBER_BYTES:
                raise UserError(where, "archive.member_too_large", member=info.filename,
                                limit=MAX_MEMBER_BYTES // (1024 * 1024))
            if info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise UserError(where, "archive.bomb", member=info.filename, limit=MAX_RATIO)
            declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise UserError(where, "archive.too_large", limit=MAX_TOTAL_BYTES // 1024 ** 3)
        names: dict[str, zipfile.ZipInfo] = {}
        for info in infos:  # a second manifest.json, or any name twice: which one is meant?
            if info.filename in names:
                raise UserError(where, "archive.duplicate", member=info.filename)
            names[info.filename] = info
        if MANIFEST not in names:
            raise UserError(where, "archive.no_manifest")
        manifest = _manifest(_read_member(archive, names[MANIFEST], where), where)
        for name, info in names.items():
            if name != MANIFEST and name not in manifest and not info.is_dir():
                raise UserError(where, "archive.unlisted", member=name)
        reports: list[ArchivedReport] = []
        for member, expected in manifest.items():
            if member not in names:
                raise UserError(where, "archive.member_missing", member=member)
            data = _read_member(archive, names[member], where)
            if member.endswith(".json"):
                try:
                    report = report_from_json(data)
                except UserError as exc:
                    raise UserError(where, "archive.bad_report", member=member,
                                    detail=exc.text("zh"), detail_en=exc.text("en")) from None
                actual = fingerprint(report)
                if actual == expected:
                    reports.append(ArchivedReport(member, report))
                    continue
            else:
                actual = bytes_fingerprint(data)
            if actual != expected:
                raise UserError(where, "archive.fingerprint", member=member)
        return reports


def not_yet_stored(archived: list[ArchivedReport], same_as: Callable[[Report], int | None],
                   where: str) -> tuple[list[Report], list[UserError]]:
    """The archive's reports a store does not hold yet (*same_as*: the stored report with the
    same fingerprint), and a note for each one it holds: an archive imported twice adds
    nothing the second time, and says so."""
    new: list[Report] = []
    already: list[UserError] = []
    for member in archived:
        same = same_as(member.report)
        if same is None:
            new.append(member.report)
        else:
            already.append(UserError(where, "archive.already", member=member.member, id=same,
                                     fingerprint=fingerprint(member.report)))
    return new, already


def _manifest(data: bytes, where: str) -> dict[str, str]:
    try:
        document = json.loads(data.decode("utf-8"))
        files = document["files"]
        if document.get("format") != ARCHIVE_FORMAT or not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in files.items()
        ):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise UserError(where, "archive.bad_manifest") from None
    for member in files:
        _safe_name(member, where)
    return files
