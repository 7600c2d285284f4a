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
    "cli.read_only_not_stored": (
        "Not stored: {what}. It would need a call to PatSnap, and paid work is off while the database is "
        "read-only (its answer could not be saved). What is stored can still be shown.",
        "未保存：{what}。这需要调用智慧芽接口，而数据库为只读时付费操作已停用（结果无法保存）。已保存的内容仍可查看。",
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
    "cli.already_running": (
        "This list is already running in another IP Desk window or process; following that run: waiting for "
        "its answers (nothing is fetched twice).",
        "此列表已在另一个 IP Desk 窗口或进程中运行；正在跟随该运行：等待其结果（不会重复获取）。",
    ),
    "cli.classify_interrupted": (
        "Interrupted: {stored} of {total} patents are answered and stored, {pending} still to fetch. Run the "
        "same command again to resume (nothing stored is fetched again).",
        "已中断：{total} 件专利中 {stored} 件已获取并保存，{pending} 件待获取。再次运行同一命令即可继续（已保存的不会"
        "重新获取）。",
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
    "help.classify_input_lines": (
        "also write the invalid and duplicate input lines with their reasons (xlsx: a sheet of their own, csv: "
        "rows after the results); default: on for xlsx, off for csv",
        "同时写出无效和重复的输入行及其原因（xlsx：单独的工作表；csv：结果之后的行）；默认：xlsx 开启，csv 关闭",
    ),
    "help.report": (
        "a classified list or the watchlist as a finished report (PDF or Excel)",
        "将已分类的列表或关注列表生成完整报告（PDF 或 Excel）",
    ),
    "help.report_classify": (
        "report of a patent list's SEIC classification (answers from the store or fetched)",
        "专利列表的战略性新兴产业分类报告（应答来自本地库或在线获取）",
    ),
    "help.report_risk": (
        "report of the watchlist's patent risk warnings (stale companies refreshed first)",
        "关注列表的专利风险预警报告（先刷新过期的企业）",
    ),
    "help.report_out": ("the report file: .pdf or .xlsx", "报告文件：.pdf 或 .xlsx"),
    "help.report_title": (
        "the title on the cover (default: the report's own)",
        "封面标题（默认：报告自带的标题）",
    ),
    "help.report_lang": (
        "the report's language (default: the user's, from LANG)",
        "报告语言（默认：用户语言，取自 LANG）",
    ),
    "help.report_refresh": (
        "fetch again even what the store holds fresh",
        "即使本地库中有最新结果也重新获取",
    ),
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
    "help.store": (
        "the local database: check its health, back it up, restore the newest backup or start a new one",
        "本地数据库：检查状态、备份、恢复最新的备份或新建数据库",
    ),
    "help.store_action": (
        "check, backup, restore (the newest intact backup) or new (an empty database); restore and new keep "
        "the old file, renamed",
        "check（检查）、backup（备份）、restore（恢复最新的完好备份）或 new（新建空数据库）；restore 和 new 会保留"
        "原文件并重命名",
    ),
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
    "cli.report_format": (
        "{path}: a report is written as .pdf or .xlsx; name the file with one of these extensions.",
        "{path}：报告只能写成 .pdf 或 .xlsx；请使用其中一个扩展名。",
    ),
    "cli.report_written": ("Report written to {path}.", "报告已写入 {path}。"),
    "cli.report_written_pdf": (
        "Report written to {path} ({pages} pages).",
        "报告已写入 {path}（共 {pages} 页）。",
    ),
    "cli.report_no_companies": (
        "The watchlist is empty: add companies in the Risk tab first (or use --demo for the sample companies).",
        "关注列表为空：请先在风险标签页中添加企业（或使用 --demo 查看样例企业）。",
    ),
    # issue 16, the one rule for paid work in `ipdesk risk`
    "cli.risk_plan": (
        "Refresh: {calls} C029 + C027 calls for {companies} companies; {cached} answered from the store.",
        "刷新：{companies} 家企业需要 {calls} 次 C029 + C027 调用；{cached} 家的结果来自本地库。",
    ),
    # --- exports: the input lines a result leaves out (services.classify_export) ---
    "export.line_reason": ("line {line}: {reason}", "第 {line} 行：{reason}"),
    # --- reports (services.reports): the text of a report, in the report's language ---
    "report.sample_mark": (
        "Sample data from the built-in sandbox, not from PatSnap",
        "样例数据，来自内置沙盒，并非来自 PatSnap",
    ),
    "report.source_patsnap": (
        "PatSnap Open Platform ({endpoint}), profile {profile}",
        "PatSnap 开放平台（{endpoint}），配置 {profile}",
    ),
    "report.list_separator": (", ", "、"),
    "report.created": ("Created", "生成时间"),
    "report.source": ("Data source", "数据来源"),
    "report.classify_title": ("Patent portfolio by SEIC industry", "专利组合的战略性新兴产业分类"),
    "report.classify_subtitle": (
        "SEIC industry classification of {count} distinct patents",
        "{count} 件不同专利的战略性新兴产业分类",
    ),
    "report.method": ("Method", "方法"),
    "report.method_box": ("How the list was read and answered", "列表的读取与应答"),
    "report.only_filtered": (
        "This report covers only the {count} result rows the table's filter showed.",
        "本报告只包含表格筛选后显示的 {count} 行结果。",
    ),
    "report.inputs": ("Entries in the list", "列表中的条目"),
    "report.duplicates": ("Duplicates (classified once)", "重复条目（只分类一次）"),
    "report.invalid": ("Invalid lines (not sent)", "无效条目（未发送）"),
    "report.unique": ("Distinct entries", "不重复的条目"),
    "report.from_store": ("Answered from the store", "来自本地库的应答"),
    "report.calls": ("API calls spent", "消耗的 API 调用"),
    "report.patents": ("Distinct patents answered", "已应答的不同专利"),
    "report.classified": ("Patents with an SEIC industry", "有战略性新兴产业分类的专利"),
    "report.no_class": ("Patents without SEIC classification", "没有战略性新兴产业分类的专利"),
    "report.not_found": ("Not found in PatSnap", "PatSnap 中未找到"),
    "report.failed": ("Entries not answered (failed)", "未应答的条目（失败）"),
    "report.same_patent": (
        "Entries naming a patent listed already (by number and by id)",
        "与已列出的专利相同的条目（分别以号码和 ID 列出）",
    ),
    "report.lines_title": ("Invalid and duplicate lines", "无效与重复的行"),
    "report.sheet_lines": ("Input lines", "输入行"),
    "report.col_line": ("Line", "行"),
    "report.col_entry": ("Entry", "条目"),
    "report.col_kind": ("Kind", "类别"),
    "report.col_reason": ("Reason", "原因"),
    "report.line_invalid": ("invalid", "无效"),
    "report.line_application": ("application number", "申请号"),
    "report.line_duplicate": ("duplicate", "重复"),
    "report.level1": ("Distribution by level-1 industry", "一级产业分布"),
    "report.level1_chart": ("Patents per level-1 industry", "各一级产业的专利数"),
    "report.level1_table": ("Level-1 industries", "一级产业"),
    "report.share_note": (
        "Counts are distinct patents; shares are of the {patents} patents answered. A patent classified in "
        "several industries counts in each, so the shares may add up to more than 100%.",
        "计数为不同专利数；占比以已应答的 {patents} 件专利为基数。一件专利若属于多个产业，则在每个产业中各计一次，"
        "因此占比之和可能超过 100%。",
    ),
    "report.no_industry": (
        "No patent in this list has an SEIC industry.",
        "此列表中没有专利具有战略性新兴产业分类。",
    ),
    "report.level2": ("Level-2 industries within each level-1 industry", "各一级产业下的二级产业"),
    "report.level2_chart": ("Patents per level-2 industry: {industry}", "各二级产业的专利数：{industry}"),
    "report.level2_table": ("Level-2 industries of {industry}", "{industry} 的二级产业"),
    "report.col_code": ("Code", "代码"),
    "report.col_industry": ("Industry", "产业"),
    "report.col_patents": ("Patents", "专利数"),
    "report.col_share": ("Share", "占比"),
    "report.col_share_industry": ("Share of the industry", "占该产业的比例"),
    "report.by_assignee": ("Patents by assignee and level-1 industry", "按专利权人与一级产业的专利数"),
    "report.by_assignee_others": (
        "{count} classified patents belong to other assignees or name none.",
        "另有 {count} 件已分类专利属于其他专利权人或没有专利权人信息。",
    ),
    "report.by_year": ("Patents by application year and level-1 industry", "按申请年与一级产业的专利数"),
    "report.by_year_others": (
        "{count} classified patents have no application date.",
        "另有 {count} 件已分类专利没有申请日。",
    ),
    "report.appendix": ("Appendix: all results", "附录：全部结果"),
    "report.appendix_table": ("{count} result rows", "{count} 行结果"),
    "report.sheet_results": ("Results", "结果"),
    "report.col_input": ("Entry", "条目"),
    "report.col_patent_number": ("Patent number", "专利号"),
    "report.col_patent_id": ("PatSnap patent id", "PatSnap 专利 ID"),
    "report.col_lv1_no": ("Level-1 code", "一级代码"),
    "report.col_lv1_desc": ("Level-1 industry", "一级产业"),
    "report.col_lv2_no": ("Level-2 code", "二级代码"),
    "report.col_lv2_desc": ("Level-2 industry", "二级产业"),
    "report.col_status": ("Status", "状态"),
    "report.col_error": ("Error", "错误"),
    "report.col_title": ("Title", "标题"),
    "report.col_assignee": ("Assignee", "专利权人"),
    "report.col_application_date": ("Application date", "申请日"),
    "report.col_publication_date": ("Publication date", "公开日"),
    "report.col_patent_type": ("Patent type", "专利类型"),
    "report.status_ok": ("classified", "已分类"),
    "report.status_none": ("no SEIC classification", "无战略性新兴产业分类"),
    "report.status_not_found": ("not found in PatSnap", "PatSnap 中未找到"),
    "report.status_failed": ("failed", "失败"),
    "report.sheet_summary": ("Summary", "摘要"),
    "report.see_sheet": (
        "{title}: {rows} rows on the sheet “{sheet}”",
        "{title}：共 {rows} 行，见工作表“{sheet}”",
    ),
    "report.risk_title": ("Patent risk warnings of the watchlist", "关注企业的专利风险预警"),
    "report.risk_subtitle": (
        "{companies} companies watched, {flagged} with raised flags",
        "关注 {companies} 家企业，其中 {flagged} 家有风险标记",
    ),
    "report.release": ("Release the figures reflect", "数据对应的发布日"),
    "report.release_none": ("not checked yet", "尚未检查"),
    "report.companies": ("Companies watched", "关注的企业"),
    "report.flagged": ("Companies with raised flags", "有风险标记的企业"),
    "report.watchlist": ("Watchlist by risk score", "按风险分排序的关注列表"),
    "report.watchlist_table": ("Watched companies", "关注的企业"),
    "report.sheet_watchlist": ("Watchlist", "关注列表"),
    "report.score_note": (
        "A flag is raised when an indicator grew since the previous release (PatSnap publishes on the 1st and "
        "the 16th). Risk score = 3 × (litigation as defendant + invalidation requests) + 2 × (new pledges + "
        "transfers out) + 1 × rejections, each the growth since the previous release (the larger of its patent "
        "and event figures).",
        "某项指标自上次发布以来有增长即标记风险（PatSnap 每月 1 日和 16 日发布数据）。风险分 = 3 ×（作为被告的诉讼 + "
        "无效请求）+ 2 ×（新增质押 + 转出）+ 1 × 驳回，各项均为自上次发布以来的增长（取专利数与事件数中较大者）。",
    ),
    "report.col_company": ("Company", "企业"),
    "report.col_code_company": ("Credit code or number", "信用代码或编号"),
    "report.col_score": ("Risk score", "风险分"),
    "report.col_flags": ("Raised flags", "风险标记"),
    "report.col_new": ("New since last check", "自上次检查后新增"),
    "report.col_release": ("Checked for release", "已检查的发布日"),
    "report.score_chart": ("Risk score of the flagged companies", "有风险标记企业的风险分"),
    "report.no_flags": ("No company on the watchlist has a raised flag.", "关注列表中没有企业带有风险标记。"),
    "report.yes": ("yes", "是"),
    "report.flag_pledge": ("Pledges", "质押"),
    "report.flag_litigation_defendant": ("Litigation as defendant", "作为被告的诉讼"),
    "report.flag_reexam": ("Invalidation requests", "无效请求"),
    "report.flag_transfer_out": ("Transfers out", "转出"),
    "report.flag_rejected": ("Rejections", "驳回"),
    "report.changes": ("What changed since the previous release", "自上次发布以来的变化"),
    "report.changes_period": (
        "The release of {release} compared with the release of {previous}.",
        "{release} 发布的数据与 {previous} 发布的数据相比。",
    ),
    "report.changes_note": (
        "Growth of each risk indicator since the previous release, as PatSnap reports it; the last column says "
        "whether the indicator raises a flag.",
        "PatSnap 报告的各项风险指标自上次发布以来的增长；最后一列表示该指标是否触发风险标记。",
    ),
    "report.changes_table": ("Indicators that moved", "有变化的指标"),
    "report.no_changes": (
        "No risk indicator moved since the previous release.",
        "自上次发布以来，没有风险指标发生变化。",
    ),
    "report.col_indicator": ("Indicator", "指标"),
    "report.col_patents_growth": ("Patents, growth", "专利数增长"),
    "report.col_events_growth": ("Events, growth", "事件数增长"),
    "report.col_raised": ("Flag raised", "已标记"),
    "report.trends": ("Trends of the flagged companies", "有风险标记企业的趋势"),
    "report.no_history": (
        "No history stored for this company yet: fetch it in the Risk tab or with `ipdesk risk --history`.",
        "尚未保存此企业的历史数据：请在风险标签页中获取，或运行 `ipdesk risk --history`。",
    ),
    "report.trend_chart": ("{indicator}: {company}", "{indicator}：{company}"),
    "report.series_patents": ("Patents", "专利数"),
    "report.series_events": ("Events", "事件数"),
    "report.col_count": ("Count", "数量"),
    # issue 17, bibliography (P011) on the command line
    "help.classify_with_biblio": (
        "add each patent's bibliography (P011: title, first assignee, dates, patent type); ceil(N/100) more "
        "API calls",
        "加上每件专利的著录项目（P011：标题、第一权利人、日期、专利类型）；多 ceil(N/100) 次 API 调用",
    ),
    "cli.classify_plan_biblio": (
        "{unique} unique, {duplicates} duplicates, {invalid} invalid, {cached} already in the store, "
        "{calls} API calls needed ({seic} P022 + {biblio} P011)",
        "{unique} 个不重复，{duplicates} 个重复，{invalid} 个无效，{cached} 个已在本地库中，需要 {calls} 次 API "
        "调用（{seic} 次 P022 + {biblio} 次 P011）",
    ),
    "help.biblio": (
        "bibliography (P011) of patents: titles, abstracts, parties, dates, type, classes",
        "专利著录项目（P011）：标题、摘要、申请人/权利人/发明人、日期、类型、分类",
    ),
    "help.biblio_patents": ("patent numbers or PatSnap patent ids", "专利号或 PatSnap 专利 ID"),
    "help.biblio_input": (
        "read the patents from a text, .csv or .xlsx file (- : standard input)",
        "从文本、.csv 或 .xlsx 文件读取专利（- 表示标准输入）",
    ),
    "help.biblio_format": (
        "default: from --output's extension, else json",
        "默认：按 --output 的扩展名，否则为 json",
    ),
    "cli.biblio_no_patents": (
        "No patents given: name them (a patent number or PatSnap patent id each), or read them from a file with "
        "--input FILE [--column NAME].",
        "未提供专利：请直接列出（专利号或 PatSnap 专利 ID），或用 --input FILE [--column NAME] 从文件读取。",
    ),
    "cli.biblio_plan": (
        "{patents} patents: {cached} already in the store, {calls} P011 API calls needed",
        "{patents} 件专利：{cached} 件已在本地库中，需要 {calls} 次 P011 API 调用",
    ),
    "cli.biblio_summary": (
        "patents: {patents}, cached: {cached}, API calls made: {calls}, found: {found}, not found: {not_found}, "
        "failed: {failed}",
        "专利：{patents}，本地已有：{cached}，API 调用：{calls}，找到：{found}，PatSnap 中未找到：{not_found}，"
        "失败：{failed}",
    ),
    "cli.biblio_not_fetched": (
        "not fetched (the run stopped before this patent)",
        "未获取（运行在此专利之前已停止）",
    ),
    "cli.biblio_some_failed": (
        "Some patents failed (see the status and error fields); run the same command again to fetch only those.",
        "部分专利失败（见 status 和 error 字段）；再次运行同一命令即可只获取这些专利。",
    ),
    # --- patent lists: why an entry is not a patent number or id (services.patents) ---
    "patents.empty": ("empty entry", "空条目"),
    "patents.duplicate": (
        "duplicate of line {line} ({first}): classified once",
        "与第 {line} 行（{first}）重复：只分类一次",
    ),
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
    # --- the data folder's health, backups and ipdesk store (services.store.health, .backups) ---
    "store.opened_read_only": (
        "The IP Desk database {path} is open read-only: nothing can be saved, so no paid work can run.",
        "IP Desk 数据库 {path} 以只读方式打开：无法保存任何内容，因此不能进行付费操作。",
    ),
    "store.read_only_old": (
        "The IP Desk database {path} (schema version {found}) needs an upgrade to version {supported}, but it is "
        "read-only. Make it writable for your user and start IP Desk again.",
        "IP Desk 数据库 {path}（结构版本 {found}）需要升级到版本 {supported}，但它是只读的。请让当前用户可写入该文件后"
        "重新启动 IP Desk。",
    ),
    "store.no_backup": (
        "There is no intact backup of the IP Desk database in {folder}. Start a new database instead (the "
        "damaged file is kept).",
        "{folder} 中没有完好的 IP Desk 数据库备份。请改为新建数据库（损坏的文件会被保留）。",
    ),
    "cli.store_damaged_hint": (
        "Run `ipdesk store restore` to move it aside and restore the newest backup, or `ipdesk store new` to "
        "start an empty database. The damaged file is kept, renamed with a time stamp.",
        "运行 `ipdesk store restore` 将其移开并恢复最新的备份，或运行 `ipdesk store new` 新建空数据库。"
        "损坏的文件会被保留，并以时间戳重命名。",
    ),
    "cli.store_healthy_kept": (
        "The IP Desk database {path} is healthy: nothing was moved (restore and new replace a damaged "
        "database only).",
        "IP Desk 数据库 {path} 状态良好：未做任何移动（restore 和 new 只用于替换已损坏的数据库）。",
    ),
    "cli.store_backed_up": ("Backup written: {path}", "备份已写入：{path}"),
    "cli.store_nothing_to_back_up": (
        "There is no database to back up yet at {path}.",
        "{path} 处尚无可备份的数据库。",
    ),
    "cli.store_restored": (
        "Restored {path} from the backup {backup}. The damaged file is kept as {aside}.",
        "已从备份 {backup} 恢复 {path}。损坏的文件保留为 {aside}。",
    ),
    "cli.store_new": (
        "The database {path} was moved aside to {aside}; the next command starts an empty database.",
        "数据库 {path} 已移至 {aside}；下一条命令将使用新的空数据库。",
    ),
    "health.ok": ("The IP Desk database {path} is healthy.", "IP Desk 数据库 {path} 状态良好。"),
    "health.read_only": (
        "The IP Desk data folder is read-only ({detail}). You can browse what is stored, but paid work is off: "
        "answers could not be saved. Make {folder} and its files writable for your user (or set "
        "IPDESK_DATA_DIR to a writable folder) and start IP Desk again.",
        "IP Desk 数据文件夹为只读（{detail}）。您可以浏览已保存的内容，但付费操作已停用：获取的结果无法保存。"
        "请让当前用户可写入 {folder} 及其中的文件（或将 IPDESK_DATA_DIR 设为可写的文件夹），然后重新启动 IP Desk。",
    ),
    "health.damaged": (
        "The IP Desk database {path} is damaged ({detail}). IP Desk will not write to it. Restore the newest "
        "backup or start a new database; either way the damaged file is kept beside it, renamed.",
        "IP Desk 数据库 {path} 已损坏（{detail}）。IP Desk 不会再写入该文件。请恢复最新的备份，或新建数据库；"
        "两种方式都会保留损坏的文件（重命名后放在原处）。",
    ),
    "health.unopenable": (
        "IP Desk cannot open its database: {detail}. Give your user read and write permission on {folder} and "
        "its files (e.g. chmod u+rwX), or set IPDESK_DATA_DIR to another folder, and start IP Desk again.",
        "IP Desk 无法打开数据库：{detail}。请为当前用户授予 {folder} 及其中文件的读写权限（例如 chmod u+rwX），"
        "或将 IPDESK_DATA_DIR 设为其他文件夹，然后重新启动 IP Desk。",
    ),
    "health.low_space": (
        "Only {free} MB of disk space is left for the IP Desk data folder {folder}. Free some space: answers "
        "that cannot be saved would have to be fetched (and paid for) again.",
        "IP Desk 数据文件夹 {folder} 所在磁盘仅剩 {free} MB 可用空间。请释放一些空间：无法保存的结果将需要重新获取"
        "（并再次付费）。",
    ),
    "health.full": (
        "The disk holding the IP Desk data folder {folder} is full (only {free} MB left): answers paid for could "
        "not be kept, so no paid work starts. What is stored can still be browsed. Free some space on that disk "
        "(or move the data folder, IPDESK_DATA_DIR, to a disk with room), then try again.",
        "IP Desk 数据文件夹 {folder} 所在磁盘已满（仅剩 {free} MB）：付费获取的结果将无法保存，因此不会开始付费操作。"
        "已保存的内容仍可浏览。请释放该磁盘的空间（或将数据文件夹 IPDESK_DATA_DIR 移到有空间的磁盘），然后重试。",
    ),
    "health.denied_on": ("permission denied on {path}", "对 {path} 的访问被拒绝"),
    "health.read_only_mount": ("{path} is on a read-only file system", "{path} 位于只读文件系统上"),
    "health.not_a_folder": ("{path} is not a folder", "{path} 不是文件夹"),
    "health.is_a_folder": ("{path} is a folder, not a database file", "{path} 是文件夹，而不是数据库文件"),
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
    "store.disk_full": (
        "The disk holding the IP Desk database {path} is full, so answers cannot be stored ({error}). Free some "
        "space on that disk (or move the data folder, IPDESK_DATA_DIR, to a disk with room), then run again.",
        "存放 IP Desk 数据库 {path} 的磁盘已满，无法保存结果（{error}）。请释放该磁盘的空间（或将数据文件夹 "
        "IPDESK_DATA_DIR 移到有空间的磁盘），然后再次运行。",
    ),
    "store.read_only": (
        "The IP Desk database {path} cannot be written: the file or its folder is read-only ({error}). Give "
        "your user write permission on the data folder and its files, then run again.",
        "无法写入 IP Desk 数据库 {path}：该文件或其文件夹为只读（{error}）。请为当前用户授予数据文件夹及其文件的"
        "写权限，然后再次运行。",
    ),
    "store.damaged": (
        "The IP Desk database {path} is damaged and cannot be written ({error}). Quit IP Desk and start it "
        "again to restore the newest backup, or run `ipdesk store restore` (or `ipdesk store new`); the damaged "
        "file is kept.",
        "IP Desk 数据库 {path} 已损坏，无法写入（{error}）。请退出并重新启动 IP Desk 以恢复最新的备份，或运行 "
        "`ipdesk store restore`（或 `ipdesk store new`）；损坏的文件会被保留。",
    ),
    "store.busy": (
        "The IP Desk database {path} stayed locked by another IP Desk window or process ({error}). Wait for "
        "it to finish, then run again.",
        "IP Desk 数据库 {path} 一直被另一个 IP Desk 窗口或进程锁定（{error}）。请等待其完成后再次运行。",
    ),
    "store.write_failed": (
        "The IP Desk database {path} could not store the answers ({error}).",
        "IP Desk 数据库 {path} 无法保存结果（{error}）。",
    ),
    "store.answers_spooled": (
        "{count} answers already paid for are kept in {spool}; IP Desk stores them in the database at the next "
        "run, so they are not paid again.",
        "{count} 条已付费的结果保存在 {spool} 中；IP Desk 会在下次运行时将其存入数据库，不会再次付费。",
    ),
    "store.answers_not_kept": (
        "{count} answers already paid for could not be kept anywhere (the spool {spool} could not be written "
        "either); they are in the output only.",
        "{count} 条已付费的结果无处保存（备用文件 {spool} 也无法写入）；它们只在输出中。",
    ),
}
