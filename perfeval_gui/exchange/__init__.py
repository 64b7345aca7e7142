"""Files that carry many reports between offices: year archives (.zip) and folders of report files.

No Qt. Reads through the same interchange reader as a single file, so the same limits hold.
"""
