"""The names of the three forms of a project's year (annual-cycle.md), in a module of their own
so the model's column descriptions (``form_columns.py``) can name the forms a column is on
without importing the model back. ``forms.py`` holds what each form may hold."""

SELF_EVALUATION = "self_evaluation"  # 绩效自评表, after the year
MONITORING = "monitoring"  # 绩效运行监控表, mid-year
DECLARATION = "declaration"  # 绩效目标申报表, at budget time
FORMS = (SELF_EVALUATION, MONITORING, DECLARATION)
