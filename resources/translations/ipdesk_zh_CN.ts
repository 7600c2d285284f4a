<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="104" />
        <source>{0} invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="107" />
        <source>{0} invalid (click to see which and why)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="109" />
        <source>{0} unique, {1} duplicates, {2}, {3} already in the store, {4} API calls needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="39" />
        <source>estimating time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="42" />
        <source>about {0} min {1} s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="43" />
        <source>about {0} s left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/about.py" line="19" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/about.py" line="20" />
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/about.py" line="21" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/about.py" line="23" />
        <source>A desktop workbench for IP analysts on the PatSnap Open Platform.</source>
        <translation>基于智慧芽开放平台、面向知识产权分析师的桌面工作台。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="100" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="101" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="102" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="103" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="104" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="105" />
        <source>&amp;Use this profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="107" />
        <source>Profiles</source>
        <translation>配置列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="108" />
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="109" />
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="304" />
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="333" />
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="110" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="111" />
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="250" />
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="112" />
        <source>Use this profile</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="113" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="114" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="192" />
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="195" />
        <source>Secrets are kept in the system keyring (%1).</source>
        <translation>密钥保存在系统密钥环中(%1)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="201" />
        <source>A secret you enter can be kept in memory for this session only.</source>
        <translation>您输入的密钥可以只在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="213" />
        <source>Enter the client secret.</source>
        <translation>请输入 Client Secret。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="215" />
        <source>Enter the API key.</source>
        <translation>请输入 API Key。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="221" />
        <source>A profile with this name already exists.</source>
        <translation>已存在同名的配置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="248" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="263" />
        <source>No usable keyring</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="264" />
        <source>The secret could not be stored in a system keyring.</source>
        <translation>无法将密钥保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="269" />
        <source>Keep it in memory for this session only? You will have to enter it again after IP Desk closes. It is never written to a file.</source>
        <translation>是否只在本次运行期间将其保存在内存中?关闭 IP Desk 后需要重新输入。密钥绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="291" />
        <source>Saved. The secret is kept in memory until IP Desk closes.</source>
        <translation>已保存。密钥保存在内存中,直到 IP Desk 关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="293" />
        <source>Saved. The secret is in the system keyring.</source>
        <translation>已保存。密钥已存入系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="305" />
        <source>Delete the profile “%1” and its secret from the keyring?</source>
        <translation>删除配置“%1”并从密钥环中删除其密钥?</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="321" />
        <source>The profile “%1” was deleted.</source>
        <translation>配置“%1”已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="344" />
        <source>Switched to “%1”.</source>
        <translation>已切换到“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="352" />
        <source>Enter the secret to test.</source>
        <translation>请输入要测试的密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="359" />
        <source>The connection works: the service accepted these credentials.</source>
        <translation>连接正常:服务已接受这些凭据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="363" />
        <source>The connection test failed: %1</source>
        <translation>连接测试失败:%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts.py" line="366" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/context.py" line="33" />
        <source>No secret is stored for the profile “{0}”. Open Account → Accounts… and enter it.</source>
        <translation>配置“{0}”没有保存密钥。请打开“账户 → 账户管理…”并输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/context.py" line="266" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
