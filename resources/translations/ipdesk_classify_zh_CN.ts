<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClassificationChart</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="74" />
        <source>◀ All industries</source>
        <translation>◀ 全部产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="75" />
        <source>Back to the level-1 industries and show every row</source>
        <translation>返回一级产业并显示全部行</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="76" />
        <source>Back to level-1 industries</source>
        <translation>返回一级产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="77" />
        <source>Distribution chart</source>
        <translation>分布图</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="112" />
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="206" />
        <source>The chart shows how the classified patents spread over the industries.</source>
        <translation>图表显示已分类专利在各产业中的分布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="182" />
        <source>Patents per level-1 industry</source>
        <translation>各一级产业的专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="186" />
        <source>Level-2 industries of {0} {1}</source>
        <translation>{0} {1} 的二级产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="196" />
        <source>{0} entries answered: {1} patents classified, {2} with no SEIC classification, {3} not found in PatSnap, {4} failed.</source>
        <translation>已答复 {0} 个条目：{1} 件专利已分类，{2} 件无 SEIC 分类，{3} 件在 PatSnap 中未找到，{4} 个失败。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="201" />
        <source>{0} distinct patents: {1} listed twice (by number and by PatSnap ID), counted once.</source>
        <translation>不同专利共 {0} 件：其中 {1} 件被列出两次（专利号和 PatSnap ID），只计一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="223" />
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="229" />
        <source>{0} {1} · {2:.1f}%</source>
        <translation>{0} {1} · {2:.1f}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/chart.py" line="280" />
        <source>{0} {1} · patents: {2} ({3:.1f}% of the {4} answered)</source>
        <translation>{0} {1} · 专利：{2} 件（占已答复 {4} 件的 {3:.1f}%）</translation>
    </message>
</context>
<context>
    <name>ClassificationTableModel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="70" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="71" />
        <source>Patent number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="72" />
        <source>Patent ID</source>
        <translation>专利 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="73" />
        <source>L1 code</source>
        <translation>一级代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="74" />
        <source>Level-1 industry</source>
        <translation>一级产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="75" />
        <source>L2 code</source>
        <translation>二级代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="76" />
        <source>Level-2 industry</source>
        <translation>二级产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="77" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="78" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="79" />
        <source>Assignee</source>
        <translation>专利权人</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="80" />
        <source>Application date</source>
        <translation>申请日</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="81" />
        <source>Publication date</source>
        <translation>公开日</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/model.py" line="82" />
        <source>Patent type</source>
        <translation>专利类型</translation>
    </message>
</context>
<context>
    <name>ClassifyRunner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/run.py" line="182" />
        <source>No connection is ready yet. Check the account in Account → Accounts… and try again.</source>
        <translation>连接尚未就绪。请在“账户 → 账户…”中检查账户后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/run.py" line="198" />
        <source>Classification</source>
        <translation>产业分类</translation>
    </message>
