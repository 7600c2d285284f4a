"""Typed exceptions for every PatSnap error code, with English and Chinese messages.

Each message says what happened and what to do. Exception texts pass through the redactor, so a
server message that echoes a secret never reaches a log or a dialog.
"""

from __future__ import annotations

import datetime

from ipdesk.api.redact import redact

# code -> (english, chinese): what happened + what to do.
ERROR_MESSAGES: dict[int, tuple[str, str]] = {
    # business errors (683000xx)
    68300004: (
        "The request parameters were rejected as invalid. Check the patent numbers / ids or the company "
        "identifier (at most 100 patents per request) and try again.",
        "请求参数无效。请检查专利号/专利 ID 或企业标识(每次最多 100 件专利)后重试。",
    ),
    68300005: (
        "The PatSnap search service failed for this request. It is usually temporary: try again in a moment.",
        "PatSnap 检索服务处理本次请求失败,通常是暂时性的,请稍后重试。",
    ),
    68300006: (
        "PatSnap could not access the underlying data for this request. Check the identifiers; if they are "
        "correct, try again later or contact PatSnap support.",
        "PatSnap 无法读取本次请求的基础数据。请检查标识是否正确;如无误,请稍后重试或联系 PatSnap 客服。",
    ),
    68300007: (
        "PatSnap rejected the request as malformed. Check the input values; if this persists, report it "
        "to the IP Desk maintainers.",
        "PatSnap 认为请求格式有误。请检查输入内容;如问题持续存在,请向 IP Desk 维护人员反馈。",
    ),
    68300008: (
        "The PatSnap service was interrupted. It is temporary: try again later.",
        "PatSnap 服务中断,属于暂时性问题,请稍后再试。",
    ),
    68300010: (
        "The submitted content does not meet the upload rules of the service. Check the input format and "
        "try again.",
        "提交的内容不符合服务的上传规范。请检查输入格式后重试。",
    ),
    68300012: (
        "No data exists for this company. Check the company name, unified social credit code or "
        "organization code (the full registered name is needed).",
        "该企业数据不存在。请检查企业名称、统一社会信用代码或组织机构代码(名称需为完整注册名称)。",
    ),
    # platform errors (672000xx)
    67200000: (
        "The platform-wide API call limit has been exceeded. Wait and try again later, or contact PatSnap.",
        "已超出平台整体 API 调用上限。请稍后再试,或联系 PatSnap。",
    ),
    67200001: (
        "The total API call limit set by the platform has been reached. Wait until the limit resets or "
        "contact PatSnap to raise it.",
        "已达到平台设置的 API 调用总量上限。请等待额度重置,或联系 PatSnap 提高上限。",
    ),
    67200002: (
        "Requests were sent faster than your account's QPS limit. IP Desk slows down and retries "
        "automatically; if this keeps happening, lower IPDESK_QPS (default 10) below your plan's QPS.",
        "请求速度超过了账户的 QPS 限制。IP Desk 会自动降速并重试;如频繁出现,请将 IPDESK_QPS 设为低于套餐的 QPS(默认 10)。",
    ),
    67200003: (
        "Authentication failed: the access token expired, or the client ID / secret is wrong or the client "
        "is disabled. Check the credentials in Account → Accounts….",
        "认证失败:访问令牌已过期,或 Client ID / Secret 不正确、客户端已被禁用。请在“账户 → 账户管理…”中检查凭据。",
    ),
    67200004: (
        "This API is not in your plan, or the plan's quota for it is used up. Contact PatSnap to add it "
        "to your plan.",
        "您的套餐不包含此 API,或该接口套餐额度已用完。请联系 PatSnap 开通或升级套餐。",
    ),
    67200005: (
        "The account balance or number of calls is insufficient. Top up the account, then try again.",
        "账户余额或调用次数不足。请充值后重试。",
    ),
    67200006: (
        "This API client has passed its validity period. Renew the client with PatSnap or use another one.",
        "该 API 客户端已超过有效期。请联系 PatSnap 续期,或改用其他客户端。",
    ),
    67200007: (
        "Today's configured call limit has been reached. Try again tomorrow or ask PatSnap to raise the "
        "daily limit.",
        "已达到当日配置的调用上限。请明天再试,或联系 PatSnap 提高每日额度。",
    ),
    67200008: (
        "The request did not carry the required apikey parameter. Check that a client ID is configured "
        "in Account → Accounts….",
        "请求缺少必需的 apikey 参数。请在“账户 → 账户管理…”中检查是否已配置 Client ID。",
    ),
    67200009: (
        "The apikey does not match the access token. Check that the client ID and secret belong to the "
        "same client.",
        "apikey 与访问令牌不匹配。请检查 Client ID 和 Secret 是否属于同一个客户端。",
    ),
    67200012: (
        "The request was refused as illegal by the platform. Check the base URL and input; if it "
        "persists, contact PatSnap.",
        "平台认为该请求非法并予以拒绝。请检查服务地址和输入内容;如持续出现,请联系 PatSnap。",
    ),
    67200100: (
        "The PatSnap server is busy and the request timed out. It is temporary: try again later.",
        "PatSnap 服务器繁忙,请求超时。属于暂时性问题,请稍后重试。",
    ),
    67200101: (
        "The requested API does not exist at this address. Check the base URL (global or China) in Account → Accounts….",
        "所请求的 API 在此地址不存在。请在“账户 → 账户管理…”中检查服务地址(全球版或中国版)。",
    ),
}

