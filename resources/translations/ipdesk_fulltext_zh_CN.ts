<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BiblioHeader</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="195" />
        <source>Applicant and assignee: {0}</source>
        <translation>申请人兼专利权人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="200" />
        <source>Applicants: {0}</source>
        <translation>申请人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="201" />
        <source>Assignees: {0}</source>
        <translation>专利权人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="205" />
        <source>Inventors: {0}</source>
        <translation>发明人：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="212" />
        <source>Filed {0}</source>
        <translation>申请日 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="213" />
        <source>Published {0}</source>
        <translation>公开日 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="214" />
        <source>Priority {0}</source>
        <translation>优先权日 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="232" />
        <source>SEIC: {0}</source>
        <translation>战略性新兴产业：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="234" />
        <source>No SEIC classification</source>
        <translation>无战略性新兴产业分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="236" />
        <source>SEIC: not classified yet (run Classify in the Classification tab)</source>
        <translation>战略性新兴产业：尚未分类（请在“分类”标签页中运行分类）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="242" />
        <source>Bibliography</source>
        <translation>著录信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="246" />
        <source>Loading the bibliography…</source>
        <translation>正在加载著录信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="247" />
        <source>PatSnap has no bibliography for this number.</source>
        <translation>PatSnap 中没有此号码的著录信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="248" />
        <source>No bibliography: {0}</source>
        <translation>无著录信息：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="260" />
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="264" />
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="265" />
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="262" />
        <source>Hide the abstract</source>
        <translation>隐藏摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="262" />
        <source>Show the abstract</source>
        <translation>显示摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="275" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="281" />
        <source>Applicants and assignees</source>
        <translation>申请人和专利权人</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="283" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/header.py" line="284" />
        <source>Classes</source>
        <translation>分类号</translation>
    </message>
</context>
<context>
    <name>BibliographyLoader</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/bibliography.py" line="126" />
        <source>Bibliography of {0}</source>
        <translation>{0} 的著录信息</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="28" />
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="29" />
        <source>Export description</source>
        <translation>导出说明书</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="30" />
        <source>Sections to export:</source>
        <translation>要导出的章节：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="33" />
        <source>Sections to export</source>
        <translation>要导出的章节</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="40" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="42" />
        <source>Select all sections</source>
        <translation>选择全部章节</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="44" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="46" />
        <source>Select no section</source>
        <translation>不选择任何章节</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="48" />
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="50" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="52" />
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="54" />
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/export.py" line="66" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="74" />
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="75" />
        <source>Find in text</source>
        <translation>在文本中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="76" />
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="77" />
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="78" />
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="79" />
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="80" />
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="81" />
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="82" />
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="83" />
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="84" />
        <source>Number of matches</source>
        <translation>匹配数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="120" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="122" />
        <source>Matches: {0}</source>
        <translation>匹配：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/find.py" line="124" />
        <source>{0} of {1}</source>
        <translation>第 {0} 处，共 {1} 处</translation>
    </message>