</context>
<context>
    <name>ClassifyTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/report.py" line="24" />
        <source>Classify a list first: the report is made of its results.</source>
        <translation>请先分类一个列表：报告由其结果生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/report.py" line="61" />
        <source>The level-2 industry names stay in Chinese, as the list was classified (IP Desk knows the English names of level 1 only).</source>
        <translation>二级产业名称保持为中文，与列表分类时的语言相同（IP Desk 只知道一级产业的英文名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/report.py" line="66" />
        <source>The industry names stay in English, as the list was classified; classify it with results in Chinese to have them in Chinese.</source>
        <translation>产业名称保持为英文，与列表分类时的语言相同；如需中文名称，请将结果语言设为中文后重新分类。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="186" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="187" />
        <source>Open a .txt, .csv or .xlsx file</source>
        <translation>打开 .txt、.csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="188" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="673" />
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="192" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="194" />
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="193" />
        <source>Send the list (nothing is sent before)</source>
        <translation>发送列表（在此之前不会发送任何内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="198" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="200" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="199" />
        <source>Stop after the batches in flight</source>
        <translation>等正在进行的批次完成后停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="204" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="206" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="205" />
        <source>Continue the stopped job where it left off</source>
        <translation>从中断处继续已停止的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="210" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="212" />
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="211" />
        <source>Send the failed patents again</source>
        <translation>重新发送失败的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="219" />
        <source>Results in:</source>
        <translation>结果语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="220" />
        <source>Result language</source>
        <translation>结果语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="221" />
        <source>Fetch again (ignore stored results)</source>
        <translation>重新获取（忽略已存储的结果）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="222" />
        <source>Fetch again</source>
        <translation>重新获取</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="223" />
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="230" />
        <source>With bibliography</source>
        <translation>附带著录信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="226" />
        <source>Also fetch each patent's title, assignee, dates and type (one more API call per 100 patents): the table gains those columns and the portfolio views by assignee and by year</source>
        <translation>同时获取每件专利的标题、专利权人、日期和类型（每 100 件专利多一次 API 调用）：表格增加这些列，并可按专利权人和年份查看组合视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="231" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="232" />
        <source>Stopped or unfinished jobs that can be resumed</source>
        <translation>可继续的已停止或未完成任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="233" />
        <source>Resumable jobs</source>
        <translation>可继续的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="234" />
        <source>Classification progress</source>
        <translation>分类进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="235" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="242" />
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="251" />
        <source>Classified</source>
        <translation>已分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="252" />
        <source>No SEIC classification</source>
        <translation>无战略性新兴产业分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="253" />
        <source>Not found in PatSnap</source>
        <translation>PatSnap 中未找到</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="333" />
        <source>Enter at least one valid patent number or patent ID.</source>
        <translation>请至少输入一个有效的专利号或专利 ID。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="381" />
        <source>Paid API calls</source>
        <translation>付费 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="383" />
        <source>This run makes {0} paid API calls; {1} answers come from the store. Start it?</source>
        <translation>本次运行将进行 {0} 次付费 API 调用；{1} 个结果来自本地库。开始吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="431" />
        <source>Stopping… waiting for the batches in flight.</source>
        <translation>正在停止…等待进行中的批次完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="440" />
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="449" />
        <source>{0} of {3} entries answered, {1} failed, {2} remaining · API calls: {4} · {5}</source>
        <translation>已答复 {0}/{3} 个条目，{1} 个失败，剩余 {2} 个 · API 调用：{4} · {5}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="453" />
        <source>This list is already running in another IP Desk window or process: this window follows that run and shows its answers, without paying for them again.</source>
        <translation>此列表已在另一个 IP Desk 窗口或进程中运行：本窗口跟随该次运行并显示其结果，不会再次付费。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="458" />
        <source>Following: {0}</source>
        <translation>跟随中：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="463" />
        <source>estimating time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="466" />
        <source>about {0} min {1} s left</source>
        <translation>约剩 {0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="467" />
        <source>about {0} s left</source>
        <translation>约剩 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="488" />
        <source>The run could not be started.</source>
        <translation>无法开始运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="495" />
        <source>Stopped: {0} of {1} entries answered, {2} failed, {3} remaining · API calls: {4}. Resume continues where it stopped.</source>
        <translation>已停止：已答复 {0}/{1} 个条目，{2} 个失败，剩余 {3} 个 · API 调用：{4}。“继续”将从停止处接着运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="499" />
        <source>Finished: {0} of {1} entries answered, {2} failed · API calls: {4}.</source>
        <translation>已完成：已答复 {0}/{1} 个条目，{2} 个失败 · API 调用：{4}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="501" />
        <source>Finished: {0} of {1} entries answered · API calls: {4}.</source>
        <translation>已完成：已答复 {0}/{1} 个条目 · API 调用：{4}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="544" />
        <source>Reading the jobs…</source>
        <translation>正在读取任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="548" />
        <source>No stopped jobs</source>
        <translation>没有已停止的任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="552" />
        <source>Job {0} · patents: {1} · {2} left, {3} failed · {4} · {5}</source>
        <translation>任务 {0} · 专利：{1} 件 · 剩余 {2}，失败 {3} · {4} · {5}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="625" />
        <source>Reopened from the store: {0} of {1} entries answered, {2} failed, {3} remaining · no API call.</source>
        <translation>已从本地库重新打开：{1} 条中已应答 {0} 条，失败 {2} 条，剩余 {3} 条 · 未调用 API。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="651" />
        <source>Open a patent list</source>
        <translation>打开专利列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/tab.py" line="653" />
        <source>Patent lists (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>专利列表 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="159" />
        <source>Paste or type patent numbers or PatSnap patent IDs, separated by new lines, commas, semicolons or spaces (e.g. CN110650438A, US 9,800,501 B2) — or drop a .txt, .csv or .xlsx file.</source>
        <translation>粘贴或输入专利号或 PatSnap 专利 ID，用换行、逗号、分号或空格分隔（例如 CN110650438A、US 9,800,501 B2）——或拖入 .txt、.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="163" />
        <source>Patent list</source>
        <translation>专利列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="164" />
        <source>Input counts</source>
        <translation>输入统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="166" />
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="193" />
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="200" />
        <source>Nothing entered yet.</source>
        <translation>尚未输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="209" />
        <source>invalid: {0}</source>
        <translation>无效：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="211" />
        <source>invalid: {0} (click to see which and why)</source>
        <translation>无效：{0}（点击查看是哪些及原因）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="214" />
        <source>application numbers: {0} (not sent, click to see)</source>
        <translation>申请号：{0}（不发送，点击查看）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="218" />
        <source>rewritten: {0} (click to see as what)</source>
        <translation>已改写：{0}（点击查看改写结果）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="222" />
        <source>Unique: {0} · duplicates: {1} · {2} · already in the store: {3} · API calls needed: {4} (bibliography: {5})</source>
        <translation>{0} 个不重复 · 重复：{1} · {2} · 已在本地存储中：{3} · 需要的 API 调用：{4} 次（其中著录信息 {5} 次）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="226" />
        <source>Unique: {0} · duplicates: {1} · {2} · already in the store: {3} · API calls needed: {4}</source>
        <translation>{0} 个不重复 · 重复：{1} · {2} · 已在本地存储中：{3} · 需要的 API 调用：{4} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="266" />
        <source>Choose the column</source>
        <translation>选择列</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/input.py" line="268" />
        <source>The file has several columns. Which one holds the patent numbers or IDs?</source>
        <translation>文件有多列。哪一列是专利号或专利 ID？</translation>
    </message>
</context>
<context>
    <name>InvalidEntriesDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="82" />
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="89" />
        <source>Invalid entries</source>
        <translation>无效条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="85" />
        <source>Entries that are not patent numbers or patent IDs (or are application numbers) are not sent; entries written another way are sent as the publication number PatSnap answers to.</source>
        <translation>不是专利号或专利 ID 的条目（以及申请号）不会发送；以其他写法输入的条目将按 PatSnap 可识别的公开号发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="91" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="91" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="91" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="91" />
        <source>Recognised as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/invalid.py" line="97" />
        <source>Sent as the number on the right</source>
        <translation>按右侧号码发送</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="251" />
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="252" />
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="252" />
        <source>By assignee</source>
        <translation>按专利权人</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="252" />
        <source>By year</source>
        <translation>按年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="254" />
        <source>Portfolio view</source>
        <translation>组合视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="255" />
        <source>Application year</source>
        <translation>申请年</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="256" />
        <source>Publication year</source>
        <translation>公开年</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="257" />
        <source>Which year</source>
        <translation>年份依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="258" />
        <source>Portfolio heat map</source>
        <translation>组合热力图</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="261" />
        <source>Assignees and years come with the bibliography: tick “With bibliography” above and classify the list again (one more API call per 100 patents).</source>
        <translation>专利权人和年份来自著录信息：请勾选上方的“附带著录信息”，然后重新分类该列表（每 100 件专利多一次 API 调用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="276" />
        <source>{0} · {1} {2}: {3} patents</source>
        <translation>{0} · {1} {2}：{3} 件专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="351" />
        <source>Patents of the top {0} assignees per level-1 industry</source>
        <translation>前 {0} 位专利权人在各一级产业的专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="355" />
        <source>Other patents (other assignees or none known): {0}</source>
        <translation>其他专利（其他专利权人或专利权人未知）：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="357" />
        <source>Patents per publication year and level-1 industry</source>
        <translation>各公开年、各一级产业的专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="358" />
        <source>Patents without a publication date: {0}</source>
        <translation>无公开日的专利：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="360" />
        <source>Patents per application year and level-1 industry</source>
        <translation>各申请年、各一级产业的专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="361" />
        <source>Patents without an application date: {0}</source>
        <translation>无申请日的专利：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="363" />
        <source>No classified patent with an assignee or a date yet.</source>
        <translation>尚无带专利权人或日期的已分类专利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/portfolio.py" line="365" />
        <source>Click a cell to show its patents in the table.</source>
        <translation>点击单元格可在表格中只显示其专利。</translation>
    </message>
</context>
<context>
    <name>RecentListsButton</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="46" />
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="48" />
        <source>Recent lists</source>
        <translation>最近的清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="47" />
        <source>Reopen a list classified earlier, from the store (no API call)</source>
        <translation>从本地库重新打开之前分类过的清单（不调用 API）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="74" />
        <source>{0} and {1} more</source>
        <translation>{0} 及另外 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="76" />
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="83" />
        <source>No classified list yet</source>
        <translation>还没有分类过的清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/recent.py" line="86" />
        <source>{0} patents · job {1}</source>
        <translation>{0} 件专利 · 任务 {1}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="154" />
        <source>No row matches the filter.</source>
        <translation>没有与筛选条件匹配的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="155" />
        <source>Paste or open a list of patents above, then press Classify: the results appear here.</source>
        <translation>请在上方粘贴或打开专利列表，然后点击“分类”：结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="159" />
        <source>Filter: type to match any column</source>
        <translation>筛选：输入内容以匹配任意列</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="160" />
        <source>Filter results</source>
        <translation>筛选结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="161" />
        <source>Classification results</source>
        <translation>分类结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="163" />
        <source>Clear the heat-map filter</source>
        <translation>清除热力图筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="274" />
        <source>Filtered: {0} ✕</source>
        <translation>已筛选：{0} ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="275" />
        <source>Show every row again</source>
        <translation>重新显示全部行</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="287" />
        <source>Industry {0} {1} (&lt;a href="clear"&gt;show all&lt;/a&gt;)</source>
        <translation>产业 {0} {1}（&lt;a href="clear"&gt;显示全部&lt;/a&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="293" />
        <source>Rows: {0}</source>
        <translation>行数：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/results.py" line="295" />
        <source>Rows: {0} of {1}</source>
        <translation>行数：{0} / {1}</translation>
    </message>
</context>
<context>
    <name>RowLinks</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/row_links.py" line="62" />
        <source>Open full text</source>
        <translation>打开全文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/row_links.py" line="66" />
        <source>Copy number</source>
        <translation>复制专利号</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/row_links.py" line="69" />
        <source>Open in PatSnap</source>
        <translation>在智慧芽中打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/row_links.py" line="75" />
        <source>Open in Espacenet</source>
        <translation>在 Espacenet 中打开</translation>
    </message>
</context>
<context>
    <name>TabActionsMixin</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="22" />
        <source>Table as CSV, UTF-8 (*.csv)</source>
        <translation>表格 CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="23" />
        <source>Table as CSV, UTF-8, with the invalid and duplicate lines (*.csv)</source>
        <translation>表格 CSV，UTF-8，含无效与重复的行 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="24" />
        <source>Table as Excel workbook, with the invalid and duplicate lines (*.xlsx)</source>
        <translation>表格 Excel 工作簿，含无效与重复的行 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="25" />
        <source>Table as Excel workbook, results only (*.xlsx)</source>
        <translation>表格 Excel 工作簿，仅结果 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="26" />
        <source>Table as JSON (*.json)</source>
        <translation>表格 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="27" />
        <source>Chart as PNG image (*.png)</source>
        <translation>图表 PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="34" />
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="82" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="56" />
        <source>The chart could not be saved to {0}.</source>
        <translation>无法将图表保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="71" />
        <source>Sample data: these results come from IP Desk's built-in demo, not from PatSnap. Do not use them for analysis.</source>
        <translation>示例数据：这些结果来自 IP Desk 内置的演示数据，并非来自 PatSnap。请勿用于分析。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify/actions.py" line="77" />
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
</context>
</TS>