"""perfeval-gui: the 项目支出绩效自评 (project-expenditure performance self-evaluation) app."""

__version__ = "0.1.0"
