<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/about.py" line="19" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/about.py" line="20" />
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/about.py" line="21" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/about.py" line="23" />
        <source>A desktop workbench for IP analysts on the PatSnap Open Platform.</source>
        <translation>基于智慧芽开放平台、面向知识产权分析师的桌面工作台。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="100" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="101" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="102" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="103" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="104" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="105" />
        <source>&amp;Use this profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="107" />
        <source>Profiles</source>
        <translation>配置列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="108" />
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="109" />
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="313" />
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="342" />
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="110" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="111" />
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="251" />
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="112" />
        <source>Use this profile</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="113" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="114" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="192" />
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="195" />
        <source>Secrets are kept in the system keyring (%1).</source>
        <translation>密钥保存在系统密钥环中(%1)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="201" />
        <source>A secret you enter can be kept in memory for this session only.</source>
        <translation>您输入的密钥可以只在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="213" />
        <source>Enter the client secret.</source>
        <translation>请输入 Client Secret。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="215" />
        <source>Enter the API key.</source>
        <translation>请输入 API Key。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="221" />
        <source>A profile with this name already exists.</source>
        <translation>已存在同名的配置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="244" />
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="249" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="273" />
        <source>No usable keyring</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="274" />
        <source>The secret could not be stored in a system keyring.</source>
        <translation>无法将密钥保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="278" />
        <source>Keep it in memory for this session only? You will have to enter it again after IP Desk closes. It is never written to a file.</source>
        <translation>是否只在本次运行期间将其保存在内存中?关闭 IP Desk 后需要重新输入。密钥绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="300" />
        <source>Saved. The secret is kept in memory until IP Desk closes.</source>
        <translation>已保存。密钥保存在内存中，直到 IP Desk 关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="302" />
        <source>Saved. The secret is in the system keyring.</source>
        <translation>已保存。密钥已存入系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="314" />
        <source>Delete the profile “%1” and its secret from the keyring?</source>
        <translation>删除配置“%1”并从密钥环中删除其密钥?</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="330" />
        <source>The profile “%1” was deleted.</source>
        <translation>配置“%1”已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="353" />
        <source>Switched to “%1”.</source>
        <translation>已切换到“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="362" />
        <source>Enter the secret to test.</source>
        <translation>请输入要测试的密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="369" />
        <source>The connection works: the service accepted these credentials.</source>
        <translation>连接正常：服务已接受这些凭据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="373" />
        <source>The connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts.py" line="376" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/context.py" line="34" />
        <source>No secret is stored for the profile “{0}”. Open Account → Accounts… and enter it.</source>
        <translation>配置“{0}”没有保存密钥。请打开“账户 → 账户管理…”并输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/context.py" line="400" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="48" />
        <source>Demo mode: the data you see is sample data.</source>
        <translation>演示模式：您看到的数据是示例数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="51" />
        <source>It comes from the built-in sandbox, not from PatSnap. Add your account to work with real data.</source>
        <translation>这些数据来自内置沙盒，而非智慧芽。添加您的账户即可使用真实数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="54" />
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="57" />
        <source>Demo mode notice</source>
        <translation>演示模式提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="55" />
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/banner.py" line="56" />
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
</context>
<context>
    <name>JobsWidget</name>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="78" />
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1(另有 %n 项)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="86" />
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="89" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="90" />
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="91" />
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="92" />
        <source>Running job</source>
        <translation>正在运行的任务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="171" />
        <source>IP Desk</source>
        <translation>IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="173" />
        <source>IP Desk — demo mode</source>
        <translation>IP Desk — 演示模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="175" />
        <source>IP Desk main window</source>
        <translation>IP Desk 主窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="176" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="224" />
        <source>The connection works: the service accepted the credentials.</source>
        <translation>连接正常：服务已接受凭据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="226" />
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="231" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="232" />
        <source>The connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="236" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="242" />
        <source>About IP Desk</source>
        <translation>关于 IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="258" />
        <source>Diagnostics copied to the clipboard (without secrets).</source>
        <translation>诊断信息已复制到剪贴板(不含密钥)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="333" />
        <source>Jobs are running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="335" />
        <source>Jobs still running: %1. Stop them and quit? Stopped jobs are paused and can be resumed the next time you start IP Desk.</source>
        <translation>仍在运行的任务：%1 个。要停止它们并退出吗？停止的任务会被暂停，下次启动 IP Desk 时可以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="342" />
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/main_window.py" line="343" />
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/preview.py" line="52" />
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/preview.py" line="53" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/preview.py" line="54" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/preview.py" line="55" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/preview.py" line="95" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="57" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="58" />
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="59" />
        <source>&amp;URL:</source>
        <translation>地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="60" />
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="61" />
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="70" />
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="71" />
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="72" />
        <source>Endpoint URL</source>
        <translation>接入点地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="73" />
        <source>Authentication mode</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="74" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="75" />
        <source>Keyring status</source>
        <translation>密钥环状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="76" />
        <source>Where the credentials come from</source>
        <translation>凭据的来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="98" />
        <source>Client &amp;secret:</source>
        <translation>Client &amp;Secret：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="98" />
        <source>API &amp;key:</source>
        <translation>API &amp;Key：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="99" />
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="99" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="101" />
        <source>Stored in the keyring; leave empty to keep it</source>
        <translation>已保存在密钥环中;留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="105" />
        <source>The client ID and client secret come from your PatSnap Open Platform account (console → applications).</source>
        <translation>Client ID 和 Client Secret 来自您的智慧芽开放平台账户(控制台 → 应用)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="110" />
        <source>The API key comes from your PatSnap Open Platform account (console → applications).</source>
        <translation>API Key 来自您的智慧芽开放平台账户(控制台 → 应用)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="144" />
        <source>Enter a name of at most 64 characters, without “:”.</source>
        <translation>请输入不超过 64 个字符、且不含“:”的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="146" />
        <source>Enter a valid https:// address (plain http is allowed only for this computer).</source>
        <translation>请输入有效的 https:// 地址(仅本机地址允许使用 http)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/accounts_form.py" line="148" />
        <source>Enter the client ID.</source>
        <translation>请输入 Client ID。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="176" />
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="177" />
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="267" />
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="294" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="178" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="179" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="180" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="181" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="182" />
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="183" />
        <source>Only the &amp;filtered rows</source>
        <translation>只包含筛选后的行(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="184" />
        <source>The report covers only the rows the table's filter shows</source>
        <translation>报告只包含表格筛选后显示的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="185" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="186" />
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="187" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="188" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="189" />
        <source>Report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="190" />
        <source>The report's standard title</source>
        <translation>报告的默认标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="191" />
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="192" />
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="193" />
        <source>Report progress</source>
        <translation>报告进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="236" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="267" />
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="311" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="311" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="313" />
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="343" />
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="338" />
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="340" />
        <source>Report saved to {0}</source>
        <translation>报告已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="343" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="371" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="375" />
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/reports/dialog.py" line="378" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="171" />
        <source>Demo (%1)</source>
        <translation>演示(%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="174" />
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="182" />
        <source>API calls today: %1</source>
        <translation>今日 API 调用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="188" />
        <source>Active profile</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="189" />
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="190" />
        <source>API calls today</source>
        <translation>今日 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="191" />
        <source>Click to see the API calls per day, operation and account</source>
        <translation>单击查看按日期、操作和账户统计的 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/statusbar.py" line="192" />
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
</context>
<context>
    <name>StoreHealthBanner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="36" />
        <source>SQLite found damaged pages</source>
        <translation>SQLite 检查发现数据页已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="72" />
        <source>Restore or start new…</source>
        <translation>恢复或新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="74" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="76" />
        <source>Database notice</source>
        <translation>数据库提示</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="104" />
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="154" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="112" />
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="115" />
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="164" />
        <source>Start a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="117" />
        <source>Not now</source>
        <translation>暂不处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="144" />
        <source>Restored the database from the backup %1. The damaged file is kept as %2.</source>
        <translation>已从备份 %1 恢复数据库。损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="147" />
        <source>Started a new database. The damaged file is kept as %2.</source>
        <translation>已新建数据库。损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/store_health.py" line="164" />
        <source>Restore the database</source>
        <translation>恢复数据库</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="54" />
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="55" />
        <source>Classify lists of patents by strategic emerging industry (SEIC). This tool is not included in this build of IP Desk.</source>
        <translation>按战略性新兴产业(SEIC)对专利清单分类。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="64" />
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="65" />
        <source>Read a patent description with a clickable outline of its sections. This tool is not included in this build of IP Desk.</source>
        <translation>阅读专利说明书，并通过可点击的章节大纲跳转。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="74" />
        <source>Risk monitoring</source>
        <translation>风险监控</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="75" />
        <source>Watch companies for patent risk warnings (pledges, litigation, transfers). This tool is not included in this build of IP Desk.</source>
        <translation>监控企业的专利风险预警(质押、诉讼、转让)。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/tabs.py" line="104" />
        <source>This tool could not be loaded. The details were written to the log.</source>
        <translation>无法加载此工具。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/tasks.py" line="331" />
        <source>Unexpected error ({0}). The details were written to the log.</source>
        <translation>发生意外错误({0})。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="12" />
        <source>The system keyring is available.</source>
        <translation>系统密钥环可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="13" />
        <source>No system keyring is available on this computer (no Secret Service, Keychain or Credential Manager was found).</source>
        <translation>此计算机上没有可用的系统密钥环(未找到 Secret Service、钥匙串或凭据管理器)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="18" />
        <source>The keyring is disabled in the keyring configuration.</source>
        <translation>密钥环已在 keyring 配置中被禁用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="19" />
        <source>The only keyring available keeps secrets in a file, which IP Desk does not use.</source>
        <translation>唯一可用的密钥环会把密钥保存在文件中，IP Desk 不使用这种方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="22" />
        <source>The system keyring did not answer in time (it may be locked or waiting for a password).</source>
        <translation>系统密钥环未及时响应(可能已锁定或正在等待输入密码)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="25" />
        <source>The system keyring is locked. Unlock your password manager and try again.</source>
        <translation>系统密钥环已锁定。请解锁您的密码管理器后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="28" />
        <source>The system keyring reported an error. The details were written to the log.</source>
        <translation>系统密钥环报告了错误。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="33" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="34" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="35" />
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="36" />
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="37" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="38" />
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="39" />
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="40" />
        <source>Secret missing</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="43" />
        <source>PatSnap (global)</source>
        <translation>智慧芽(全球)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="44" />
        <source>Zhihuiya (China)</source>
        <translation>智慧芽(中国)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="45" />
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="46" />
        <source>Built-in sandbox</source>
        <translation>内置沙盒</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="49" />
        <source>Client ID + client secret</source>
        <translation>Client ID + Client Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="50" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="54" />
        <source>Application</source>
        <translation>专利申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="55" />
        <source>Granted patent</source>
        <translation>授权专利</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="56" />
        <source>Utility model</source>
        <translation>实用新型</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/core/texts.py" line="57" />
        <source>Design</source>
        <translation>外观设计</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="86" />
        <source>The usage ledger is not available: no account is active.</source>
        <translation>无法读取用量记录：当前没有活动账户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="139" />
        <source>API calls per day, last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天每天的 API 调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="140" />
        <source>API calls</source>
        <translation>API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="165" />
        <source>Reading the usage ledger…</source>
        <translation>正在读取用量记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="167" />
        <source>No API calls recorded yet.</source>
        <translation>尚无 API 调用记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="171" />
        <source>API calls in the last %n day(s): %1. Every call of every account is counted here.</source>
        <translation>
            <numerusform>最近 %n 天的 API 调用：%1。这里统计所有账户的每一次调用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="179" />
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="180" />
        <source>Usage of API calls</source>
        <translation>API 调用用量</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="182" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="182" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="182" />
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="182" />
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="182" />
        <source>Results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="184" />
        <source>API calls per day, operation and account</source>
        <translation>按日期、操作和账户统计的 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="185" />
        <source>Chart of API calls per day</source>
        <translation>每日 API 调用图表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="186" />
        <source>Usage summary</source>
        <translation>用量摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/usage.py" line="187" />
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="88" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="89" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="90" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="91" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="92" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="93" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="99" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="99" />
        <source>Import a file into the current tab</source>
        <translation>将文件导入当前标签页</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="100" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="100" />
        <source>Export the current tab's results</source>
        <translation>导出当前标签页的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="102" />
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="103" />
        <source>Make a report of the current tab's results: PDF, printout or Excel workbook</source>
        <translation>为当前标签页的结果生成报告：PDF、打印或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="105" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="105" />
        <source>Print a report of the current tab's results</source>
        <translation>打印当前标签页结果的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="106" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="106" />
        <source>Quit IP Desk</source>
        <translation>退出 IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="107" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="107" />
        <source>Copy the selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="108" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="108" />
        <source>Select everything in the current view</source>
        <translation>选择当前视图中的全部内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="109" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="109" />
        <source>Find in the current tab</source>
        <translation>在当前标签页中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="111" />
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="112" />
        <source>Restore the default window size and panel sizes</source>
        <translation>恢复默认的窗口大小和面板大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="114" />
        <source>&amp;Accounts…</source>
        <translation>账户管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="114" />
        <source>Add, edit or delete PatSnap accounts</source>
        <translation>添加、编辑或删除智慧芽账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="116" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="117" />
        <source>Check that the active account can sign in</source>
        <translation>检查当前账户能否登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="119" />
        <source>&amp;Usage…</source>
        <translation>用量(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="119" />
        <source>API calls per day, operation and account</source>
        <translation>按日期、操作和账户统计的 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="120" />
        <source>&amp;About IP Desk</source>
        <translation>关于 IP Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="120" />
        <source>Version, Qt version and data folder</source>
        <translation>版本、Qt 版本和数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="121" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="121" />
        <source>Show the folder with IP Desk's log files</source>
        <translation>显示存放 IP Desk 日志文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="123" />
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="124" />
        <source>Copy technical details (without secrets) to the clipboard</source>
        <translation>将技术信息(不含密钥)复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/shell/actions.py" line="132" />
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
</TS>