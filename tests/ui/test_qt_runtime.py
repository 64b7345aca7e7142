"""The Qt binding itself must not leak references on every slot call: PySide6 6.12.0 did,
and the window died after a few thousand keystrokes ("deallocating None")."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Doc(QObject):
    changed = Signal(str)

class View(QObject):
    def __init__(self, doc):
        super().__init__()
        doc.changed.connect(self.on_change)

    def on_change(self, path):
        return None

doc = Doc()
views = [View(doc) for _ in range(50)]
before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
for _ in range(200):
    doc.changed.emit("x")
after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
print(before[0] - after[0], before[1] - after[1], before[2] - after[2])
"""


def test_slot_calls_do_not_leak_references_to_none():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         check=False, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    lost_none, lost_true, lost_false = map(int, out.stdout.split())
    assert lost_none < 50 and lost_true < 50 and lost_false < 50, out.stdout