# messages for failures that carry no error code: key -> (english, chinese)
_KIND_MESSAGES: dict[str, tuple[str, str]] = {
    "http_401": (
        "The service refused the credentials (HTTP 401). Check the client ID and secret or API key in "
        "Account → Accounts….",
        "服务拒绝了凭据(HTTP 401)。请在“账户 → 账户管理…”中检查 Client ID 和 Secret 或 API Key。",
    ),
    "http_403": (
        "Access is forbidden (HTTP 403). Check that your account may use this API.",
        "访问被禁止(HTTP 403)。请确认您的账户有权使用此 API。",
    ),
    "http_404": (
        "The address was not found (HTTP 404). Check the base URL in Account → Accounts….",
        "未找到该地址(HTTP 404)。请在“账户 → 账户管理…”中检查服务地址。",
    ),
    "http_4xx": (
        "The service rejected the request. Check the input and try again.",
        "服务拒绝了该请求。请检查输入后重试。",
    ),
    "http_busy": (
        "The service is overloaded or unavailable. It is temporary: try again later.",
        "服务过载或暂时不可用。属于暂时性问题,请稍后重试。",
    ),
    "transport": (
        "The connection to the service failed or the answer was incomplete. Check the network (and proxy "
        "settings) and try again.",
        "与服务的连接失败或响应不完整。请检查网络(及代理设置)后重试。",
    ),
    "connect": (
        "Could not connect to the service (connection refused, unknown host or no answer to connect). Check "
        "the network, the proxy settings and the endpoint URL of the profile, then try again.",
        "无法连接到服务(连接被拒绝、主机名未知或连接无响应)。请检查网络、代理设置和配置的端点 URL,然后重试。",
    ),
    "tls": (
        "The server's TLS certificate could not be verified. If your network uses its own certificate "
        "authority, set REQUESTS_CA_BUNDLE to its CA bundle file.",
        "无法验证服务器的 TLS 证书。如果您的网络使用自有证书颁发机构,请将 REQUESTS_CA_BUNDLE 设为其 CA 证书包文件。",
    ),
    "parse": (
        "The service answered in an unexpected format. Try again later; if it persists, report it to the "
        "IP Desk maintainers.",
        "服务返回了无法识别的格式。请稍后重试;如持续出现,请向 IP Desk 维护人员反馈。",
    ),
    "insecure": (
        "Plain http:// addresses are only allowed for this computer (loopback). Use an https:// address.",
        "仅本机(回环地址)允许使用 http:// 地址。请改用 https:// 地址。",
    ),
    "bad_input": (
        "The input is not valid for this request. Correct it and try again.",
        "输入内容不适用于此请求。请修改后重试。",
    ),
    "cancelled": ("The operation was cancelled.", "操作已取消。"),
    "unknown": (
        "The service reported an error. Try again later; if it persists, contact PatSnap support.",
        "服务返回了错误。请稍后重试;如持续出现,请联系 PatSnap 客服。",
    ),
}

# added to the message when the service said when to try again (Retry-After): (english, chinese)
_RETRY_AT_MESSAGE = (
    "The service asked IP Desk to wait {wait} before the next request: try again after {at}.",
    "服务要求 IP Desk 等待 {wait}后再发送请求:请在 {at} 之后重试。",
)


def _format_wait(seconds: float, idx: int) -> str:
    seconds = max(0, round(seconds))
    if seconds < 120:
        return (f"{seconds} s", f"{seconds} 秒")[idx]
    minutes = round(seconds / 60)
    if minutes < 120:
        return (f"{minutes} min", f"{minutes} 分钟")[idx]
    hours, minutes = divmod(minutes, 60)
    return (f"{hours} h {minutes} min", f"{hours} 小时 {minutes} 分钟")[idx]


def _format_at(when: datetime.datetime) -> str:
    local = when.astimezone()  # the computer's time zone
    if local.date() == datetime.datetime.now().astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


