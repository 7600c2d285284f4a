<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="28" />
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="29" />
        <source>Import companies</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="30" />
        <source>Which column holds the company names or codes?</source>
        <translation>哪一列是企业名称或代码？</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="33" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="35" />
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/importer.py" line="39" />
        <source>First values of the column</source>
        <translation>该列的前几个值</translation>
    </message>
</context>
<context>
    <name>CompanyPatentsDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="153" />
        <source>You have no classified lists yet. Classify a list in the Classification tab with “With bibliography” to find this company's patents in it.</source>
        <translation>您还没有已分类的列表。请在“分类”标签页中勾选“附带著录信息”对列表进行分类，即可在其中查找该公司的专利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="157" />
        <source>This company's name is not known yet: refresh it first, then look again.</source>
        <translation>尚不知道该公司的名称：请先刷新该公司，然后再查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="159" />
        <source>No patent in your lists names this company as assignee or applicant.</source>
        <translation>您的列表中没有以该公司为专利权人或申请人的专利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="161" />
        <source>No patent in your lists names this company as assignee or applicant. Only patents with a stored bibliography can match ({0} of {1}): classify your lists with “With bibliography”.</source>
        <translation>您的列表中没有以该公司为专利权人或申请人的专利。只有已保存著录信息的专利才能匹配（{1} 件中有 {0} 件）：请勾选“附带著录信息”对列表进行分类。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="166" />
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="242" />
        <source>Patents of {0} in my lists</source>
        <translation>我的列表中 {0} 的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="168" />
        <source>Patents: {0} (one row per industry)  ·  Classified lists searched: {1}</source>
        <translation>专利：{0} 件（每个产业一行）  ·  已查找的分类列表：{1} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="178" />
        <source>Assignee in italics: the company is an applicant or a further assignee of that patent</source>
        <translation>专利权人为斜体：该企业是该专利的申请人或其他专利权人</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="183" />
        <source>First assignee: {0}. {1} is an applicant or a further assignee of this patent.</source>
        <translation>第一专利权人：{0}。{1} 是该专利的申请人或其他专利权人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="189" />
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="190" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="191" />
        <source>Assignee</source>
        <translation>专利权人</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="192" />
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="198" />
        <source>Industry (level 1)</source>
        <translation>产业（一级）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="193" />
        <source>Industry (level 2)</source>
        <translation>产业（二级）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="194" />
        <source>Filed</source>
        <translation>申请日</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="195" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="198" />
        <source>Patents</source>
        <translation>专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="199" />
        <source>Patents of this company</source>
        <translation>该公司的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="200" />
        <source>Patents per level-1 industry</source>
        <translation>各一级产业的专利数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/company_patents.py" line="201" />
        <source>Double-click a patent to read its full text</source>
        <translation>双击专利即可阅读其全文</translation>
    </message>
