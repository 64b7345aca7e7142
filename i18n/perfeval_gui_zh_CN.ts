<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MidYear</name>
    <message>
        <source>months 1–%1: %2</source>
        <translation>1–%1月 %2</translation>
    </message>
    <message>
        <source>mid-year %2</source>
        <translation>年中 %2</translation>
    </message>
    <message>
        <source>projected %1</source>
        <translation>预计 %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Project Expenditure Performance Self-Evaluation</source>
        <translation>项目支出绩效自评</translation>
    </message>
    <message>
        <source>portable (data beside the program)</source>
        <translation>便携模式（数据保存在程序旁）</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Store file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>Bundled libraries and their licences:</source>
        <translation>随附组件及其许可协议：</translation>
    </message>
    <message>
        <source>Bundled fonts and their licences:</source>
        <translation>随附字体及其许可协议：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Checking the store…</source>
        <translation>正在检查数据文件…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>今天的自动备份未能完成：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file could not be read; the defaults are used. The old file was kept as %1.</source>
        <translation>设置文件无法读取，已改用默认设置。原文件已另存为 %1。</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Export a year archive</source>
        <translation>导出全年归档</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Year archive (*.zip)</source>
        <translation>年度归档 (*.zip)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1 (%2 reports)</source>
        <translation>已保存 %1（%2 份报告）</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import a year archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <source>Put the demo report in the archive too? It is an example, no unit's work.</source>
        <translation>把示例报告也放入归档吗？它只是示例，不是哪个单位的报告。</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <source>Import a year archive</source>
        <translation>导入归档</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Already in the store</source>
        <translation>本库已有</translation>
    </message>
    <message>
        <source>yes — not ticked</source>
        <translation>已有 — 未勾选</translation>
    </message>
    <message>
        <source>%1 reports in the archive, %2 already in the store. Ticked reports are added as new reports; nothing is overwritten.</source>
        <translation>归档中有 %1 份报告，其中 %2 份本库已有。勾选的报告将作为新报告加入，不会覆盖任何已有报告。</translation>
    </message>
    <message>
        <source>Import ticked</source>
        <translation>导入勾选的报告</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>each bar: the lowest of %1</source>
        <translation>每柱为 %1 个项目中的最低值</translation>
    </message>
</context>
<context>
    <name>BoundDateField</name>
    <message>
        <source>e.g. 2025-03-10 or 2025年3月10日</source>
        <translation>如 2025-03-10 或 2025年3月10日</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>%1 across years</source>
        <translation>%1 历年对比</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 指标值</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 实际值</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 得分/分值</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source> (new in %1)</source>
        <translation>（%1 年新增）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>（未设）</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Changed from the year before</source>
        <translation>与上一年相比有变化</translation>
    </message>
    <message>
        <source>Weight changed from the year before</source>
        <translation>分值与上一年不同</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>The declaration of %1 is no longer in this store (the link is broken): the declared targets shown are those the later forms kept.</source>
        <translation>%1 年的申报表已不在本库中（关联已断开）：所示申报值取自其后各表所存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 mid-year</source>
        <translation>%1 年中执行/预计</translation>
    </message>
    <message>
        <source>Execution at mid-year</source>
        <translation>年中执行率</translation>
    </message>
    <message>
        <source>%1 (months 1–%2; time progress %3%)</source>
        <translation>%1（1—%2 月，时间进度 %3%）</translation>
    </message>
    <message>
        <source>(declared: %1)</source>
        <translation>（申报：%1）</translation>
    </message>
    <message>
        <source>Differs from the declared target %1</source>
        <translation>与申报的指标值 %1 不同</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed in two windows</source>
        <translation>两个窗口修改了同一处</translation>
    </message>
    <message>
        <source>This report was also changed in another window, in the same places. Choose which value to keep for each:</source>
        <translation>此报告在另一窗口中也被修改，且修改了相同的位置。请逐项选择保留哪个值：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>The other window (saved)</source>
        <translation>另一窗口（已保存）</translation>
    </message>
    <message>
        <source>rows of %1</source>
        <translation>%1 的行</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <source>Evaluated year:</source>
        <translation>评价年度：</translation>
    </message>
    <message>
        <source>Scoring profile:</source>
        <translation>评分方案：</translation>
    </message>
    <message>
        <source>Implementation process</source>
        <translation>项目实施过程评价</translation>
    </message>
    <message>
        <source>Completion results</source>
        <translation>项目完成结果评价</translation>
    </message>
    <message>
        <source>Evaluation type:</source>
        <translation>评价项目类型：</translation>
    </message>
    <message>
        <source>Region (before the title):</source>
        <translation>地区（印在标题前）：</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>自评项目名称：</translation>
    </message>
    <message>
        <source>Project unit:</source>
        <translation>自评项目单位：</translation>
    </message>
    <message>
        <source>Supervising department:</source>
        <translation>项目主管部门：</translation>
    </message>
    <message>
        <source>Department code:</source>
        <translation>主管部门代码：</translation>
    </message>
    <message>
        <source>Implementing unit:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>项目单位法人代码：</translation>
    </message>
    <message>
        <source>Evaluation team leader:</source>
        <translation>评价工作组负责人：</translation>
    </message>
    <message>
        <source>Head of the project unit:</source>
        <translation>项目单位负责人：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Evaluation date:</source>
        <translation>评价时间：</translation>
    </message>
    <message>
        <source>The code must have 18 characters and a valid check digit (GB 32100-2015).</source>
        <translation>统一社会信用代码应为 18 位，且校验位正确（GB 32100-2015）。</translation>
    </message>
    <message>
        <source>Write a mobile number (11 digits) or a landline such as 0912-1234567.</source>
        <translation>请填写 11 位手机号，或如 0912-1234567 的固定电话。</translation>
    </message>
    <message>
        <source>Monitoring period ends on:</source>
        <translation>监控截止日期：</translation>
    </message>
    <message>
        <source>Budget year:</source>
        <translation>预算年度：</translation>
    </message>
    <message>
        <source>Name of the project:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>Unit of the project:</source>
        <translation>项目单位：</translation>
    </message>
    <message>
        <source>Change the year</source>
        <translation>修改年度</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>程序内部出现了意外错误。</translation>
    </message>
    <message>
        <source>Your report has been saved.</source>
        <translation>您的报告已保存。</translation>
    </message>
    <message>
        <source>Details were written to %1.</source>
        <translation>详细信息已写入 %1。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:</source>
        <translation>“%1”无法导入：</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export a year</source>
        <translation>导出某年度</translation>
    </message>
    <message>
        <source>Export the demo report too? It is an example, no unit's work.</source>
        <translation>示例报告也一并导出吗？它只是示例，不是本单位的工作。</translation>
    </message>
    <message>
        <source>The report still has errors</source>
        <translation>报告仍有错误</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n error(s):</source>
        <translation>
            <numerusform>体检发现 %n 个错误：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all the same?</source>
        <translation>仍然导出吗？</translation>
    </message>
    <message>
        <source>The file could not be made: %1</source>
        <translation>无法生成文件：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>The self-evaluation table</source>
        <translation>项目支出绩效自评表</translation>
    </message>
    <message>
        <source>Page orientation:</source>
        <translation>纸张方向：</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Folder for the exports</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>Exporting the reports of %1…</source>
        <translation>正在导出 %1 年度的报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export the self-evaluation table alone (PDF)…</source>
        <translation>单独导出自评表（PDF）…</translation>
    </message>
    <message>
        <source>Export all reports of a year as PDF…</source>
        <translation>批量导出某年度全部报告为 PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>导出 Word…</translation>
    </message>
    <message>
        <source>Export all reports of a year as Word…</source>
        <translation>批量导出某年度全部报告为 Word…</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>导出 Word</translation>
    </message>
    <message>
        <source>Export the self-evaluation table to Excel…</source>
        <translation>将自评表导出为 Excel…</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Make this repair (Ctrl+Z undoes it)</source>
        <translation>一键修改（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>What this means and how to fix it</source>
        <translation>这是什么问题、怎么改</translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
