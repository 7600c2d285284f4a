"""The texts of the message catalogue: ``key: (english, simplified chinese)``; see :mod:`ipdesk.messages`."""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str]] = {
    # --- PatSnap business error codes (683000xx): what happened + what to do ---
    "api.invalid_params": (
        "The request parameters were rejected as invalid. Check the patent numbers / ids or the company "
        "identifier (at most 100 patents per request) and try again.",
        "请求参数无效。请检查专利号/专利 ID 或企业标识（每次最多 100 件专利）后重试。",
    ),
    "api.search_failed": (
        "The PatSnap search service failed for this request. It is usually temporary: try again in a moment.",
        "PatSnap 检索服务处理本次请求失败，通常是暂时性的，请稍后重试。",
    ),
    "api.data_unreadable": (
        "PatSnap could not access the underlying data for this request. Check the identifiers; if they are "
        "correct, try again later or contact PatSnap support.",
        "PatSnap 无法读取本次请求的基础数据。请检查标识是否正确；如无误，请稍后重试或联系 PatSnap 客服。",
    ),
    "api.malformed_request": (
        "PatSnap rejected the request as malformed. Check the input values; if this persists, report it "
        "to the IP Desk maintainers.",
        "PatSnap 认为请求格式有误。请检查输入内容；如问题持续存在，请向 IP Desk 维护人员反馈。",
    ),
    "api.service_interrupted": (
        "The PatSnap service was interrupted. It is temporary: try again later.",
        "PatSnap 服务中断，属于暂时性问题，请稍后再试。",
    ),
    "api.upload_rules": (
        "The submitted content does not meet the upload rules of the service. Check the input format and "
        "try again.",
        "提交的内容不符合服务的上传规范。请检查输入格式后重试。",
    ),
    "api.company_not_found": (
        "No data exists for this company. Check the company name, unified social credit code or "
        "organization code (the full registered name is needed).",
        "该企业数据不存在。请检查企业名称、统一社会信用代码或组织机构代码（名称需为完整注册名称）。",
    ),
    # --- PatSnap platform error codes (672000xx) ---
    "api.platform_limit": (
        "The platform-wide API call limit has been exceeded. Wait and try again later, or contact PatSnap.",
        "已超出平台整体 API 调用上限。请稍后再试，或联系 PatSnap。",
    ),
    "api.total_limit": (
        "The total API call limit set by the platform has been reached. Wait until the limit resets or "
        "contact PatSnap to raise it.",
        "已达到平台设置的 API 调用总量上限。请等待额度重置，或联系 PatSnap 提高上限。",
    ),
    "api.qps_exceeded": (
        "Requests were sent faster than your account's QPS limit. IP Desk slows down and retries "
        "automatically; if this keeps happening, lower IPDESK_QPS (default 10) below your plan's QPS.",
        "请求速度超过了账户的 QPS 限制。IP Desk 会自动降速并重试；如频繁出现，请将 IPDESK_QPS 设为低于套餐的 "
        "QPS（默认 10）。",
    ),
    "api.auth_failed": (
        "Authentication failed: the access token expired, or the client ID / secret is wrong or the client "
        "is disabled. Check the credentials in Account → Accounts….",
        "认证失败：访问令牌已过期，或 Client ID / Secret 不正确、客户端已被禁用。请在“账户 → 账户管理…”中检查凭据。",
    ),
    "api.not_in_plan": (
        "This API is not in your plan, or the plan's quota for it is used up. Contact PatSnap to add it "
        "to your plan.",
        "您的套餐不包含此 API，或该接口套餐额度已用完。请联系 PatSnap 开通或升级套餐。",
    ),
    "api.balance_low": (
        "The account balance or number of calls is insufficient. Top up the account, then try again.",
        "账户余额或调用次数不足。请充值后重试。",
    ),
    "api.client_expired": (
        "This API client has passed its validity period. Renew the client with PatSnap or use another one.",
        "该 API 客户端已超过有效期。请联系 PatSnap 续期，或改用其他客户端。",
    ),
    "api.daily_limit": (
        "Today's configured call limit has been reached. Try again tomorrow or ask PatSnap to raise the "
        "daily limit.",
        "已达到当日配置的调用上限。请明天再试，或联系 PatSnap 提高每日额度。",
    ),
    "api.apikey_missing": (
        "The request did not carry the required apikey parameter. Check that a client ID is configured "
        "in Account → Accounts….",
        "请求缺少必需的 apikey 参数。请在“账户 → 账户管理…”中检查是否已配置 Client ID。",
    ),
    "api.apikey_mismatch": (
        "The apikey does not match the access token. Check that the client ID and secret belong to the "
        "same client.",
        "apikey 与访问令牌不匹配。请检查 Client ID 和 Secret 是否属于同一个客户端。",
    ),
    "api.illegal_request": (
        "The request was refused as illegal by the platform. Check the base URL and input; if it "
        "persists, contact PatSnap.",
        "平台认为该请求非法并予以拒绝。请检查服务地址和输入内容；如持续出现，请联系 PatSnap。",
    ),
    "api.server_busy": (
        "The PatSnap server is busy and the request timed out. It is temporary: try again later.",
        "PatSnap 服务器繁忙，请求超时。属于暂时性问题，请稍后重试。",
    ),
    "api.no_such_api": (
        "The requested API does not exist at this address. Check the base URL (global or China) in "
        "Account → Accounts….",
        "所请求的 API 在此地址不存在。请在“账户 → 账户管理…”中检查服务地址（全球版或中国版）。",
    ),
    # --- failures that carry no error code ---
    "api.http_401": (
        "The service refused the credentials (HTTP 401). Check the client ID and secret or API key in "
        "Account → Accounts….",
        "服务拒绝了凭据（HTTP 401）。请在“账户 → 账户管理…”中检查 Client ID 和 Secret 或 API Key。",
    ),
    "api.http_403": (
        "Access is forbidden (HTTP 403). Check that your account may use this API.",
        "访问被禁止（HTTP 403）。请确认您的账户有权使用此 API。",
    ),
    "api.http_404": (
        "The address was not found (HTTP 404). Check the base URL in Account → Accounts….",
        "未找到该地址（HTTP 404）。请在“账户 → 账户管理…”中检查服务地址。",
    ),
    "api.http_4xx": (
        "The service rejected the request. Check the input and try again.",
        "服务拒绝了该请求。请检查输入后重试。",
    ),
    "api.http_busy": (
        "The service is overloaded or unavailable. It is temporary: try again later.",
        "服务过载或暂时不可用。属于暂时性问题，请稍后重试。",
    ),
    "api.transport": (
        "The connection to the service failed or the answer was incomplete. Check the network (and proxy "
        "settings) and try again.",
        "与服务的连接失败或响应不完整。请检查网络（及代理设置）后重试。",
    ),
    "api.connect": (
        "Could not connect to the service (connection refused, unknown host or no answer to connect). Check "
        "the network, the proxy settings and the endpoint URL of the profile, then try again.",
        "无法连接到服务（连接被拒绝、主机名未知或连接无响应）。请检查网络、代理设置和配置的端点 URL，然后重试。",
    ),
    "api.tls": (
        "The server's certificate is not trusted: set a CA bundle (REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE) to the "
        "certificate authority file of your network, then try again.",
        "服务器证书不受信任：请将 CA 证书包（REQUESTS_CA_BUNDLE 或 CURL_CA_BUNDLE）设为您网络的证书颁发机构文件，然后重试。",
    ),
    "api.tls_untrusted": (
        "Certificate not trusted: the certificate of {host} is not trusted. Set a CA bundle (REQUESTS_CA_BUNDLE "
        "or CURL_CA_BUNDLE) to the certificate authority file of your network, or check the base URL.",
        "证书不受信任：{host} 的证书不受信任。请将 CA 证书包（REQUESTS_CA_BUNDLE 或 CURL_CA_BUNDLE）设为您网络的"
        "证书颁发机构文件，或检查服务地址。",
    ),
    "api.tls_failed": (
        "No secure connection to {host} could be set up ({detail}). Check the base URL (https:// and the port) "
        "and the proxy settings (HTTPS_PROXY).",
        "无法与 {host} 建立安全连接（{detail}）。请检查服务地址（https:// 和端口）以及代理设置（HTTPS_PROXY）。",
    ),
    "api.connect_host": (
        "Could not connect to {host}. Check the network, the proxy settings (HTTPS_PROXY) and the base URL, then "
        "try again.",
        "无法连接到 {host}。请检查网络、代理设置（HTTPS_PROXY）和服务地址，然后重试。",
    ),
    "api.connect_refused": (
        "Could not connect to {host}: the connection was refused. Check the base URL (host and port: Account → "
        "Accounts…, --base-url or IPDESK_BASE_URL) and that the service or your proxy is running.",
        "无法连接到 {host}：连接被拒绝。请检查服务地址（主机和端口：“账户 → 账户管理…”、--base-url 或 "
        "IPDESK_BASE_URL），并确认服务或代理正在运行。",
    ),
    "api.connect_dns": (
        "Could not connect to {host}: the host name was not found. Check the base URL for a typing error, and "
        "that this computer is online (DNS).",
        "无法连接到 {host}：找不到该主机名。请检查服务地址是否拼写有误，并确认本机已联网（DNS）。",
    ),
    "api.connect_timeout": (
        "Could not connect to {host}: no answer within {seconds} s. Check the network, a firewall and the proxy "
        "settings (HTTPS_PROXY).",
        "无法连接到 {host}：{seconds} 秒内无响应。请检查网络、防火墙和代理设置（HTTPS_PROXY）。",
    ),
    "api.connect_proxy": (
        "Could not connect to {host} through the proxy: it could not be reached or refused the request. Check "
        "HTTPS_PROXY and the system proxy settings.",
        "无法通过代理连接到 {host}：代理无法访问或拒绝了请求。请检查 HTTPS_PROXY 和系统代理设置。",
    ),
    "api.redirect": (
        "The service address redirects to {location}: check the base URL (Account → Accounts…, --base-url or "
        "IPDESK_BASE_URL) and the proxy settings.",
        "服务地址被重定向到 {location}：请检查服务地址（“账户 → 账户管理…”、--base-url 或 IPDESK_BASE_URL）"
        "和代理设置。",
    ),
    "api.too_large": (
        "The service's answer was larger than IP Desk accepts ({limit}): it was not kept and nothing of it was "
        "stored. Try again later; if it persists, report it to the IP Desk maintainers.",
        "服务返回的数据超过 IP Desk 的接收上限（{limit}）：已丢弃，未保存任何内容。请稍后重试；如持续出现，"
        "请向 IP Desk 维护人员反馈。",
    ),
    "api.parse": (
        "The service answered in an unexpected format. Try again later; if it persists, report it to the "
        "IP Desk maintainers.",
        "服务返回了无法识别的格式。请稍后重试；如持续出现，请向 IP Desk 维护人员反馈。",
    ),
    "api.insecure": (
        "Plain http:// addresses are only allowed for this computer (loopback). Use an https:// address.",
        "仅本机（回环地址）允许使用 http:// 地址。请改用 https:// 地址。",
    ),
    "api.bad_input": (
        "The input is not valid for this request. Correct it and try again.",
        "输入内容不适用于此请求。请修改后重试。",
    ),
    "api.cancelled": ("The operation was cancelled.", "操作已取消。"),
    "api.unknown": (
        "The service reported an error. Try again later; if it persists, contact PatSnap support.",
        "服务返回了错误。请稍后重试；如持续出现，请联系 PatSnap 客服。",
    ),
    # the service said when to try again (Retry-After), added to the message
    "api.with_retry_at": ("{message} {retry_at}", "{message}{retry_at}"),
    "api.retry_at": (
        "The service asked IP Desk to wait {wait} before the next request: try again after {at}.",
        "服务要求 IP Desk 等待 {wait}后再发送请求：请在 {at} 之后重试。",
    ),
    "api.wait_seconds": ("{seconds} s", "{seconds} 秒"),
    "api.wait_minutes": ("{minutes} min", "{minutes} 分钟"),
    "api.wait_hours": ("{hours} h {minutes} min", "{hours} 小时 {minutes} 分钟"),
    # --- the system keyring (services.secrets) ---
    "keyring.ok": ("The system keyring is available.", "系统钥匙串可用。"),
    "keyring.no_backend": (
        "No system keyring is available on this computer (no Secret Service, Keychain or Credential Manager "
        "was found).",
        "此计算机上没有可用的系统钥匙串（未找到 Secret Service、Keychain 或凭据管理器）。",
    ),
    "keyring.disabled": (
        "The keyring is disabled in the keyring configuration.",
        "钥匙串已在 keyring 配置中被禁用。",
    ),
    "keyring.not_system": (
        "The only keyring available keeps secrets in a file, which IP Desk does not use.",
        "唯一可用的钥匙串把密钥保存在文件中，IP Desk 不使用这种方式。",
    ),
    "keyring.timeout": (
        "The system keyring did not answer in time (it may be locked or waiting for a password).",
        "系统钥匙串未及时响应（可能已锁定或正在等待输入密码）。",
    ),
    "keyring.locked": (
        "The system keyring is locked and was not unlocked.",
        "系统钥匙串已锁定，且未被解锁。",
    ),
    "keyring.error": ("The system keyring reported an error.", "系统钥匙串报告了错误。"),
    # --- account profiles (services.profiles) ---
    "profile.no_name": ("The profile needs a name.", "配置需要一个名称。"),
    "profile.bad_name": (
        "Use at most {max} characters, without ':' or control characters.",
        "名称最多 {max} 个字符，且不能包含“:”或控制字符。",
    ),
    "profile.bad_url": (
        "Enter a valid https:// address (plain http:// is allowed only for this computer).",
        "请输入有效的 https:// 地址（仅本机允许使用 http://）。",
    ),
    "profile.no_client_id": (
        "Client ID + client secret mode needs a client ID.",
        "“Client ID + Client Secret”模式需要填写 Client ID。",
    ),
    "profile.name_taken": ("A profile with this name already exists.", "已存在同名的配置。"),
    # --- the command line ---
    "cli.usage_error": (
        "{prog}: error: {message}\nRun '{prog} --help' to see the options.",
        "{prog}：错误：{message}\n运行“{prog} --help”查看可用选项。",
    ),
    "cli.bad_port": (
        "'{text}' is not a port number: use 0 (any free port) to 65535",
        "“{text}”不是端口号：请使用 0（任意空闲端口）到 65535",
    ),
    "cli.bad_release_count": (
        "'{text}' is not a number of release dates from 1 to 24",
        "“{text}”不是 1 到 24 之间的发布日数量",
    ),
    "cli.not_non_negative": ("'{text}' must be a number of 0 or more", "“{text}”必须是大于或等于 0 的数"),
    "cli.not_positive": ("'{text}' must be more than 0", "“{text}”必须大于 0"),
    "cli.auth_hint": (
        "Command line: check PATSNAP_CLIENT_ID / PATSNAP_CLIENT_SECRET or PATSNAP_API_KEY, or run "
        "`ipdesk credentials set`.",
        "命令行：检查 PATSNAP_CLIENT_ID / PATSNAP_CLIENT_SECRET 或 PATSNAP_API_KEY，或运行 "
        "`ipdesk credentials set`。",
    ),
    "cli.no_such_profile": (
        "No profile named '{profile}'. Create it with `ipdesk credentials set --profile {profile}`, or set "
        "PATSNAP_CLIENT_ID and PATSNAP_CLIENT_SECRET (or PATSNAP_API_KEY).",
        "没有名为“{profile}”的配置。请用 `ipdesk credentials set --profile {profile}` 创建，"
        "或设置 PATSNAP_CLIENT_ID 和 PATSNAP_CLIENT_SECRET（或 PATSNAP_API_KEY）。",
    ),
    "cli.no_profile_to_show": (
        "No profile named '{profile}'. Create it with `ipdesk credentials set --profile {profile} "
        "--client-id ID` (or --api-key), or in the app (Account → Accounts…).",
        "没有名为“{profile}”的配置。请用 `ipdesk credentials set --profile {profile} --client-id ID`"
        "（或 --api-key）创建，或在应用中（账户 → 账户管理…）创建。",
    ),
    "cli.prompt_client_id": ("Client ID: ", "Client ID："),
    "cli.prompt_client_secret": ("Client secret: ", "Client secret："),
    "cli.prompt_api_key": ("API key: ", "API Key："),
    "cli.secret_stored_in": ("stored in {backend}", "已保存在 {backend} 中"),
    "cli.secret_not_stored": ("not stored", "未保存"),
    "cli.env_overrides_keyring": (
        "note: PATSNAP_* environment variables are set and override the keyring",
        "注意：已设置 PATSNAP_* 环境变量，它们优先于钥匙串",
    ),
    "cli.secrets_deleted": ("Deleted the secrets of profile '{profile}'.", "已删除配置“{profile}”的密钥。"),
    "cli.nothing_entered": ("Nothing entered; nothing stored.", "未输入内容，未保存。"),
    "cli.secret_stored": (
        "Stored the secret of profile '{profile}' in the system keyring.",
        "已将配置“{profile}”的密钥保存到系统钥匙串。",
    ),
    "cli.keyring_unusable": (
        "The system keyring cannot be used: {reason} Set PATSNAP_CLIENT_ID and PATSNAP_CLIENT_SECRET (or "
        "PATSNAP_API_KEY) in the environment instead.",
        "无法使用系统钥匙串：{reason}请改为在环境变量中设置 PATSNAP_CLIENT_ID 和 PATSNAP_CLIENT_SECRET"
        "（或 PATSNAP_API_KEY）。",
    ),
    "cli.no_usage": ("No API calls recorded yet.", "尚无 API 调用记录。"),
    "cli.no_unfinished_jobs": ("No unfinished jobs.", "没有未完成的任务。"),
    "cli.finish_jobs_hint": (
        "To finish a job, run the same `ipdesk classify` command again (or use Jobs in the Classification "
        "tab): only what is missing is fetched.",
        "要完成任务，请再次运行相同的 `ipdesk classify` 命令（或使用“分类”页中的“任务”）：只获取缺少的部分。",
    ),
    "cli.interrupted": (
        "Interrupted; run the same command again to resume.",
        "已中断；再次运行同一命令即可继续。",
    ),
    "cli.cannot_use_file": (
        "Cannot use {path}: {reason}. Check the path and its permissions.",
        "无法使用 {path}：{reason}。请检查路径及其权限。",
    ),
    "cli.cannot_use": (
        "Cannot use the file: {reason}. Check the path and its permissions.",
        "无法使用该文件：{reason}。请检查路径及其权限。",
    ),
    "cli.progress": (
        "{done}/{total} done, {failed} failed, {remaining} remaining, {calls} calls",
        "已完成 {done}/{total}，失败 {failed}，剩余 {remaining}，调用 {calls} 次",
    ),
    "cli.progress_eta": (
        "{progress}, about {seconds} s left",
        "{progress}，约剩 {seconds} 秒",
    ),
    "cli.port_busy": (
        "Cannot listen on 127.0.0.1 port {port}: {reason}. Choose another port, or --port 0 for any free one.",
        "无法在 127.0.0.1 的端口 {port} 上监听：{reason}。请换一个端口，或用 --port 0 自动选择空闲端口。",
    ),
    "cli.sandbox_running": ("IP Desk sandbox running at {url}", "IP Desk 沙盒正在运行：{url}"),
    "cli.sandbox_example": ("  e.g. {command}", "  示例：{command}"),
    "cli.press_ctrl_c": ("Press Ctrl+C to stop.", "按 Ctrl+C 停止。"),
    "cli.xlsx_needs_output": (
        "XLSX output is binary: give --output FILE.xlsx (or redirect standard output to a file).",
        "XLSX 输出是二进制文件：请指定 --output FILE.xlsx（或将标准输出重定向到文件）。",
    ),
    "cli.invalid_entry": (
        "invalid (line {line}): {entry}: {reason}",
        "无效（第 {line} 行）：{entry}：{reason}",
    ),
    "cli.more_invalid": ("... and {count} more invalid entries", "……另有 {count} 个无效条目"),
    "cli.no_valid_patents": (
        "No valid patent numbers or ids in the input. Give one per line (e.g. US9800501B2, CN110650438A or a "
        "PatSnap patent id), in a text file, a .csv/.xlsx column (--column NAME) or on standard input.",
        "输入中没有有效的专利号或专利 ID。请每行一个（如 US9800501B2、CN110650438A 或 PatSnap 专利 ID），"
        "放在文本文件、.csv/.xlsx 的某一列（--column NAME）中或通过标准输入提供。",
    ),
    "cli.classify_plan": (
        "{unique} unique, {duplicates} duplicates, {invalid} invalid, {cached} already in the store, "
        "{calls} API calls needed",
        "{unique} 个不重复，{duplicates} 个重复，{invalid} 个无效，{cached} 个已在本地库中，需要 {calls} 次 API 调用",
    ),
    "cli.input_unreadable": (
        "{problem} Or use --input - to read the list from standard input.",
        "{problem}也可以用 --input - 从标准输入读取列表。",
    ),
    "cli.paid_needs_yes": (
        "This run makes {calls} paid API calls ({cached} answers come from the store), more than {threshold}: "
        "add --yes to run it without asking.",
        "本次运行将进行 {calls} 次付费 API 调用（{cached} 个结果来自本地库），超过 {threshold} 次："
        "加上 --yes 即可不经询问直接运行。",
    ),
    "cli.paid_question": (
        "This run makes {calls} paid API calls ({cached} answers come from the store). Continue? [y/N]",
        "本次运行将进行 {calls} 次付费 API 调用（{cached} 个结果来自本地库）。继续吗？[y/N]",
    ),
    "cli.nothing_sent": ("Nothing was sent.", "未发送任何请求。"),
    "cli.same_patent_twice": (
        "{patents} distinct patents: {twice} listed twice (by number and by PatSnap id); their rows are all kept.",
        "不同专利 {patents} 件：其中 {twice} 件被列出两次（专利号和 PatSnap ID），各行均保留。",
    ),
    "cli.classify_summary": (
        "inputs: {inputs}, duplicates: {duplicates}, invalid: {invalid}, cached: {cached}, API calls made: "
        "{calls}, ok: {ok}, none: {none}, not found: {not_found}, failed: {failed}",
        "输入：{inputs}，重复：{duplicates}，无效：{invalid}，本地已有：{cached}，API 调用：{calls}，"
        "成功：{ok}，无分类：{none}，PatSnap 中未找到：{not_found}，失败：{failed}",
    ),
    "cli.some_failed": (
        "Some patents failed (see the status and error columns); run the same command again to retry only "
        "those.",
        "部分专利失败（见 status 和 error 列）；再次运行同一命令即可只重试这些专利。",
    ),
    "cli.not_a_patent": (
        "{entry} is not a patent number or id: {reason}",
        "{entry} 不是专利号或专利 ID：{reason}",
    ),
    "cli.operation_failed": ("{operation}: {message}", "{operation}：{message}"),
    "cli.outline_no_text": (
        "No description text is available for this patent; --related uses a family member's text.",
        "该专利没有说明书全文；使用 --related 可改用同族专利的全文。",
    ),
    "cli.outline_no_sections": (
        "The service gives no section outline in {lang} for this patent.",
        "服务没有提供该专利 {lang} 的章节结构。",
    ),
    "cli.outline_no_sections_try": (
        "The service gives no section outline in {lang} for this patent. The text is in {languages}: try "
        "--lang {other}.",
        "服务没有提供该专利 {lang} 的章节结构。全文语言为 {languages}：请尝试 --lang {other}。",
    ),
    "cli.outline_corrected": (
        "Some section positions given by the service were corrected (see 'warnings' in --format json).",
        "服务给出的部分章节位置已被修正（见 --format json 中的 warnings）。",
    ),
    "cli.empty_company": (
        "Empty company entry {entry}: give a company name, a credit code or an organisation code.",
        "空的企业条目 {entry}：请提供企业名称、统一社会信用代码或组织机构代码。",
    ),
    "cli.wrong_code": ("{company}: {problem}", "{company}：{problem}"),
    "cli.wrong_codes": (
        "{codes}\nNo call was made; correct the code(s), or use --no-verify to send them anyway.",
        "{codes}\n未发出任何请求；请更正代码，或使用 --no-verify 仍然查询。",
    ),
    "cli.history_plan": (
        "History: {calls} C028 calls for snapshots not stored yet (last {releases} release dates).",
        "历史：需要 {calls} 次 C028 调用获取尚未保存的快照（最近 {releases} 个发布日）。",
    ),
    "cli.risk_error": ("error: {message}", "错误：{message}"),
    "cli.risk_flags": ("flags: {flags}  score: {score}", "风险标记：{flags}  分数：{score}"),
    "cli.risk_flags_new": ("{flags_score}  new: {new}", "{flags_score}  新增：{new}"),
    "cli.risk_unknown": ("unknown", "未知"),
    "cli.no_companies": ("(no companies)", "（没有企业）"),
    # --- the command line's --help texts ---
    "help.profile": ("account profile (default: the current one)", "账户配置（默认：当前配置）"),
    "help.base_url": (
        "API base URL (default: $IPDESK_BASE_URL or the profile's)",
        "API 服务地址（默认：$IPDESK_BASE_URL 或配置中的地址）",
    ),
    "help.demo": ("start the built-in sandbox in-process and use it", "在本进程中启动内置沙盒并使用它"),
    "help.verbose": ("log requests and decisions to stderr", "把请求和决策记录输出到标准错误"),
    "help.self_test": ("check the installation and exit", "检查安装情况后退出"),
    "help.require_keyring": (
        "with --self-test: fail when no usable system keyring is found",
        "与 --self-test 一起使用：找不到可用的系统钥匙串时判为失败",
    ),
    "help.ipdesk": ("IP Desk: PatSnap Open Platform workbench", "IP Desk：PatSnap 开放平台工作台"),
    "help.classify": ("SEIC classification (P022) of a patent list", "专利清单的 SEIC 分类（P022）"),
    "help.classify_input": (
        "text, .csv or .xlsx list (default: stdin)",
        "文本、.csv 或 .xlsx 清单（默认：标准输入）",
    ),
    "help.classify_output": ("default: stdout", "默认：标准输出"),
    "help.classify_format": (
        "default: from --output's extension, else csv",
        "默认：按 --output 的扩展名，否则为 csv",
    ),
    "help.classify_refresh": ("fetch again even what the store holds", "即使本地库已有也重新获取"),
    "help.classify_column": (
        "column of a .csv/.xlsx input (default: the one holding patents)",
        ".csv/.xlsx 输入中的列（默认：含专利号的列）",
    ),
    "help.classify_yes": (
        "do not ask before a run of more paid API calls than the threshold",
        "调用次数超过阈值时不再询问，直接运行",
    ),
    "help.outline": ("section outline of a description (P073 + P019)", "说明书的章节结构（P073 + P019）"),
    "help.outline_lang": (
        "default: the office's language for CN/JP/KR/TW numbers, else EN",
        "默认：CN/JP/KR/TW 专利号用该局的语言，否则为 EN",
    ),
    "help.outline_format": ("default: a table of the sections", "默认：章节表格"),
    "help.outline_related": ("use a family member's text when there is none", "没有全文时使用同族专利的全文"),
    "help.risk": ("company patent risk warning (C029 + C027, C028)", "企业专利风险预警（C029 + C027，C028）"),
    "help.risk_companies": (
        "name, credit code or organisation code",
        "企业名称、统一社会信用代码或组织机构代码",
    ),
    "help.risk_input": (
        "read the companies from a .txt, .csv or .xlsx file",
        "从 .txt、.csv 或 .xlsx 文件读取企业",
    ),
    "help.risk_column": (
        "column of --input (default: the one holding companies)",
        "--input 文件中的列（默认：含企业的列）",
    ),
    "cli.risk_column_needs_input": (
        "--column needs --input FILE.",
        "--column 需要与 --input FILE 一起使用。",
    ),
    "cli.risk_no_companies": (
        "No companies given: name them (a name, credit code or organisation code each), or read them from a file "
        "with --input FILE [--column NAME].",
        "未提供企业：请直接列出（企业名称、统一社会信用代码或组织机构代码），或用 --input FILE [--column NAME] "
        "从文件读取。",
    ),
    "help.risk_history": ("add the stored and C028 snapshots", "加上已保存的快照和 C028 快照"),
    "help.risk_releases": ("release dates back for --history (6)", "--history 向前追溯的发布日数量（6）"),
    "help.risk_format": ("default: readable text", "默认：可读文本"),
    "help.risk_no_verify": ("send codes whose check character is wrong", "校验位错误的代码也照样发送"),
    "help.risk_refresh": (
        "fetch again even when the stored answer is fresh",
        "即使已保存的结果仍是最新的也重新获取",
    ),
    "help.sandbox": ("run the built-in sandbox until Ctrl+C", "运行内置沙盒，直到按下 Ctrl+C"),
    "help.sandbox_port": ("default: any free port", "默认：任意空闲端口"),
    "help.credentials": ("store, show or delete a profile's secret", "保存、显示或删除配置的密钥"),
    "help.credentials_client_id": (
        "with set: the client ID (client credentials mode)",
        "与 set 一起使用：Client ID（客户端凭据模式）",
    ),
    "help.credentials_api_key": (
        "with set: the profile uses an API key",
        "与 set 一起使用：该配置使用 API Key",
    ),
    "help.usage": (
        "calls and results per day, profile and operation",
        "按日期、配置和接口统计的调用次数和结果数",
    ),
    "help.jobs": (
        "classification jobs not finished (run the same command again to finish)",
        "未完成的分类任务（再次运行同一命令即可完成）",
    ),
    "help.jobs_all": ("finished jobs too", "也列出已完成的任务"),
    # --- argparse's own messages, keyed in cli/args.py by argparse's message templates ---
    "argparse.usage": ("usage: ", "用法："),
    "argparse.positionals": ("positional arguments", "位置参数"),
    "argparse.options": ("options", "选项"),
    "argparse.help": ("show this help message and exit", "显示此帮助信息并退出"),
    "argparse.argument": ("argument {argument_name}: {message}", "参数 {argument_name}：{message}"),
    "argparse.invalid_choice": (
        "invalid choice: {value} (choose from {choices})",
        "无效的取值 {value}（可选：{choices}）",
    ),
    "argparse.invalid_value": ("invalid {type} value: {value}", "{value} 不是有效的 {type} 值"),
    "argparse.required": ("the following arguments are required: {arguments}", "缺少必需的参数：{arguments}"),
    "argparse.unrecognized": ("unrecognized arguments: {arguments}", "无法识别的参数：{arguments}"),
    "argparse.one_argument": ("expected one argument", "需要一个值"),
    "argparse.at_least_one": ("expected at least one argument", "至少需要一个值"),
    "argparse.at_most_one": ("expected at most one argument", "最多只能有一个值"),
    "argparse.ignored_explicit": ("ignored explicit argument {value}", "忽略了显式给出的值 {value}"),
    "argparse.ambiguous": (
        "ambiguous option: {option} could match {matches}",
        "选项有歧义：{option} 可能是 {matches}",
    ),
    "argparse.not_allowed_with": ("not allowed with argument {argument}", "不能与参数 {argument} 同时使用"),
    "argparse.one_required": (
        "one of the arguments {arguments} is required",
        "必须提供参数 {arguments} 之一",
    ),
    "argparse.cannot_open": ("can't open '{filename}': {error}", "无法打开“{filename}”：{error}"),
    # issue 16, the one rule for paid work in `ipdesk risk`
    "cli.risk_plan": (
        "Refresh: {calls} C029 + C027 calls for {companies} companies; {cached} answered from the store.",
        "刷新：{companies} 家企业需要 {calls} 次 C029 + C027 调用；{cached} 家的结果来自本地库。",
    ),
    # --- patent lists: why an entry is not a patent number or id (services.patents) ---
    "patents.empty": ("empty entry", "空条目"),
    "patents.application": (
        "application number: PatSnap needs the publication number. {number} is an application number; look "
        "up the number it was published under (e.g. on Espacenet or the office's register) and enter that",
        "申请号：PatSnap 需要公开（公告）号。{number} 是申请号；请查到它的公开（公告）号"
        "（例如在 Espacenet 或专利局的登记簿中）后输入",
    ),
    "patents.application_check": (
        "application number: PatSnap needs the publication number. {number} is an application number, and "
        "its check character is '{found}' where '{expected}' was expected: check it for a typo, then look up "
        "its publication number",
        "申请号：PatSnap 需要公开（公告）号。{number} 是申请号，其校验位是“{found}”，应为“{expected}”："
        "请检查是否输错，再查找它的公开（公告）号",
    ),
    "patents.de_digits": (
        "a German number has at most {short} digits, or 12 in the form DE 10 2015 123 456 A1; this one has "
        "{digits}: check the number or put each number on its own line",
        "德国专利号最多 {short} 位数字，或为 DE 10 2015 123 456 A1 形式的 12 位；此号码有 {digits} 位："
        "请核对号码，或每行只放一个号码",
    ),
    "patents.kanji": (
        "Japanese number in kanji notation not recognised: write it as 特開2015-123456, 特表2016-501234, "
        "特許第5123456号, 実開平5-12345 or 実登第3012345号, or in the office form such as JP2015123456A "
        "(examined publications 特公/実公: JPH07012345B2)",
        "无法识别的日本专利号汉字写法：请写成 特開2015-123456、特表2016-501234、特許第5123456号、"
        "実開平5-12345、実登第3012345号，或 JP2015123456A 这样的专利局格式（审定公告 特公/実公：JPH07012345B2）",
    ),
    "patents.bad_id": (
        "looks like a PatSnap patent id but is not 32 hexadecimal digits in the form 8-4-4-4-12; "
        "copy the id again in full",
        "看起来像 PatSnap 专利 ID，但不是 8-4-4-4-12 形式的 32 位十六进制字符；请重新完整复制该 ID",
    ),
    "patents.bad_characters": (
        "contains characters that cannot be part of a patent number ({shown}); "
        "remove them or put each number on its own line",
        "包含专利号中不可能出现的字符（{shown}）；请删除这些字符，或每行只放一个专利号",
    ),
    "patents.no_digits": (
        "no digits: a patent number is a country code followed by digits (e.g. US9800501B2 or CN110650438A); "
        "remove this text or correct it",
        "没有数字：专利号由国家/地区代码加数字组成（例如 US9800501B2 或 CN110650438A）；请删除或更正此文本",
    ),
    "patents.no_country_code": (
        "no country code: put the two-letter office code in front (e.g. US9800501B2 or CN110650438A)",
        "缺少国家/地区代码：请在前面加上两个字母的专利局代码（例如 US9800501B2 或 CN110650438A）",
    ),
    "patents.country_code_letters": (
        "the country code must be two letters (e.g. US9800501B2 or CN110650438A)",
        "国家/地区代码必须是两个字母（例如 US9800501B2 或 CN110650438A）",
    ),
    "patents.unknown_country_code": (
        "unknown country code '{code}': use a two-letter office code such as US, CN, EP, WO, JP or KR",
        "未知的国家/地区代码“{code}”：请使用 US、CN、EP、WO、JP、KR 等两个字母的专利局代码",
    ),
    "patents.too_few_digits": (
        "too few digits ({digits}): a patent number has at least {minimum}; check the number",
        "数字太少（{digits} 位）：专利号至少有 {minimum} 位数字；请核对号码",
    ),
    "patents.too_many_digits": (
        "too many digits ({digits}): two numbers may have run together; put each on its own line",
        "数字太多（{digits} 位）：可能是两个号码连在了一起；请每行只放一个号码",
    ),
    "patents.bad_form": (
        "not in the form country code + number + optional kind code (e.g. US9800501B2 or CN110650438A); "
        "check the number",
        "不符合“国家/地区代码 + 号码 + 可选类型代码”的格式（例如 US9800501B2 或 CN110650438A）；请核对号码",
    ),
    # --- company codes: the check of a credit or organisation code (services.companies) ---
    "companies.check_ok": ("The check character is correct.", "校验位正确。"),
    "companies.query_anyway": (
        "{problem} Check the code, or choose Query anyway to send it as typed.",
        "{problem}请核对代码，或选择“仍然查询”按原样发送。",
    ),
    "companies.enter_identifier": (
        "Enter a company name, credit code or organisation code.",
        "请输入企业名称、统一社会信用代码或组织机构代码。",
    ),
    "companies.credit_character": (
        "Character {position} of the credit code is '{found}', which credit codes never use "
        "(they have no I, O, S, V or Z).",
        "统一社会信用代码第 {position} 位是“{found}”，信用代码不使用 I、O、S、V、Z。",
    ),
    "companies.credit_character_hint": (
        "Character {position} of the credit code is '{found}', which credit codes never use "
        "(they have no I, O, S, V or Z); did you mean '{hint}'?",
        "统一社会信用代码第 {position} 位是“{found}”，信用代码不使用 I、O、S、V、Z；是否应为“{hint}”？",
    ),
    "companies.credit_check": (
        "Character 18 of the credit code is '{found}' but the check character should be '{expected}'.",
        "统一社会信用代码第 18 位是“{found}”，但校验位应为“{expected}”。",
    ),
    "companies.registration_number": (
        "This is a 15-digit business registration number (注册号), not a credit code: the service looks "
        "companies up by credit code, organisation code or name, so query this company by its name.",
        "这是 15 位的工商注册号，不是统一社会信用代码：服务按信用代码、组织机构代码或名称查询，请按企业名称查询。",
    ),
    "companies.org_check": (
        "Character 9 of the organisation code is '{found}' but the check character should be '{expected}'.",
        "组织机构代码第 9 位是“{found}”，但校验位应为“{expected}”。",
    ),
    "companies.code_length": (
        "The code has {count} characters, but a credit code has 18 and an organisation code 9 "
        "(8 + a check character, often written XXXXXXXX-X).",
        "该代码有 {count} 个字符，但统一社会信用代码为 18 位，组织机构代码为 9 位（常写作 XXXXXXXX-X）。",
    ),
    # --- table files: why one cannot be imported, and what to do (services.tables) ---
    "tables.unknown_column": (
        "The file has no column '{name}'. Its columns are: {names}. Give one of these names.",
        "文件中没有“{name}”列。现有的列：{names}。请使用其中一个列名。",
    ),
    "tables.unreadable": (
        "Cannot read {file}: {reason}. Check the path and that the file is not open in another program.",
        "无法读取 {file}：{reason}。请检查路径，并确认文件未被其他程序独占打开。",
    ),
    "tables.empty": (
        "{file} is empty: there is nothing to import.",
        "{file} 是空文件：没有可导入的内容。",
    ),
    "tables.too_big_bytes": (
        "{file} is larger than an import accepts ({size}). Split it into smaller files.",
        "{file} 超出了导入的上限（{size}）。请拆分为较小的文件。",
    ),
    "tables.too_big_rows": (
        "{file} is larger than an import accepts ({rows} rows). Split it into smaller files.",
        "{file} 超出了导入的上限（{rows} 行）。请拆分为较小的文件。",
    ),
    "tables.too_big": (
        "{file} is larger than an import accepts ({size}, {rows} rows). Split it into smaller files.",
        "{file} 超出了导入的上限（{size}，{rows} 行）。请拆分为较小的文件。",
    ),
    "tables.too_big_unpacked": (
        "{file} unpacks to {size}, more than an import accepts ({limit} unpacked). Save the patent column "
        "alone as .csv or .xlsx, or split the workbook.",
        "{file} 解压后有 {size}，超出了导入的上限（解压后 {limit}）。请只把专利号列另存为 .csv 或 .xlsx，或拆分工作簿。",
    ),
    "tables.pdf": (
        "{file} is a PDF document, not a table. Save it as .xlsx, .csv or .txt (File > Save As) and import that.",
        "{file} 是PDF 文档，不是表格。请另存为 .xlsx、.csv 或 .txt 文件后再导入。",
    ),
    "tables.old_office": (
        "{file} is an old-format Office file (.xls/.doc), not a table. Save it as .xlsx, .csv or .txt "
        "(File > Save As) and import that.",
        "{file} 是旧格式的 Office 文件（.xls/.doc），不是表格。请另存为 .xlsx、.csv 或 .txt 文件后再导入。",
    ),
    "tables.zip": (
        "{file} is a ZIP archive, not a table. Save it as .xlsx, .csv or .txt (File > Save As) and import that.",
        "{file} 是ZIP 压缩包，不是表格。请另存为 .xlsx、.csv 或 .txt 文件后再导入。",
    ),
    "tables.bad_csv": (
        "{file} is not a well-formed CSV file ({error}). Open it in a spreadsheet and save it again as CSV "
        "or .xlsx.",
        "{file} 不是格式正确的 CSV 文件（{error}）。请用电子表格软件打开并重新另存为 CSV 或 .xlsx。",
    ),
    "tables.bad_workbook": (
        "{file} could not be read as an Excel workbook ({error}). Open it in Excel and save it again, or "
        "save it as CSV.",
        "无法将 {file} 作为 Excel 工作簿读取（{error}）。请在 Excel 中打开后重新保存，或另存为 CSV。",
    ),
    "tables.unknown_encoding": (
        "{file} is not text in a known encoding (UTF-8, UTF-16 or GB18030). Save it again as 'CSV UTF-8' or "
        ".xlsx.",
        "{file} 不是可识别编码（UTF-8、UTF-16 或 GB18030）的文本。请重新另存为“CSV UTF-8”或 .xlsx。",
    ),
    "tables.bad_bytes": (
        "{file} looks like {codec} text but has bytes that are not. Save it again as 'CSV UTF-8' or .xlsx.",
        "{file} 看起来是 {codec} 文本，但含有无效字节。请重新另存为“CSV UTF-8”或 .xlsx。",
    ),
    "tables.binary": (
        "{file} is a binary file, not text or a table. Import a .txt, .csv or .xlsx file.",
        "{file} 是二进制文件，不是文本或表格。请导入 .txt、.csv 或 .xlsx 文件。",
    ),
    "tables.not_text": (
        "{file} is not a text or HTML file (its first bytes are binary). Open a description saved as .txt or "
        ".html.",
        "{file} 不是文本或 HTML 文件（开头是二进制内容）。请打开另存为 .txt 或 .html 的说明书。",
    ),
    # --- credentials for a session (services.session) ---
    "session.secret_without_id": (
        "{secret_var} is set but {id_var} is not: set both, or {key_var}.",
        "已设置 {secret_var} 但未设置 {id_var}：请同时设置两者，或设置 {key_var}。",
    ),
    "session.secret_unreadable": (
        "The secret of profile '{profile}' cannot be read: {reason}. Set {id_var} and {secret_var} "
        "(or {key_var}) instead.",
        "无法读取配置“{profile}”的密钥：{reason}。请改为设置 {id_var} 和 {secret_var}（或 {key_var}）。",
    ),
    "session.no_secret": (
        "No secret is stored for profile '{profile}'. Run `ipdesk credentials set --profile {profile}` or "
        "set the environment variables.",
        "配置“{profile}”没有保存密钥。请运行 `ipdesk credentials set --profile {profile}` 或设置环境变量。",
    ),
    "session.no_credentials": (
        "No credentials: set {id_var} and {secret_var} (or {key_var}), or create a profile in the app, or "
        "use --demo.",
        "没有凭据：请设置 {id_var} 和 {secret_var}（或 {key_var}），或在应用中创建配置，或使用 --demo。",
    ),
    # --- the local database (services.store) ---
    "store.cannot_open": (
        "Cannot open the IP Desk database {path}: {error}",
        "无法打开 IP Desk 数据库 {path}：{error}",
    ),
    "store.not_a_database": (
        "The file {path} is not an IP Desk database or is damaged ({error}). Move it away (IP Desk will start "
        "with an empty database) or restore it from a backup.",
        "文件 {path} 不是 IP Desk 数据库或已损坏（{error}）。请将其移走（IP Desk 将以空数据库启动），或从备份恢复。",
    ),
    "store.closed": ("The IP Desk database {path} is closed.", "IP Desk 数据库 {path} 已关闭。"),
    "store.newer_version": (
        "The IP Desk database {path} has schema version {found}, but this version of IP Desk only supports "
        "schema versions up to {supported}: it was written by a newer IP Desk. Update IP Desk to the latest "
        "version to open it. The file has not been changed.",
        "IP Desk 数据库 {path} 的结构版本为 {found}，但此版本的 IP Desk 最高只支持 {supported}：它由更新版本的 "
        "IP Desk 写入。请将 IP Desk 更新到最新版本后再打开。文件未被改动。",
    ),
}
