<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../perfeval_gui/ui/main_window.py" line="34"/>
        <source>Project Expenditure Performance Self-Evaluation</source>
        <translation>项目支出绩效自评</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/main_window.py" line="38"/>
        <source>Search project name</source>
        <translation>按项目名称搜索</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/main_window.py" line="41"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/main_window.py" line="83"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message numerus="yes">
        <location filename="../perfeval_gui/ui/main_window.py" line="91"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>共 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/main_window.py" line="107"/>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="47"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="47"/>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="47"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="47"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="48"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="48"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/report_list_model.py" line="62"/>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="42"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="35"/>
        <source>Total (self-assessed):</source>
        <translation>总分（自评）：</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="33"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="36"/>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="37"/>
        <source>Total by the rules:</source>
        <translation>按规则计算：</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="38"/>
        <source>Budget execution rate:</source>
        <translation>预算执行率：</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="42"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="42"/>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="42"/>
        <source>By rule</source>
        <translation>规则得分</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="48"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="48"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="56"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="74"/>
        <source>%1 → %2 of %3</source>
        <translation>%1，得 %2 分（分值 %3）</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="91"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="91"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../perfeval_gui/ui/score_panel.py" line="91"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../perfeval_gui/ui/app.py" line="52"/>
        <source>Cannot open the store</source>
        <translation>无法打开数据文件</translation>
    </message>
</context>
</TS>