</context>
<context>
    <name>FundsForm</name>
    <message>
        <source>Of which: </source>
        <translation>其中：</translation>
    </message>
    <message>
        <source>empty = rule score</source>
        <translation>留空则取规则得分</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <source>Self-assessed score:</source>
        <translation>自评得分：</translation>
    </message>
    <message>
        <source>Execution rate:</source>
        <translation>执行率：</translation>
    </message>
    <message>
        <source>Score by the rules:</source>
        <translation>规则得分：</translation>
    </message>
    <message>
        <source>Project funds (10,000 yuan)</source>
        <translation>项目资金（万元）</translation>
    </message>
    <message>
        <source>Overall annual goal</source>
        <translation>年度总体目标</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>Actual completion</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <source>No funds yet: the first row is the year's total, the rows under it its parts.</source>
        <translation>还没有资金行：第一行是年度资金总额，其下各行是其组成部分。</translation>
    </message>
    <message>
        <source>Done in months 1–%1</source>
        <translation>1–%1月实际完成情况</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Filling-in guide</source>
        <translation>填报说明</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <source>self-evaluation report</source>
        <translation>自评报告</translation>
    </message>
    <message>
        <source>target declaration</source>
        <translation>绩效目标申报表</translation>
    </message>
    <message>
        <source>self-evaluation table</source>
        <translation>自评表</translation>
    </message>
    <message numerus="yes">
        <source>Recognised a %1 for %2: “%3”, %n indicator(s).</source>
        <translation>
            <numerusform>识别为 %2 年度的%1：“%3”，共 %n 个指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Project and funds</source>
        <translation>项目与资金</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation>绩效指标（%1）</translation>
    </message>
    <message>
        <source>Sections and team</source>
        <translation>报告正文与自评小组</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已换算</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未能读取</translation>
    </message>
    <message>
        <source>Not taken over (%1)</source>
        <translation>未导入的内容（%1）</translation>
    </message>
    <message>
        <source>Import as a new report</source>
        <translation>导入为新报告</translation>
    </message>
    <message>
        <source>Use as the targets of a report in the store:</source>
        <translation>作为已有报告的年度指标值导入：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>跳过此文件</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>主管部门代码</translation>
    </message>
    <message>
        <source>Implementing unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Funds (万元)</source>
        <translation>项目资金（万元）</translation>
    </message>
    <message>
        <source>Target read as</source>
        <translation>指标值识别为</translation>
    </message>
    <message>
        <source>Actual read as</source>
        <translation>完成值识别为</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>来源位置</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No indicator of the file has the name of one in this report: is it the right report?</source>
        <translation>文件中的指标与此报告的指标名称都不相同，请确认选择的报告是否正确。</translation>
    </message>
    <message>
        <source>Target of “%1”: %2 → %3</source>
        <translation>“%1”的年度指标值：%2 → %3</translation>
    </message>
    <message>
        <source>New indicator “%1”: %2</source>
        <translation>新增指标“%1”：%2</translation>
    </message>
    <message>
        <source>Not in the file, kept as it is: “%1”</source>
        <translation>文件中没有，保持不变：“%1”</translation>
    </message>
    <message>
        <source>Every target is already the same: nothing to change.</source>
        <translation>各项年度指标值均相同，无需更改。</translation>
    </message>
    <message>
        <source>%1 read as</source>
        <translation>%1识别为</translation>
    </message>
    <message>
        <source>monitoring form</source>
        <translation>绩效运行监控表</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>监控截止日期</translation>
    </message>
    <message>
        <source>Causes of deviation or of missing targets</source>
        <translation>偏差或不能完成目标原因分析</translation>
    </message>
    <message>
        <source>Suggestions and measures</source>
        <translation>相关建议或举措</translation>
    </message>
    <message>
        <source>Open the stored one</source>
        <translation>打开已有的那份</translation>
    </message>
    <message>
        <source>Import as another</source>
        <translation>仍导入为另一份</translation>
    </message>
    <message>
        <source>self-evaluation form</source>
        <translation>绩效自评表</translation>
    </message>
    <message>
        <source>This project already has a %1 for %2 in the store: “%3” (report %4, changed %5). Importing adds another one; the list will mark both.</source>
        <translation>本项目在数据文件中已有 %2 年的%1：“%3”（报告 %4，修改于 %5）。再导入将多出一份，列表中两份都会标出。</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加一级指标组</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>整组上移</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>整组下移</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Blank group</source>
        <translation>空白指标组</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>移动指标组</translation>
    </message>
    <message>
        <source>No indicators yet: add the first, or a whole group with its second-level rows.</source>
        <translation>还没有绩效指标：添加第一项，或添加一整组一级指标及其二级指标。</translation>
    </message>
    <message>
        <source>Add the first indicator</source>
        <translation>添加第一项指标</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Last year: %1</source>
        <translation>上年：%1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Rule score: %1</source>
        <translation>规则得分：%1</translation>
    </message>
    <message>
        <source>Above its weight %1.</source>
        <translation>超过分值 %1。</translation>
    </message>
    <message>
        <source>Differs from the rule score: give the reason in the score note.</source>
        <translation>与规则得分不同：请在“得分说明”中写明理由。</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>重命名指标组</translation>
    </message>
    <message>
        <source>Pending: judge it below</source>
        <translation>待判定：请在表下判定</translation>
    </message>
    <message>
        <source>Judged: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待判定</translation>
    </message>
    <message>
        <source>As declared</source>
        <translation>与申报一致</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>申报：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed from the declared target %1.</source>
        <translation>已由申报的指标值 %1 调整。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>调整原因：%1</translation>
    </message>
    <message>
        <source>Give the reason for the change under the table.</source>
        <translation>请在表格下方填写调整原因。</translation>
    </message>