class ApiError(Exception):
    """Base of every client error. `message(lang)` gives the user-facing text."""

    retryable: bool = False
    fatal: bool = False
    kind: str = "unknown"
    retry_after: float | None = None  # seconds the service asked to wait (Retry-After header), when valid
    retry_at: datetime.datetime | None = None  # the moment that wait ends (aware); appended to message()

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: int | None = None,
        http_status: int | None = None,
        operation: str | None = None,
        server_message: str | None = None,
        retryable: bool | None = None,
        kind: str | None = None,
    ) -> None:
        self.code = code
        self.http_status = http_status
        self.operation = operation
        self.detail = redact(detail) if detail else None
        self.server_message = redact(str(server_message)) if server_message else None
        if retryable is not None:
            self.retryable = retryable
        if kind is not None:
            self.kind = kind
        super().__init__(self.detail or "")

    def set_retry_after(self, seconds: float, now: datetime.datetime | None = None) -> None:
        """Record the service's Retry-After (seconds from `now`, default the current time)."""
        now = now or datetime.datetime.now(datetime.UTC)
        self.retry_after = float(seconds)
        self.retry_at = now + datetime.timedelta(seconds=seconds)

    def message(self, lang: str = "en") -> str:
        idx = 1 if lang.lower().startswith("zh") else 0
        if self.code is not None and self.code in ERROR_MESSAGES:
            text = ERROR_MESSAGES[self.code][idx]
        else:
            text = _KIND_MESSAGES.get(self.kind, _KIND_MESSAGES["unknown"])[idx]
        if self.retry_at is not None and self.retry_after is not None:
            extra = _RETRY_AT_MESSAGE[idx].format(
                wait=_format_wait(self.retry_after, idx), at=_format_at(self.retry_at)
            )
            text += ("" if idx else " ") + extra
        return text

    def __str__(self) -> str:
        where = []
        if self.operation:
            where.append(self.operation)
        if self.code is not None:
            where.append(str(self.code))
        if self.http_status is not None:
            where.append(f"HTTP {self.http_status}")
        text = self.message("en")
        if self.detail:
            text += f" ({self.detail})"
        if self.server_message:
            text += f" [server: {self.server_message}]"
        return redact(f"[{' '.join(where)}] {text}" if where else text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, http_status={self.http_status!r}, operation={self.operation!r})"


class AuthError(ApiError):
    fatal = True
    kind = "http_401"


class QuotaError(ApiError):
    fatal = True


class PlanError(QuotaError):
    pass


class RateLimitError(ApiError):
    retryable = True


class ServiceBusyError(ApiError):
    retryable = True
    kind = "http_busy"


class BadRequestError(ApiError):
    kind = "bad_input"


class CompanyNotFoundError(ApiError):
    pass


class TransportError(ApiError):
    retryable = True
    kind = "transport"


class ParseError(ApiError):
    kind = "parse"

    def __init__(self, detail: str | None = None, *, field: str = "", **kwargs) -> None:
        self.field = field
        super().__init__(detail or (f"unexpected value in field '{field}'" if field else None), **kwargs)


class InsecureUrlError(ApiError):
    fatal = True
    kind = "insecure"


class CancelledError(ApiError):
    """The caller's cancel event was set while waiting; not an error of the service."""

    fatal = True
    kind = "cancelled"


_CODE_CLASSES: dict[int, type[ApiError]] = {
    **dict.fromkeys((67200003, 67200008, 67200009), AuthError),
    **dict.fromkeys((67200000, 67200001, 67200005, 67200006, 67200007), QuotaError),
    67200004: PlanError,
    67200002: RateLimitError,
    **dict.fromkeys((67200100, 68300005, 68300008), ServiceBusyError),
    **dict.fromkeys((68300004, 68300006, 68300007, 68300010, 67200012, 67200101), BadRequestError),
    68300012: CompanyNotFoundError,
}


def error_for_code(
    code: int,
    *,
    http_status: int | None = None,
    operation: str | None = None,
    server_message: str | None = None,
) -> ApiError:
    """The typed exception for a service error code (a plain ApiError for an unknown code)."""
    cls = _CODE_CLASSES.get(code, ApiError)
    return cls(code=code, http_status=http_status, operation=operation, server_message=server_message)


def error_for_http(
    status: int, *, operation: str | None = None, server_message: str | None = None
) -> ApiError:
    """The typed exception for a non-success HTTP status that carried no error code."""
    kw = {"http_status": status, "operation": operation, "server_message": server_message}
    if status == 401:
        return AuthError(**kw)
    if status == 403:
        return AuthError(kind="http_403", **kw)
    if status == 429 or status >= 500:
        return ServiceBusyError(**kw)
    if status == 404:
        return BadRequestError(kind="http_404", **kw)
    return BadRequestError(kind="http_4xx", **kw)