</context>
<context>
    <name>ClassificationChart</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="130" />
        <source>◀ All industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="131" />
        <source>Back to the level-1 industries and show every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="132" />
        <source>Back to level-1 industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="133" />
        <source>Distribution chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="192" />
        <source>Patents per level-1 industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="196" />
        <source>Level-2 industries of {0} {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="201" />
        <source>{0} patents answered: {1} classified, {2} with no SEIC classification, {3} failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="215" />
        <source>Patents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="220" />
        <source>{0} {1} · {2:.1f}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_chart.py" line="246" />
        <source>{0} {1}: {2} patents, {3:.1f}% of {4} answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassificationTableModel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="76" />
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="77" />
        <source>Patent number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="78" />
        <source>Patent ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="79" />
        <source>Level-1 code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="80" />
        <source>Level-1 industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="81" />
        <source>Level-2 code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="82" />
        <source>Level-2 industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_model.py" line="83" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClassifyRunner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_run.py" line="160" />
        <source>No connection is ready yet. Check the account in Account → Accounts… and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_run.py" line="177" />
        <source>Classification</source>
        <translation type="unfinished">分类</translation>
    </message>
</context>
<context>
    <name>ClassifyTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="144" />
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="144" />
        <source>Open a .txt, .csv or .xlsx file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="144" />
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="345" />
        <source>Open file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="145" />
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="146" />
        <source>Classify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="145" />
        <source>Send the list (nothing is sent before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="147" />
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="147" />
        <source>Stop after the batches in flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="148" />
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="149" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="148" />
        <source>Continue the stopped job where it left off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="150" />
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="151" />
        <source>Retry failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="150" />
        <source>Send the failed patents again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="157" />
        <source>Results in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="158" />
        <source>Result language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="159" />
        <source>Fetch again (ignore stored results)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="160" />
        <source>Fetch again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="161" />
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="162" />
        <source>Stopped or unfinished jobs that can be resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="163" />
        <source>Resumable jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="164" />
        <source>Classification progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="165" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="169" />
        <source>Nothing sent yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="177" />
        <source>Classified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="177" />
        <source>No SEIC classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="221" />
        <source>Enter at least one valid patent number or patent ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="244" />
        <source>Stopping… waiting for the batches in flight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="251" />
        <source>Starting…</source>
        <translation type="unfinished">正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="260" />
        <source>{0} done, {1} failed, {2} remaining of {3} · {4} calls · {5}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="281" />
        <source>The run could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="287" />
        <source>Stopped: {0} of {1} answered, {2} failed, {3} remaining · {4} calls. Resume continues where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="290" />
        <source>Finished: {0} of {1} answered, {2} failed · {4} calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="292" />
        <source>Finished: {0} of {1} answered · {4} calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="316" />
        <source>No stopped jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="320" />
        <source>Job {0} · {1} patents · {2} left, {3} failed · {4} · {5}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="330" />
        <source>Open a patent list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab.py" line="330" />
        <source>Patent lists (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="65" />
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="66" />
        <source>Import companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="67" />
        <source>Which column holds the company names or codes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="70" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="72" />
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_import.py" line="76" />
        <source>First values of the column</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/banner.py" line="37" />
        <source>Demo mode: the data you see is sample data.</source>
        <translation>演示模式:您看到的数据是示例数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/banner.py" line="40" />
        <source>It comes from the built-in sandbox, not from PatSnap. Add your account to work with real data.</source>
        <translation>这些数据来自内置沙盒,而非智慧芽。添加您的账户即可使用真实数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/banner.py" line="43" />
        <location filename="../../desktop/ipdesk/ui/banner.py" line="46" />
        <source>Demo mode notice</source>
        <translation>演示模式提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/banner.py" line="44" />
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/banner.py" line="45" />
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="26" />
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="27" />
        <source>Export description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="28" />
        <source>Sections to export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="31" />
        <source>Sections to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="38" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="40" />
        <source>Select all sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="42" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="44" />
        <source>Select no section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="46" />
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="48" />
        <source>Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="50" />
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="52" />
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_export.py" line="65" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="70" />
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="71" />
        <source>Find in text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="72" />
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="73" />
        <source>Match case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="74" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="75" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="76" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="77" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="78" />
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="79" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="80" />
        <source>Number of matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="116" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="118" />
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_find.py" line="120" />
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FullTextTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="49" />
        <source>Not connected yet and {0} is not in the local store. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="141" />
        <source>&amp;Patent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="142" />
        <source>Patent number or PatSnap patent id, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="143" />
        <source>Patent number or patent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="144" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="145" />
        <source>Language of the outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="146" />
        <source>Use a family member's text if needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="148" />
        <source>When this patent has no description, show the text of a family member (marked as such).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="150" />
        <source>Use a family member's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="151" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="152" />
        <source>Open the patent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="153" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="154" />
        <source>&amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="155" />
        <source>Recently opened patents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="156" />
        <source>Double-click or press Enter to reopen (works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="157" />
        <source>Open patents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="159" />
        <source>Type a patent number (for example {0}) and press Enter to read its description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="163" />
        <source>Full text</source>
        <translation type="unfinished">全文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="227" />
        <source>Opening {0} ({1})…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="229" />
        <source>Open {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="251" />
        <source>{0} (text from {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="287" />
        <source>Opened {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="296" />
        <source>Load description from file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="296" />
        <source>Text or HTML (*.txt *.htm *.html);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="303" />
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="319" />
        <source>Open a patent first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="327" />
        <source>Choose at least one section to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="330" />
        <source>Export description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="336" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="336" />
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_tab.py" line="338" />
        <source>Exported to {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="217" />
        <source>Paste or type patent numbers or PatSnap patent IDs, separated by new lines, commas, semicolons or spaces (e.g. CN110650438A, US 9,800,501 B2) — or drop a .txt, .csv or .xlsx file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="221" />
        <source>Patent list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="222" />
        <source>Input counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="224" />
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="248" />
        <source>Nothing entered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="276" />
        <source>Choose the column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="277" />
        <source>The file has several columns. Which one holds the patent numbers or IDs?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvalidEntriesDialog</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="155" />
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="161" />
        <source>Invalid entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="157" />
        <source>These entries are not patent numbers or patent IDs and will not be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="162" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="162" />
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_input.py" line="162" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobsWidget</name>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="67" />
        <source>%1 (+%n more)</source>
        <translation><numerusform>%1(另有 %n 项)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="75" />
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="79" />
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="80" />
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="81" />
        <source>Running job</source>
        <translation>正在运行的任务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="109" />
        <source>IP Desk</source>
        <translation>IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="111" />
        <source>IP Desk — demo mode</source>
        <translation>IP Desk — 演示模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="113" />
        <source>IP Desk main window</source>
        <translation>IP Desk 主窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="114" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="147" />
        <source>The connection works: the service accepted the credentials.</source>
        <translation>连接正常:服务已接受凭据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="149" />
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="154" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="155" />
        <source>The connection test failed: %1</source>
        <translation>连接测试失败:%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="159" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="163" />
        <source>About IP Desk</source>
        <translation>关于 IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="176" />
        <source>Diagnostics copied to the clipboard (without secrets).</source>
        <translation>诊断信息已复制到剪贴板(不含密钥)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="253" />
        <source>Jobs are running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="255" />
        <source>%n job(s) are still running. Stop them and quit? Stopped jobs are paused and can be resumed the next time you start IP Desk.</source>
        <translation><numerusform>还有 %n 个任务正在运行。要停止它们并退出吗?停止的任务会被暂停,下次启动 IP Desk 时可以继续。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="264" />
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/main_window.py" line="265" />
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_outline.py" line="59" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_outline.py" line="59" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_outline.py" line="59" />
        <source>Hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_outline.py" line="60" />
        <source>Outline of the description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_outline.py" line="90" />
        <source>Category: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatentView</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="134" />
        <source>Description text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="135" />
        <source>Load description from file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="136" />
        <source>Load description from file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="137" />
        <source>No description text. Use “Load description from file…” to read one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="138" />
        <source>Notes about this description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="139" />
        <source>Description of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="150" />
        <source>The text shown is from the family member {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="152" />
        <source>No description text is available for this patent in this language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="154" />
        <source>No sections are known for this description: the whole text is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/fulltext_view.py" line="156" />
        <source>Some section positions were corrected (see the ⚠ entries).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="51" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="52" />
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="53" />
        <source>&amp;URL:</source>
        <translation>地址(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="54" />
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="55" />
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="64" />
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="65" />
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="66" />
        <source>Endpoint URL</source>
        <translation>接入点地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="67" />
        <source>Authentication mode</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="68" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="69" />
        <source>Keyring status</source>
        <translation>密钥环状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="91" />
        <source>Client &amp;secret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="91" />
        <source>API &amp;key:</source>
        <translation>API &amp;Key:</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="92" />
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="92" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="94" />
        <source>Stored in the keyring; leave empty to keep it</source>
        <translation>已保存在密钥环中;留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="120" />
        <source>Enter a name of at most 64 characters, without “:”.</source>
        <translation>请输入不超过 64 个字符、且不含“:”的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="122" />
        <source>Enter a valid https:// address (plain http is allowed only for this computer).</source>
        <translation>请输入有效的 https:// 地址(仅本机地址允许使用 http)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/accounts_form.py" line="124" />
        <source>Enter the client ID.</source>
        <translation>请输入 Client ID。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="108" />
        <source>Filter: type to match any column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="109" />
        <source>Filter results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="110" />
        <source>Classification results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="173" />
        <source>Industry {0} {1} (&lt;a href="clear"&gt;show all&lt;/a&gt;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="179" />
        <source>{0} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_results.py" line="181" />
        <source>{0} of {1} rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskActionsMixin</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="90" />
        <source>Import companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="90" />
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="101" />
        <source>The file could not be read as CSV or XLSX.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="127" />
        <source>%n company(ies) added; use Refresh to fetch their data.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="129" />
        <source>Skipped (check character wrong): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="151" />
        <source>Note and tags saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="172" />
        <source>Refreshing %n company(ies)…</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="174" />
        <source>Not connected yet; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="204" />
        <source>The refresh stopped: %1 Companies refreshed before stay updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="209" />
        <source>Refresh cancelled: %1 of %2 companies done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="212" />
        <source>Refreshed %1 of %2 companies; %3 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="237" />
        <source>IP Desk: new patent risk signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="238" />
        <source>Flags appeared or grew for: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="261" />
        <source>The history for this period is already stored: no calls needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="263" />
        <source>Backfill history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="264" />
        <source>This makes %n API call(s) (C028, one per past release date). Continue?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="279" />
        <source>History backfilled: %1 snapshots fetched (%2 calls).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="286" />
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="290" />
        <source>Export the watchlist report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="297" />
        <source>%n company(ies) exported.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="301" />
        <source>Export the company history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_actions.py" line="307" />
        <source>%n snapshot(s) exported.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>RiskBadges</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_badges.py" line="33" />
        <source>NEW</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskDetail</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="142" />
        <source>Patent applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="143" />
        <source>Rejected applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="144" />
        <source>Pledged patents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="145" />
        <source>Patents under invalidation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="146" />
        <source>Transferred patents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="147" />
        <source>Patents transferred out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="148" />
        <source>Active inventions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="149" />
        <source>Granted inventions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="150" />
        <source>Patents in litigation as defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="151" />
        <source>Patents in litigation as plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="152" />
        <source>Pledge events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="153" />
        <source>Invalidation events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="154" />
        <source>Transfer events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="155" />
        <source>Transfer-out events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="156" />
        <source>Litigation events as defendant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="157" />
        <source>Litigation events as plaintiff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="161" />
        <source>Current counts (C027)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="162" />
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="162" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="163" />
        <source>Current counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="164" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="165" />
        <source>&amp;Indicator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="168" />
        <source>Indicator shown in the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="169" />
        <source>History chart</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="173" />
        <source>%n month(s) back</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="175" />
        <source>How far back to backfill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="176" />
        <source>&amp;Backfill history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="177" />
        <source>Backfill history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="178" />
        <source>Fetch past snapshots (C028); you confirm the number of calls first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="179" />
        <source>Export history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="180" />
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="181" />
        <source>Note and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="182" />
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="183" />
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="184" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="185" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="186" />
        <source>comma-separated, e.g. supplier, due diligence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="187" />
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="188" />
        <source>Save note and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="203" />
        <source>Select a company to see its counts and history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="226" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_detail.py" line="241" />
        <source>No history stored yet: use Backfill history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskRunner</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_refresh.py" line="142" />
        <source>Refresh risk data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_refresh.py" line="154" />
        <source>Backfill risk history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="176" />
        <source>Risk monitoring</source>
        <translation type="unfinished">风险监控</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="178" />
        <source>Company name, unified social credit code or organisation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="180" />
        <source>Company to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="182" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="182" />
        <source>Add company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="183" />
        <source>&amp;Import…</source>
        <translation type="unfinished">导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="183" />
        <source>Import companies from CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="184" />
        <source>Query anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="185" />
        <source>&amp;Refresh selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="185" />
        <source>Refresh selected companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="186" />
        <source>Refresh &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="186" />
        <source>Refresh all companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="187" />
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="187" />
        <source>Cancel the refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="188" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="188" />
        <source>Remove selected companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="189" />
        <source>&amp;Export…</source>
        <translation type="unfinished">导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="189" />
        <source>Export the watchlist report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="194" />
        <source>Send the code as typed, although its check character is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="195" />
        <source>&amp;Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="196" />
        <source>F&amp;lag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="197" />
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="198" />
        <source>Filter by flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="199" />
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="200" />
        <source>Monitor new releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="202" />
        <source>Refresh the watchlist when new risk data is out (1st and 16th) and notify about new flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="204" />
        <source>Watchlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="205" />
        <source>Refresh progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="219" />
        <source>All companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="220" />
        <source>Any flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="221" />
        <source>New since last check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/risk_tab.py" line="232" />
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="124" />
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="127" />
        <source>Demo (%1)</source>
        <translation>演示(%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="135" />
        <source>API calls today: %1</source>
        <translation>今日 API 调用:%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="141" />
        <source>Active profile</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="142" />
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="143" />
        <source>API calls today</source>
        <translation>今日 API 调用</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/statusbar.py" line="144" />
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
</context>
<context>
    <name>TabActionsMixin</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="20" />
        <source>Table as CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="21" />
        <source>Table as Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="22" />
        <source>Table as JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="23" />
        <source>Chart as PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="30" />
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="57" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="44" />
        <source>The chart could not be saved to {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/classify_tab_actions.py" line="52" />
        <source>Exported {0} rows to {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="54" />
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="55" />
        <source>Classify lists of patents by strategic emerging industry (SEIC). This tool is not included in this build of IP Desk.</source>
        <translation>按战略性新兴产业(SEIC)对专利清单分类。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="64" />
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="65" />
        <source>Read a patent description with a clickable outline of its sections. This tool is not included in this build of IP Desk.</source>
        <translation>阅读专利说明书,并通过可点击的章节大纲跳转。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="74" />
        <source>Risk monitoring</source>
        <translation>风险监控</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="75" />
        <source>Watch companies for patent risk warnings (pledges, litigation, transfers). This tool is not included in this build of IP Desk.</source>
        <translation>监控企业的专利风险预警(质押、诉讼、转让)。此版本的 IP Desk 未包含该工具。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/tabs.py" line="104" />
        <source>This tool could not be loaded. The details were written to the log.</source>
        <translation>无法加载此工具。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/tasks.py" line="284" />
        <source>Unexpected error ({0}). The details were written to the log.</source>
        <translation>发生意外错误({0})。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="11" />
        <source>The system keyring is available.</source>
        <translation>系统密钥环可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="12" />
        <source>No system keyring is available on this computer (no Secret Service, Keychain or Credential Manager was found).</source>
        <translation>此计算机上没有可用的系统密钥环(未找到 Secret Service、钥匙串或凭据管理器)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="17" />
        <source>The keyring is disabled in the keyring configuration.</source>
        <translation>密钥环已在 keyring 配置中被禁用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="20" />
        <source>The only keyring available keeps secrets in a file, which IP Desk does not use.</source>
        <translation>唯一可用的密钥环会把密钥保存在文件中,IP Desk 不使用这种方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="23" />
        <source>The system keyring did not answer in time (it may be locked or waiting for a password).</source>
        <translation>系统密钥环未及时响应(可能已锁定或正在等待输入密码)。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="26" />
        <source>The system keyring is locked. Unlock your password manager and try again.</source>
        <translation>系统密钥环已锁定。请解锁您的密码管理器后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="29" />
        <source>The system keyring reported an error. The details were written to the log.</source>
        <translation>系统密钥环报告了错误。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="38" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="39" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="40" />
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="41" />
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="42" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="43" />
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="44" />
        <source>Secret missing</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="51" />
        <source>PatSnap (global)</source>
        <translation>智慧芽(全球)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="52" />
        <source>Zhihuiya (China)</source>
        <translation>智慧芽(中国)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="53" />
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="54" />
        <source>Built-in sandbox</source>
        <translation>内置沙盒</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="61" />
        <source>Client ID + client secret</source>
        <translation>Client ID + Client Secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/texts.py" line="62" />
        <source>API key</source>
        <translation>API Key</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="83" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="84" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="85" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="86" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="87" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="88" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="94" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="94" />
        <source>Import a file into the current tab</source>
        <translation>将文件导入当前标签页</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="95" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="95" />
        <source>Export the current tab's results</source>
        <translation>导出当前标签页的结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="96" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="96" />
        <source>Quit IP Desk</source>
        <translation>退出 IP Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="97" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="97" />
        <source>Copy the selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="98" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="98" />
        <source>Select everything in the current view</source>
        <translation>选择当前视图中的全部内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="99" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="99" />
        <source>Find in the current tab</source>
        <translation>在当前标签页中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="101" />
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="102" />
        <source>Restore the default window size and panel sizes</source>
        <translation>恢复默认的窗口大小和面板大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="104" />
        <source>&amp;Accounts…</source>
        <translation>账户管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="104" />
        <source>Add, edit or delete PatSnap accounts</source>
        <translation>添加、编辑或删除智慧芽账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="106" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="107" />
        <source>Check that the active account can sign in</source>
        <translation>检查当前账户能否登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="109" />
        <source>&amp;About IP Desk</source>
        <translation>关于 IP Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="109" />
        <source>Version, Qt version and data folder</source>
        <translation>版本、Qt 版本和数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="110" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="110" />
        <source>Show the folder with IP Desk's log files</source>
        <translation>显示存放 IP Desk 日志文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="112" />
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="113" />
        <source>Copy technical details (without secrets) to the clipboard</source>
        <translation>将技术信息(不含密钥)复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/ipdesk/ui/actions.py" line="121" />
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
</TS>