</context>
<context>
    <name>JudgementBar</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Row %1: the actual “%2” does not say whether the target was achieved. Judge it:</source>
        <translation>第 %1 行：实际完成值“%2”未表明是否达成，请判定：</translation>
    </message>
    <message>
        <source>Row %1: judged (the rule score follows the judgement):</source>
        <translation>第 %1 行：已判定（规则得分按判定计算）：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Indicator library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>原名称</translation>
    </message>
    <message>
        <source>Your own indicators (from this store and your library files). Hidden ones are no longer offered while typing; a new name is offered instead of the old. The shipped list cannot be changed here.</source>
        <translation>您自己的指标（来自本库和您的指标库文件）。隐藏的指标在输入时不再提示；改名后提示新名称。程序自带的指标库不能在这里修改。</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>No rows yet.</source>
        <translation>还没有任何行。</translation>
    </message>
    <message>
        <source>Add the first row</source>
        <translation>添加第一行</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>(process %1 on %2, since %3)</source>
        <translation>（进程 %1，计算机 %2，自 %3 起）</translation>
    </message>
    <message>
        <source>This report is being edited in another window</source>
        <translation>此报告正在另一窗口编辑</translation>
    </message>
    <message>
        <source>that window has closed: take over to edit here.</source>
        <translation>该窗口已关闭，点击“接管”即可在此编辑。</translation>
    </message>
    <message>
        <source>shown read-only here.</source>
        <translation>此处仅供查看，不能修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project Expenditure Performance Self-Evaluation</source>
        <translation>项目支出绩效自评</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>共 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告列表</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>New from last year's report…</source>
        <translation>由上年报告新建…</translation>
    </message>
    <message>
        <source>Open the demo report</source>
        <translation>打开示例报告</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Import from Word/Excel…</source>
        <translation>从 Word/Excel 导入…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>Compare years…</source>
        <translation>历年对比…</translation>
    </message>
    <message>
        <source>Recycle bin…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回报告列表</translation>
    </message>
    <message>
        <source>Print the self-evaluation table alone…</source>
        <translation>单独打印自评表…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export a year archive…</source>
        <translation>导出全年归档…</translation>
    </message>
    <message>
        <source>Import a year archive…</source>
        <translation>导入归档…</translation>
    </message>
    <message>
        <source>Save to another store file…</source>
        <translation>另存为（其他数据文件）…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Indicator library…</source>
        <translation>指标库…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Filling-in guide</source>
        <translation>填报说明</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Same project as an earlier year?</source>
        <translation>是否为往年同一项目？</translation>
    </message>
    <message>
        <source>“%1” looks like the next year of “%2” (%3) in this store. Link them, so the years can be compared?</source>
        <translation>“%1”看起来是本库中“%2”（%3 年）的下一年度。是否关联，以便历年对比？</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Compare years</source>
        <translation>历年对比</translation>
    </message>
    <message>
        <source>This report has no other year linked to it yet. Make next year's report with “New from last year's report”, or link an imported one.</source>
        <translation>这份报告还没有关联其他年度的报告。可用“由上年报告新建”生成下一年度报告，或在导入时关联。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Changes saved in another window were merged in.</source>
        <translation>已合并另一窗口保存的修改。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Your edits could not be saved to the store:</source>
        <translation>您的修改未能保存到数据文件：</translation>
    </message>
    <message>
        <source>They stay in this window. Save them to another file?</source>
        <translation>修改仍保留在窗口中。是否另存到其他文件？</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Save to another store file</source>
        <translation>另存为其他数据文件</translation>
    </message>
    <message>
        <source>Report store (*.sqlite)</source>
        <translation>报告数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>Move “%1” (%2) to the recycle bin? It can be restored until the bin is emptied.</source>
        <translation>将“%1”（%2 年度）移入回收站吗？清空回收站之前都可以恢复。</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Report (*.json)</source>
        <translation>报告 (*.json)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import from Word or Excel</source>
        <translation>从 Word 或 Excel 导入</translation>
    </message>
    <message>
        <source>Word or Excel (*.docx *.xlsx *.xls);;All files (*)</source>
        <translation>Word 或 Excel 文件 (*.docx *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export a year</source>
        <translation>按年度导出</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2年度，%3）</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>未填单位</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>This store is read-only: %1 — its reports are shown, nothing can be changed. Copy the file somewhere writable (or make it writable) to edit.</source>
        <translation>此数据文件只读：%1 —— 报告可以查看，但不能修改。如需编辑，请把文件复制到可写的位置（或改为可写）。</translation>
    </message>
    <message>
        <source>New self-evaluation from this form</source>
        <translation>由本表新建自评</translation>
    </message>
    <message>
        <source>New self-evaluation</source>
        <translation>新建自评</translation>
    </message>
    <message>
        <source>Choose the project's declaration or monitoring form: the self-evaluation is made from it. For next year's self-evaluation use “New from last year's report”.</source>
        <translation>请选择项目的申报表或运行监控表，自评表由它新建。下一年度的自评表请用“由上年报告新建”。</translation>
    </message>
    <message>
        <source>The project already has a self-evaluation for %1. Make another one? (No opens the one there is.)</source>
        <translation>本项目 %1 年已有自评表。仍要再新建一份吗？（选“否”打开已有的自评表。）</translation>
    </message>
    <message>
        <source>New target declaration…</source>
        <translation>新建绩效目标申报表…</translation>
    </message>
    <message>
        <source>New monitoring form…</source>
        <translation>新建绩效运行监控表…</translation>
    </message>
    <message>
        <source> · target declaration</source>
        <translation> · 绩效目标申报表</translation>
    </message>
    <message>
        <source> · monitoring form</source>
        <translation> · 绩效运行监控表</translation>
    </message>
    <message>
        <source>The new declaration form could not be saved to the store:</source>
        <translation>新建的绩效目标申报表未能保存到数据文件，未新建任何内容：</translation>
    </message>
    <message>
        <source>The new monitoring form could not be saved to the store:</source>
        <translation>新建的绩效运行监控表未能保存到数据文件，未新建任何内容：</translation>
    </message>
    <message>
        <source>Next year's report could not be saved to the store:</source>
        <translation>由上年报告新建的下一年报告未能保存到数据文件，未新建任何内容：</translation>
    </message>
    <message>
        <source>The new self-evaluation could not be saved to the store:</source>
        <translation>新建的绩效自评表未能保存到数据文件，未新建任何内容：</translation>
    </message>
    <message>
        <source>The imported report could not be saved to the store:</source>
        <translation>导入的报告未能保存到数据文件，未导入任何内容：</translation>
    </message>
    <message>
        <source>The link to the earlier year could not be saved to the store:</source>
        <translation>与上一年度报告的关联未能保存到数据文件（报告本身已保存）：</translation>
    </message>
    <message>
        <source>The demo report could not be saved to the store:</source>
        <translation>示例报告未能保存到数据文件：</translation>
    </message>
</context>
<context>
    <name>MonitoringSummaryModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>监控截至</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行进度</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>可能完不成</translation>
    </message>
    <message>
        <source>Budget
(10k yuan)</source>
        <translation>全年预算数
（万元）</translation>
    </message>
    <message>
        <source>Executed to date
(10k yuan)</source>
        <translation>截至监控期执行数
（万元）</translation>
    </message>
    <message>
        <source>Execution rate %
(line: time progress)</source>
        <translation>执行率 %
（竖线：时间进度）</translation>
    </message>
    <message>
        <source>Time
progress %</source>
        <translation>时间
进度 %</translation>
    </message>
    <message>
        <source>Projected
(10k yuan)</source>
        <translation>全年预计执行数
（万元）</translation>
    </message>
    <message>
        <source>Projections
missing target</source>
        <translation>预计未达
目标（项）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>possible %1 · impossible %2</source>
        <translation>有可能 %1 · 完全不可能 %2</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>No execution to date given; time progress %1%</source>
        <translation>未填截至监控期执行数；时间进度 %1%</translation>
    </message>
    <message>
        <source>Execution %1% against time progress %2%: %3 points</source>
        <translation>执行率 %1%，时间进度 %2%：相差 %3 个百分点</translation>
    </message>
</context>
<context>
    <name>MonitoringSummaryPage</name>
    <message>
        <source>Causes</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>Only behind or at risk</source>
        <translation>只看需关注（滞后或可能完不成）</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>监控期：</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>完成目标可能性</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截至监控期执行情况</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>全年预计完成情况</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>无法读取数据文件</translation>
    </message>
    <message>
        <source>Latest of each project</source>
        <translation>各项目最近一期</translation>
    </message>
    <message>
        <source> · time progress %1%</source>
        <translation> · 时间进度 %1%</translation>
    </message>
    <message>
        <source>%1 projects (%2 skipped) · budget %3 · executed to date %4 · rate %5%6 · %7 behind · at risk: %8 possible, %9 impossible</source>
        <translation>%1 个项目（跳过 %2 份）· 全年预算数 %3 · 截至监控期执行数 %4 · 执行率 %5%6 · 执行进度滞后 %7 个 · 可能完不成：有可能 %8 项，完全不可能 %9 项</translation>
    </message>
    <message>
        <source>Indicators at risk (possible / impossible): %1</source>
        <translation>完成目标可能性为有可能、完全不可能的指标：%1 项</translation>
    </message>
</context>
<context>
    <name>NameDelegate</name>
    <message>
        <source>Choose an indicator from the library</source>
        <translation>从指标库选择指标</translation>
    </message>
</context>
<context>
    <name>NarrativeForm</name>
    <message>
        <source>Printed as a table built from the performance indicators.</source>
        <translation>打印时由绩效指标表自动生成“绩效完成表”。</translation>
    </message>
    <message>
        <source>Printed as a table from the evaluation team tab.</source>
        <translation>打印时由“自评小组”页生成签字表。</translation>
    </message>
</context>
<context>
    <name>NextYearChangesDialog</name>
    <message>
        <source>New report for %1: please review</source>
        <translation>%1 年度新报告：请核对</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>项目基本情况</translation>
    </message>
    <message>
        <source>Project content</source>
        <translation>项目建设内容</translation>
    </message>
    <message>
        <source>Targets, weights and the project are kept; actuals, scores, explanations and the results narrative are cleared. These kept fields name last year or its figures — check each one (click a row to go to its field):</source>
        <translation>已保留年度指标值、分值和项目信息，已清空实际完成值、得分、偏差原因和绩效分析等正文。以下保留的内容写有上年年份或上年数字，请逐项核对（点击一行即转到该处）：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>the year was moved on</source>
        <translation>年份已顺延</translation>
    </message>
    <message>
        <source>last year's amount, kept: check it for this year</source>
        <translation>上年金额，已保留：请按本年核对</translation>
    </message>
    <message>
        <source>states last year's results or amounts: rewrite for this year</source>
        <translation>写有上年完成情况或金额：请按本年改写</translation>
    </message>
    <message>
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Empty the recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>%1 (%2 report, %3, deleted %4)</source>
        <translation>%1（%2 年度报告，%3，删除于 %4）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Remove the reports in the recycle bin for good? This cannot be undone.</source>
        <translation>彻底删除回收站中的报告吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Funds and goal</source>
        <translation>项目资金与目标</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Evaluation team</source>
        <translation>自评小组</translation>
    </message>
    <message>
        <source>The scoring profile “%1” is not on this computer: the report is scored with “%2” until that profile is added.</source>
        <translation>本机没有评分方案“%1”，在添加该方案之前，本报告暂按“%2”计分。</translation>
    </message>
    <message>
        <source>Performance target declaration, %1</source>
        <translation>绩效目标申报表（%1 年度）</translation>
    </message>
    <message>
        <source>Performance monitoring form, %1, as of %2</source>
        <translation>绩效运行监控表（%1 年度，截至 %2）</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>打不开：%1</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>No score on this form</source>
        <translation>本表不计分</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申报表</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>运行监控表</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>its declaration is in the recycle bin</source>
        <translation>其申报表在回收站中</translation>
    </message>
    <message>
        <source>its declaration is no longer in this store</source>
        <translation>其申报表已不在本库中</translation>
    </message>
    <message>
        <source>last year's report is in the recycle bin</source>
        <translation>上年报告在回收站中</translation>
    </message>
    <message>
        <source>last year's report is no longer in this store</source>
        <translation>上年报告已不在本库中</translation>
    </message>
    <message>
        <source>Link broken: %1 (this report keeps everything it holds).</source>
        <translation>关联已断开：%1（本报告的内容完整保留）。</translation>
    </message>
    <message>
        <source>This project: %1</source>
        <translation>本项目：%1</translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation>（×%1）</translation>
    </message>
    <message>
        <source>This project has another %1 of %2 here: report %3. The same file imported twice? Delete the one not wanted.</source>
        <translation>本项目另有一份 %2 年的%1：报告 %3。是否同一文件导入了两次？请删除不需要的那份。</translation>
    </message>
</context>
<context>
    <name>ReportListPage</name>
    <message>
        <source>Search project name</source>
        <translation>按项目名称搜索</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>The scoring profile “%1” is not on this computer: the report is scored with “%2” until that profile is added.</source>
        <translation>本机没有评分方案“%1”，在添加该方案之前，本报告暂按“%2”计分。</translation>
    </message>
    <message>
        <source>Export its raw data (JSON)…</source>
        <translation>导出其原始数据（JSON）…</translation>
    </message>
    <message>
        <source>The report does not open: save its stored values as they are, to mend them or to send them for help</source>
        <translation>这份报告打不开：把它保存的原始数据原样导出，以便修复或发给他人求助</translation>
    </message>
    <message>
        <source>Export the raw data</source>
        <translation>导出原始数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Preview (read-only)</source>
        <translation>预览（只读）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened:</source>
        <translation>无法打开数据文件 %1：</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>打开最新备份</translation>
    </message>
    <message>
        <source>Open the latest backup (%1)</source>
        <translation>打开最新备份（%1）</translation>
    </message>
    <message>
        <source>Rescue what can be read into a new store</source>
        <translation>把能读取的报告抢救到新的数据文件</translation>
    </message>
    <message>
        <source>Choose another store file…</source>
        <translation>选择其他数据文件…</translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation>新建数据文件…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Choose a store file</source>
        <translation>选择数据文件</translation>
    </message>
    <message>
        <source>Report store (*.sqlite)</source>
        <translation>报告数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation>新建数据文件</translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Reading what the damaged file still holds…</source>
        <translation>正在读取受损文件中尚存的内容…</translation>
    </message>
    <message>
        <source>The latest backup</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <source>The store now holds the backup of %1. The damaged file was kept as %2: to look at it, choose it with “Choose another store file…” or in Settings; “Rescue” reads it.</source>
        <translation>数据文件现为 %1 的备份。受损文件已保留为 %2：如需查看，可用“选择其他数据文件…”或在设置中选择它；“抢救”可以读取其中的内容。</translation>
    </message>
    <message>
        <source>Newer reports in the damaged file</source>
        <translation>受损文件中有更新的报告</translation>
    </message>
    <message>
        <source>The damaged file still holds %1 report(s) newer than the backup or not in it:</source>
        <translation>受损文件中还有 %1 份报告比备份新或备份中没有：</translation>
    </message>
    <message>
        <source>Opening the backup leaves them out. A rescue keeps them and takes the rest from the backup.</source>
        <translation>打开备份会丢掉这些报告。抢救会保留它们，其余的从备份中取。</translation>
    </message>
    <message>
        <source>Rescue instead</source>
        <translation>改为抢救</translation>
    </message>
    <message>
        <source>Open the backup anyway</source>
        <translation>仍然打开备份</translation>
    </message>
    <message>
        <source>Writing the new store…</source>
        <translation>正在写入新的数据文件…</translation>
    </message>
    <message>
        <source>Report store (*.sqlite);;All files (*)</source>
        <translation>报告数据文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RescuePlanDialog</name>
    <message>
        <source>Rescue: where each report comes from</source>
        <translation>抢救：每份报告的来源</translation>
    </message>
    <message>
        <source>%1 report(s) recovered from the damaged file, %2 taken from the backup, %3 lost.</source>
        <translation>从受损文件恢复 %1 份，取自备份 %2 份，丢失 %3 份。</translation>
    </message>
    <message>
        <source>No sound backup was found to fill in what is gone.</source>
        <translation>没有找到完好的备份来补上缺失的部分。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>the damaged file</source>
        <translation>受损文件</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>The reports go into a new store: %1. The damaged file is not changed and stays at %2; to look at it again, choose it with “Choose another store file…” or in Settings.</source>
        <translation>报告将写入新的数据文件：%1。受损文件不会被改动，仍在 %2；如需再查看，可用“选择其他数据文件…”或在设置中选择它。</translation>
    </message>
    <message>
        <source>Make the new store and open it</source>
        <translation>生成新数据文件并打开</translation>
    </message>
    <message>
        <source>fund rows</source>
        <translation>资金行</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>评价人员</translation>
    </message>
    <message>
        <source>narrative sections</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>list rows</source>
        <translation>表格行</translation>
    </message>
    <message>
        <source>gone: %1</source>
        <translation>已缺失：%1</translation>
    </message>
    <message>
        <source>in the recycle bin</source>
        <translation>在回收站中</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>%1 中的备份：</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Replace every report in the store by the backup of %1? The store as it is now is backed up first.</source>
        <translation>用 %1 的备份替换数据文件中的全部报告？替换前会先备份当前的数据文件。</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total (self-assessed):</source>
        <translation>总分（自评）：</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Total by the rules:</source>
        <translation>按规则计算：</translation>
    </message>
    <message>
        <source>Budget execution rate:</source>
        <translation>预算执行率：</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>规则得分</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Weights add up to %1, not 100</source>
        <translation>分值合计 %1，应为 100</translation>
    </message>
    <message>
        <source>— (weight %1)</source>
        <translation>—（分值 %1）</translation>
    </message>
    <message>
        <source>%1 → %2 of %3</source>
        <translation>%1，得 %2 分（分值 %3）</translation>
    </message>
    <message>
        <source>Differs from the rule score without a score note</source>
        <translation>与规则得分不同，且未写得分说明</translation>
    </message>
    <message>
        <source>Not scored yet. Fill in first: the funds (budget and executed) and the performance indicators (target, actual, weight).</source>
        <translation>尚未计分。请先填写：项目资金（预算数、执行数）和绩效指标（指标值、实际完成值、分值）。</translation>
    </message>
    <message>
        <source>Not scored yet. Fill in first: the total row's budget and executed amounts (Funds and goal tab).</source>
        <translation>尚未计分。请先填写：“项目资金”页年度资金总额的预算数和执行数。</translation>
    </message>
    <message>
        <source>Not scored yet. Fill in first: the indicators' actual values.</source>
        <translation>尚未计分。请先填写：各指标的实际完成值。</translation>
    </message>
    <message numerus="yes">
        <source>pending: %n row(s)</source>
        <translation>
            <numerusform>待判定 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待判定</translation>
    </message>
    <message>
        <source>Judge the qualitative rows marked pending (or type their scores) for a total and a grade</source>
        <translation>请判定标为“待判定”的定性指标（或填写其得分），才有总分和等级</translation>
    </message>
    <message>
        <source>Not scored yet. Fill in first: the total row's executed amount (Funds and goal tab).</source>
        <translation>尚未计分。请先填写：“项目资金”页年度资金总额的全年执行数。</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Draft from the table</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <source>Check against the table</source>
        <translation>与表格核对</translation>
    </message>
    <message>
        <source>No problems found: the text agrees with the table.</source>
        <translation>未发现问题：正文与表格一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Automatic (FangSong / SimSun, or AR PL UMing)</source>
        <translation>自动（仿宋/宋体，或 AR PL UMing）</translation>
    </message>
    <message>
        <source>reports.sqlite in the data folder</source>
        <translation>数据文件夹中的 reports.sqlite</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
    <message>
        <source>Scoring profile for new reports:</source>
        <translation>新报告的评分方案：</translation>
    </message>
    <message>
        <source>Font of the PDF:</source>
        <translation>PDF 字体：</translation>
    </message>
    <message>
        <source>Page numbers:</source>
        <translation>页码样式：</translation>
    </message>
    <message>
        <source>Store file (after a restart):</source>
        <translation>数据文件（重启后生效）：</translation>
    </message>
    <message>
        <source>The unit's cover data, filled into new reports</source>
        <translation>本单位封面信息（新建报告时自动填入）</translation>
    </message>
    <message>
        <source>Project unit:</source>
        <translation>自评项目单位：</translation>
    </message>
    <message>
        <source>Supervising department:</source>
        <translation>项目主管部门：</translation>
    </message>
    <message>
        <source>Department code:</source>
        <translation>主管部门代码：</translation>
    </message>
    <message>
        <source>Implementing unit:</source>
        <translation>实施单位：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>项目单位法人代码：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Head of the project unit:</source>
        <translation>项目单位负责人：</translation>
    </message>
    <message>
        <source>Scoring profiles</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep automatic backups for:</source>
        <translation>自动备份保留：</translation>
    </message>
    <message>
        <source>The store is backed up on the first start of each day, before every upgrade and before every restore, into the folder “backups” beside it.</source>
        <translation>每天第一次启动时、每次升级前和每次恢复备份前，程序都会把数据文件备份到它旁边的“backups”文件夹中。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>your file</source>
        <translation>自定义文件</translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation>可用（%1）</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>未采用（%1）：%2</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Report store (*.sqlite)</source>
        <translation>报告数据文件 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SourceReportDialog</name>
    <message>
        <source>New from last year's report</source>
        <translation>由上年报告新建</translation>
    </message>
    <message>
        <source>“%1”, %2 report, %3</source>
        <translation>“%1”，%2年度，%3</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>未填单位</translation>
    </message>
    <message>
        <source>Copied from:</source>
        <translation>复制自：</translation>
    </message>
    <message>
        <source>Year of the new report:</source>
        <translation>新报告的年度：</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>全年预算数（万元）</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>全年执行数（万元）</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>执行率（%）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>自评总分</translation>
    </message>
    <message>
        <source>Rule total</source>
        <translation>规则总分</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待判定</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Rate below 90%</source>
        <translation>执行率低于 90%</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Summary of:</source>
        <translation>汇总：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Cannot read the store</source>
        <translation>无法读取数据文件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>%1 reports (%2 skipped) · budget %3 · executed %4 · rate %5% · mean total %6 · median %7 · %8</source>
        <translation>共 %1 份（跳过 %2 份）· 全年预算数 %3 万元 · 全年执行数 %4 万元 · 执行率 %5% · 自评总分平均 %6 · 中位数 %7 · %8</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Execution rate % (line: 90%)</source>
        <translation>执行率（%，虚线为 90%）</translation>
    </message>
    <message>
        <source>Total (up) vs rule total (across)</source>
        <translation>自评总分（纵）与规则总分（横）</translation>
    </message>
    <message>
        <source>Include the demo report</source>
        <translation>包括示例报告</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>Monitoring forms</source>
        <translation>运行监控表</translation>
    </message>
    <message numerus="yes">
        <source>(%n not scored)</source>
        <translation>
            <numerusform>（%n 份未评分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySources</name>
    <message>
        <source>This store</source>
        <translation>本库</translation>
    </message>
    <message>
        <source>Read a folder…</source>
        <translation>读取文件夹…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Cannot summarise</source>
        <translation>无法汇总</translation>
    </message>
    <message>
        <source>The reports could not be read for the summary. Try again; the details are kept in %1.</source>
        <translation>未能读取汇总所需的报告，请重试；详细情况已记入 %1。</translation>
    </message>
    <message>
        <source>no log</source>
        <translation>（日志未能写入）</translation>
    </message>
    <message>
        <source>Cannot read the folder</source>
        <translation>无法读取文件夹</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <source>Folder of report files</source>
        <translation>报告文件所在文件夹</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Members of the evaluation team (they sign the printed report)</source>
        <translation>自评小组成员（在打印的报告上签字）</translation>
    </message>
    <message>
        <source>No members yet: add the team leader first, then each member.</source>
        <translation>还没有自评小组成员：先添加组长，再逐一添加成员。</translation>
    </message>
</context>
<context>
    <name>TargetReasonBar</name>
    <message>
        <source>Why the target was changed</source>
        <translation>指标值调整的原因</translation>
    </message>
    <message>
        <source>Row %1: the target %2 differs from the declared %3. Reason:</source>
        <translation>第 %1 行：指标值 %2 与申报的 %3 不同。调整原因：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Row %1: the reason its target was changed (the declared target is not known here):</source>
        <translation>第 %1 行：指标值的调整原因（申报时的指标值不详）：</translation>
    </message>
</context>
<context>
    <name>CausesEditor</name>
    <message>
        <source>what happened</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>in words, under no category</source>
        <translation>其他说明（不属于以上类别）</translation>
    </message>
</context>
<context>
    <name>FormCausesBox</name>
    <message>
        <source>For the form as a whole (rows at risk)</source>
        <translation>全表填写（有指标可能无法完成时）</translation>
    </message>
    <message>
        <source>Causes of deviation or of missing targets</source>
        <translation>偏差或不能完成目标原因分析</translation>
    </message>
    <message>
        <source>Suggestions and measures</source>
        <translation>相关建议或举措</translation>
    </message>
</context>
<context>
    <name>MonitoringFigures</name>
    <message>
        <source>Execution against time</source>
        <translation>预算执行与时间进度</translation>
    </message>
    <message>
        <source>Execution rate:</source>
        <translation>执行率：</translation>
    </message>
    <message>
        <source>Time progress:</source>
        <translation>时间进度：</translation>
    </message>
    <message>
        <source>Projected for the year:</source>
        <translation>全年预计执行率：</translation>
    </message>
    <message>
        <source>Rows at risk:</source>
        <translation>可能无法完成的指标：</translation>
    </message>
    <message>
        <source>Execution rate, months 1–%1:</source>
        <translation>1–%1月执行率：</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>Fill in the budget and the amount executed so far.</source>
        <translation>请填写预算数和截至目前的执行数。</translation>
    </message>
    <message>
        <source>Behind the time progress: give the reason.</source>
        <translation>执行进度滞后于时间进度，请说明原因。</translation>
    </message>
    <message>
        <source>Keeps up with the time progress.</source>
        <translation>执行进度与时间进度相符。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Execution rate, months 1–%1: %2; time progress %3; projected for the year: %4</source>
        <translation>1–%1月执行率：%2；时间进度 %3；全年预计执行率：%4</translation>
    </message>
    <message>
        <source> — behind the time progress</source>
        <translation> —— 执行进度滞后</translation>
    </message>
</context>
<context>
    <name>NewFormDialog</name>
    <message>
        <source>New declaration</source>
        <translation>新建绩效目标申报表</translation>
    </message>
    <message>
        <source>New monitoring form</source>
        <translation>新建绩效运行监控表</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白表</translation>
    </message>
    <message>
        <source>the declaration</source>
        <translation>申报表</translation>
    </message>
    <message>
        <source>the self-evaluation</source>
        <translation>自评表</translation>
    </message>
    <message>
        <source>From %1 of “%2” (%3): indicators and targets carried</source>
        <translation>由“%2”（%3年）的%1新建：带入指标及指标值</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>新建方式：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>e.g. 2025-07-31</source>
        <translation>如 2025-07-31</translation>
    </message>
    <message>
        <source>Monitoring period ends on:</source>
        <translation>监控截止日期：</translation>
    </message>
    <message>
        <source>Monitoring period ends on: %1</source>
        <translation>监控截止日期：%1</translation>
    </message>
</context>
<context>
    <name>GroupRenameBar</name>
    <message>
        <source>Undo the renaming</source>
        <translation>撤销改名</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>first-level</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>second-level</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>All %1 rows of the %2 group “%3” are now named “%4”.</source>
        <translation>%2“%3”的全部 %1 行已改名为“%4”。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Only “%1” into “%2”</source>
        <translation>只把“%1”移入“%2”</translation>
    </message>
    <message>
        <source>Move indicator into group</source>
        <translation>指标移入指标组</translation>
    </message>
</context>
</TS>