"""What every sandbox operation shares: the error type, the serve context and the error messages."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

ERROR_MESSAGES = {
    0: "",
    67200000: "API call exceeds the total limit set by the platform!",
    67200001: "API call exceeds the total limit set by the platform!",
    67200002: "The current call rate is too fast, exceeding the current configuration limit QPS!",
    67200003: "The key and secret parameters for applying for the token are incorrect or the client has been disabled!",
    67200004: "The requested api does not have permission. Please contact our support personnel!",
    67200005: "Insufficient account balance/number of calls!",
    67200006: "The client has exceeded the activation validity period!",
    67200007: "The current call exceeds the configured usage limit of the day!",
    67200008: "Please check if the required apikey in the query parameter has been transmitted!",
    67200009: "The apikey does not match the passed bearerToken. Please check if a valid token is being used!",
    67200012: "The request is illegal!",
    67200100: "The current server status is busy, request response timeout!",
    67200101: "The API requested currently does not exist. Please check the request path!",
    68300004: "Invalid parameter!",
    68300005: "Search api failure!",
    68300006: "Analytic basic access error!",
    68300007: "Bad request!",
    68300008: "Service error, please try again later!",
    68300010: "The file does not comply with upload specifications!",
    68300012: "企业数据不存在",
}


class OpError(Exception):
    """An error answered in the envelope (HTTP 200 unless the server maps the code otherwise)."""

    def __init__(self, code: int, message: str | None = None):
        super().__init__(code)
        self.code = code
        self.message = message or ERROR_MESSAGES.get(code, "Error")


@dataclass(frozen=True)
class ServeContext:
    today: datetime.date
    quirks: bool = False
    unknown_as: str = "omit"  # "omit" | "null" | "dash"
    offset_units: str = "codepoint"  # "codepoint" | "utf16" (Java-style units)


def split_keys(raw: str | None) -> list[str]:
    """Comma-separated keys, stripped, empty ones dropped, duplicates dropped (first kept)."""
    seen: dict[str, None] = {}
    for part in (raw or "").split(","):
        part = part.strip()
        if part:
            seen.setdefault(part, None)
    return list(seen)


def patent_keys(query: dict[str, str], limit: int = 100) -> tuple[str, list[str]]:
    """("patent_id"|"patent_number", keys): patent_id wins; none or more than `limit` -> 68300004."""
    by = "patent_id" if query.get("patent_id", "").strip() else "patent_number"
    keys = split_keys(query.get(by))
    if not keys or len(keys) > limit:
        raise OpError(68300004)
    return by, keys