</context>
<context>
    <name>RiskBadges</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/badges.py" line="50" />
        <source>NEW</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="162" />
        <source>Patent applications</source>
        <translation>专利申请量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="163" />
        <source>Rejected applications</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="164" />
        <source>Pledged patents</source>
        <translation>质押专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="165" />
        <source>Patents under invalidation</source>
        <translation>无效宣告专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="166" />
        <source>Transferred patents</source>
        <translation>转让专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="167" />
        <source>Patents transferred out</source>
        <translation>转出专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="168" />
        <source>Active inventions</source>
        <translation>有效发明</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="169" />
        <source>Granted inventions</source>
        <translation>授权发明</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="170" />
        <source>Patents in litigation as defendant</source>
        <translation>作为被告的诉讼专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="171" />
        <source>Patents in litigation as plaintiff</source>
        <translation>作为原告的诉讼专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="172" />
        <source>Pledge events</source>
        <translation>质押事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="173" />
        <source>Invalidation events</source>
        <translation>无效宣告事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="174" />
        <source>Transfer events</source>
        <translation>转让事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="175" />
        <source>Transfer-out events</source>
        <translation>转出事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="176" />
        <source>Litigation events as defendant</source>
        <translation>作为被告的诉讼事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="177" />
        <source>Litigation events as plaintiff</source>
        <translation>作为原告的诉讼事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="181" />
        <source>Current counts (C027)</source>
        <translation>当前数量（C027）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="182" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="182" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="183" />
        <source>Current counts</source>
        <translation>当前数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="184" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="185" />
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="188" />
        <source>Indicator shown in the chart</source>
        <translation>图表中显示的指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="189" />
        <source>History chart</source>
        <translation>历史图表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="193" />
        <source>Back %1 months</source>
        <translation>回溯 %1 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="195" />
        <source>How far back to backfill</source>
        <translation>补全的回溯时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="196" />
        <source>&amp;Backfill history…</source>
        <translation>补全历史(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="197" />
        <source>Backfill history</source>
        <translation>补全历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="199" />
        <source>Fetch past snapshots (C028); you confirm the number of calls first</source>
        <translation>获取历史快照（C028）；调用次数需先确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="201" />
        <source>Export history…</source>
        <translation>导出历史…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="202" />
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="203" />
        <source>Note and tags</source>
        <translation>备注和标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="204" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="205" />
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="206" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="207" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="208" />
        <source>comma-separated, e.g. supplier, due diligence</source>
        <translation>用逗号分隔，例如：供应商, 尽职调查</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="209" />
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="210" />
        <source>Save note and tags</source>
        <translation>保存备注和标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="228" />
        <source>Select a company to see its counts and history.</source>
        <translation>选择一家企业以查看其数量和历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="254" />
        <source>Comparing %1 companies: choose the indicator below.</source>
        <translation>正在对比 %1 家企业：请在下方选择指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="269" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/detail.py" line="316" />
        <source>No history stored yet: use Backfill history.</source>
        <translation>尚无历史数据：请使用“补全历史”。</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="45" />
        <source>New pledges</source>
        <translation>新增质押</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="46" />
        <source>Litigation as defendant</source>
        <translation>作为被告的诉讼</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="47" />
        <source>Invalidation requests</source>
        <translation>无效宣告请求</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="48" />
        <source>Transfers out</source>
        <translation>专利转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="49" />
        <source>Rejections</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="52" />
        <source>Pledge</source>
        <translation>质押</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="53" />
        <source>Defendant</source>
        <translation>被告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="54" />
        <source>Invalidation</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="55" />
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="56" />
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="59" />
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="60" />
        <source>Organisation code</source>
        <translation>组织机构代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="61" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="79" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="80" />
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="81" />
        <source>Last refreshed</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="82" />
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="83" />
        <source>Risk score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="86" />
        <source>Applications growth</source>
        <translation>申请增长</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="87" />
        <source>Granted inventions growth</source>
        <translation>授权发明增长</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="92" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="99" />
        <source>Company not found in PatSnap data.</source>
        <translation>PatSnap 数据中未找到该企业。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="101" />
        <source>Try the unified social credit code.</source>
        <translation>请尝试使用统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="108" />
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="248" />
        <source>Risk score: 3 × (litigation as defendant + invalidation requests growth) + 2 × (new pledges + transfers out growth) + 1 × rejections growth.</source>
        <translation>风险分：3 ×（被告诉讼 + 无效宣告请求增长）+ 2 ×（新增质押 + 专利转出增长）+ 1 × 驳回增长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="254" />
        <source>Positive signal: growth since the previous release.</source>
        <translation>积极信号：自上次发布以来的增长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="314" />
        <source>New since last check</source>
        <translation>自上次检查以来新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="316" />
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="337" />
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="325" />
        <source>New since last check: flags appeared or grew.</source>
        <translation>自上次检查以来新增：风险标记出现或增加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="341" />
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="349" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/model.py" line="346" />
        <source>unknown (not refreshed yet)</source>
        <translation>未知（尚未刷新）</translation>
    </message>
</context>
<context>
    <name>RiskRunner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/refresh.py" line="26" />
        <source>Refresh risk data</source>
        <translation>刷新风险数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/refresh.py" line="30" />
        <source>Backfill risk history</source>
        <translation>补全风险历史</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/release_monitor.py" line="160" />
        <source>IP Desk: new patent risk signals</source>
        <translation>IP Desk：新的专利风险信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/release_monitor.py" line="161" />
        <source>Flags appeared or grew for: %1</source>
        <translation>以下企业出现或增加了风险标记：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/report.py" line="17" />
        <source>Add companies to the watchlist first: the report is made of them.</source>
        <translation>请先将企业添加到监控列表：报告由这些企业生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="58" />
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="94" />
        <source>Not connected yet; try again in a moment.</source>
        <translation>尚未连接，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="91" />
        <source>Refreshing companies: %1…</source>
        <translation>正在刷新企业：%1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="115" />
        <source>Paid API calls</source>
        <translation>付费 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="116" />
        <source>This run makes %1 paid API calls; %2 answers come from the store. Start it?</source>
        <translation>本次运行将进行 %1 次付费 API 调用；%2 个结果来自本地库。开始吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="169" />
        <source>Companies refreshed: %1 of %2; refreshing the ones added meanwhile: %3…</source>
        <translation>已刷新 %1/%2 家企业；正在刷新期间新增的企业：%3 家…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="204" />
        <source>The refresh stopped: %1 Companies refreshed before stay updated.</source>
        <translation>刷新已停止：%1 此前已刷新的企业保持更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="216" />
        <source>Refresh cancelled: companies done: %1 of %2.</source>
        <translation>刷新已取消：已完成 %1/%2 家企业。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="224" />
        <source>Companies refreshed: %1 of %2; %3 failed.</source>
        <translation>已刷新 %1/%2 家企业；%3 家失败。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="257" />
        <source>The history for this period is already stored: no calls needed.</source>
        <translation>该时间段的历史已保存，无需调用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/run_actions.py" line="281" />
        <source>History backfilled: snapshots fetched: %1, API calls: %2.</source>
        <translation>历史已补全：获取快照 %1 个，API 调用 %2 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="262" />
        <source>No company matches the tag and flag filters.</source>
        <translation>没有企业符合标签和风险标记筛选条件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="264" />
        <source>Your watchlist is empty. Type a company name or code above and press Add, or Import… a CSV or XLSX list.</source>
        <translation>关注列表为空。请在上方输入企业名称或代码并点击“添加”，或“导入…”CSV 或 XLSX 列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="270" />
        <source>Risk monitoring</source>
        <translation>风险监控</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="272" />
        <source>Company name, unified social credit code or organisation code</source>
        <translation>企业名称、统一社会信用代码或组织机构代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="274" />
        <source>Company to add</source>
        <translation>要添加的企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="276" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="276" />
        <source>Add company</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="277" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="277" />
        <source>Import companies from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 导入企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="278" />
        <source>Query anyway</source>
        <translation>仍然查询</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="279" />
        <source>&amp;Refresh selected</source>
        <translation>刷新所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="279" />
        <source>Refresh selected companies</source>
        <translation>刷新所选企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="280" />
        <source>Refresh &amp;all</source>
        <translation>全部刷新(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="280" />
        <source>Refresh all companies</source>
        <translation>刷新全部企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="281" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="281" />
        <source>Cancel the refresh</source>
        <translation>取消刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="282" />
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="465" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="282" />
        <source>Remove selected companies</source>
        <translation>移除所选企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="283" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="283" />
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="553" />
        <source>Export the watchlist report</source>
        <translation>导出关注列表报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="285" />
        <source>&amp;Patents in my lists…</source>
        <translation>我的列表中的专利(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="286" />
        <source>Patents of this company in my lists</source>
        <translation>我的列表中该公司的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="293" />
        <source>Send the code as typed, although its check character is wrong</source>
        <translation>按输入原样发送代码（即使校验位错误）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="297" />
        <source>The selected company's patents in your classified lists (matched by assignee or applicant), with their industries</source>
        <translation>所选公司在您已分类列表中的专利（按专利权人或申请人匹配）及其产业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="301" />
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="302" />
        <source>F&amp;lag:</source>
        <translation>标记(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="303" />
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="304" />
        <source>Filter by flag</source>
        <translation>按标记筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="305" />
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="306" />
        <source>Monitor new releases</source>
        <translation>监控新发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="309" />
        <source>Refresh the watchlist when new risk data is out (1st and 16th) and notify about new flags</source>
        <translation>新风险数据发布时（每月 1 日和 16 日）刷新关注列表并提醒新的风险标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="312" />
        <source>Watchlist</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="313" />
        <source>Refresh progress</source>
        <translation>刷新进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="337" />
        <source>All companies</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="338" />
        <source>Any flag</source>
        <translation>任一标记</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="339" />
        <source>New since last check</source>
        <translation>自上次检查以来新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="350" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="460" />
        <source>Patents of this company in my lists…</source>
        <translation>我的列表中该公司的专利…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="464" />
        <source>Refresh selected</source>
        <translation>刷新所选</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="541" />
        <location filename="../../desktop/ipdesk/ui/risk/watchlist_actions.py" line="163" />
        <source>Import companies</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="541" />
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="548" />
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="574" />
        <source>Companies exported: %1.</source>
        <translation>已导出企业：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="577" />
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="607" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="585" />
        <source>Export the company history</source>
        <translation>导出企业历史</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/tab.py" line="604" />
        <source>Snapshots exported: %1.</source>
        <translation>已导出快照：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/watchlist_actions.py" line="187" />
        <source>Companies added: %1. Use Refresh to fetch their data.</source>
        <translation>已添加企业：%1。请使用“刷新”获取数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/watchlist_actions.py" line="191" />
        <source>Skipped (check character wrong): %1</source>
        <translation>已跳过（校验位错误）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk/watchlist_actions.py" line="219" />
        <source>Note and tags saved.</source>
        <translation>备注和标签已保存。</translation>
    </message>
</context>
</TS>