</context>
<context>
    <name>FullTextTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="89" />
        <source>Not connected yet and {0} is not in the local store. Try again in a moment.</source>
        <translation>尚未连接，且本地存储中没有 {0}。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="190" />
        <source>Patents you open are listed here and reopen offline.</source>
        <translation>打开过的专利会列在这里，可离线重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="194" />
        <source>&amp;Patent:</source>
        <translation>专利(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="195" />
        <source>Patent number or PatSnap patent id, then Enter</source>
        <translation>输入专利号或 PatSnap 专利 ID，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="196" />
        <source>Patent number or patent id</source>
        <translation>专利号或专利 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="197" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="198" />
        <source>Language of the outline</source>
        <translation>章节目录的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="199" />
        <source>Office's language</source>
        <translation>专利局语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="202" />
        <source>The patent office's language for CN, JP, KR and TW numbers, else English</source>
        <translation>CN、JP、KR、TW 专利号使用其专利局的语言，其他使用英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="205" />
        <source>Use a family member's text if needed</source>
        <translation>必要时使用同族专利的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="207" />
        <source>When this patent has no description, show the text of a family member (marked as such).</source>
        <translation>当本专利没有说明书时，显示同族专利的文本（并加以标注）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="209" />
        <source>Use a family member's text</source>
        <translation>使用同族专利的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="210" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="211" />
        <source>Open the patent</source>
        <translation>打开该专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="212" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="213" />
        <source>&amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="214" />
        <source>Recently opened patents</source>
        <translation>最近打开的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="215" />
        <source>Double-click or press Enter to reopen (works offline)</source>
        <translation>双击或按 Enter 重新打开（可离线使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="216" />
        <source>Open patents</source>
        <translation>已打开的专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="218" />
        <source>Type a patent number (for example {0}) and press Enter to read its description.</source>
        <translation>输入专利号（例如 {0}）并按 Enter，即可阅读其说明书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="222" />
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="308" />
        <source>Opening {0} ({1})…</source>
        <translation>正在打开 {0}（{1}）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="310" />
        <source>Open {0}</source>
        <translation>打开 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="342" />
        <source>{0} (text from {1})</source>
        <translation>{0}（文本来自 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="475" />
        <source>Opened {0}</source>
        <translation>打开于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="485" />
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="502" />
        <source>Load description from file</source>
        <translation>从文件载入说明书</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="487" />
        <source>Text or HTML (*.txt *.htm *.html);;All files (*)</source>
        <translation>文本或 HTML (*.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="74" />
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="516" />
        <source>Open a patent first.</source>
        <translation>请先打开一件专利。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="524" />
        <source>Choose at least one section to export.</source>
        <translation>请至少选择一个要导出的章节。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="528" />
        <source>Export description</source>
        <translation>导出说明书</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="534" />
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="538" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="83" />
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/tab.py" line="537" />
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
</context>
<context>
    <name>FulltextOutline</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="18" />
        <source>Technical field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="19" />
        <source>Background art</source>
        <translation>背景技术</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="20" />
        <source>Summary of invention</source>
        <translation>发明内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="21" />
        <source>Brief description of drawings</source>
        <translation>附图说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="22" />
        <source>Description of embodiments</source>
        <translation>具体实施方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="23" />
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="38" />
        <source>The section's positions went beyond the text and were cut to its end.</source>
        <translation>该章节的位置超出了文本范围，已截断到文本末尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="41" />
        <source>The section's heading was not found at its position.</source>
        <translation>在该章节的位置上未找到其标题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="44" />
        <source>The heading was found a little away from its given position.</source>
        <translation>标题位于离给定位置稍远的地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="47" />
        <source>Positions were counted in UTF-16 units and have been converted to characters.</source>
        <translation>位置是按 UTF-16 单元计数的，已转换为字符位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="50" />
        <source>The section had no start position; it was located by its heading.</source>
        <translation>该章节没有起始位置，已根据其标题定位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="53" />
        <source>The section was given out of order and has been sorted.</source>
        <translation>该章节的顺序有误，已重新排序。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="56" />
        <source>The section's end was before its start and has been ignored.</source>
        <translation>该章节的结束位置在起始位置之前，已忽略。</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="90" />
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="90" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="90" />
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="91" />
        <source>Outline of the description</source>
        <translation>说明书章节目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/outline.py" line="126" />
        <source>Category: {0}</source>
        <translation>类别：{0}</translation>
    </message>
</context>
<context>
    <name>PatentView</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="139" />
        <source>Description text</source>
        <translation>说明书文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="140" />
        <source>Load description from file…</source>
        <translation>从文件载入说明书…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="141" />
        <source>Load description from file</source>
        <translation>从文件载入说明书</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="142" />
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="148" />
        <source>Classify this patent</source>
        <translation>对此专利分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="145" />
        <source>Add this patent to the Classification tab's list (nothing is sent until you press Classify)</source>
        <translation>将此专利加入“分类”标签页的列表（按“分类”之前不会发送任何请求）</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="150" />
        <source>No description text. Use “Load description from file…” to read one.</source>
        <translation>没有说明书文本。可使用“从文件载入说明书…”读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="152" />
        <source>Notes about this description</source>
        <translation>关于此说明书的提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="153" />
        <source>Description of {0}</source>
        <translation>{0} 的说明书</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="164" />
        <source>The text shown is from the family member {0}.</source>
        <translation>所显示的文本来自同族专利 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="166" />
        <source>No description text is available for this patent in this language.</source>
        <translation>该专利在此语言下没有说明书文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="168" />
        <source>No sections are known for this description: the whole text is shown.</source>
        <translation>此说明书没有章节信息：显示全文。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext/view.py" line="170" />
        <source>Some section positions were corrected (see the ⚠ entries).</source>
        <translation>部分章节位置已被校正（见带 ⚠ 的条目）。</translation>
    </message>
</context>
</TS>