"""A watched company's patents in the user's classified lists (issue 17): "Patents of this company in my lists".

Reads the store alone, never calls: the classification lists (``services.classify.recent_lists``), the P011 answers
stored for their patents (``services.biblio.stored_bibliographies``: lists classified "with bibliography", or
patents whose bibliography was fetched another way) and their SEIC rows. A patent is the company's when one of
its assignees or applicants is the company's name, exactly, after the normalisation the company parser applies to
every typed name (``services.companies.classify_company``: NFKC, spaces, ``()`` → ``（）``), so
``小米科技(北京)有限公司`` and ``小米科技（北京）有限公司`` are one company. Blocking: front-ends run it on a worker.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING

from ipdesk.services.biblio import stored_bibliographies
from ipdesk.services.classify import answered_rows, patent_identity, recent_lists, with_bibliography
from ipdesk.services.companies import classify_company
from ipdesk.services.portfolio import Distribution, code_order

if TYPE_CHECKING:
    from ipdesk.api.models import Bibliography, RiskTrend
    from ipdesk.services.classify import ClassRow

MAX_LISTS = 1000  # the newest lists searched (a user's whole history, in practice)


def company_key(name: str) -> str:
    """A company name as compared: normalised like a typed name (brackets, spaces, full-width forms)."""
    return classify_company(name).value


def company_names(company, trend: RiskTrend | None = None) -> tuple[str, ...]:
    """The names a watched company is known by: the user's name for it, the name in its risk answer (C029) and
    the name it was added by (a company added by its credit code has a name only once refreshed)."""
    names = [company.display_name]
    if trend is not None and trend.company is not None:
        names.append(trend.company.company_name or "")
    if company.kind == "company_name":
        names.append(company.value)
    return tuple(dict.fromkeys(name for name in names if name))


def owners(bibliography: Bibliography) -> tuple[str, ...]:
    """The assignees and applicants of a patent, each once."""
    return tuple(dict.fromkeys((*bibliography.assignees, *bibliography.applicants)))


@dataclass
class CompanyPatents:
    """The answer: the matching rows (a patent in several lists: the newest list's rows), how much was searched
    (``patents``: distinct entries of the lists), and distinct patents per level-1 industry."""

    names: tuple[str, ...]
    rows: list[ClassRow] = field(default_factory=list)
    lists: int = 0  # classification lists searched
    patents: int = 0  # distinct patents in them
    with_bibliography: int = 0  # of which the store holds a bibliography (only those can match)
    distribution: Distribution = field(default_factory=Distribution)

    @property
    def matched(self) -> int:
        """Distinct patents of the company."""
        return len(self.distribution.answered)

    def by_industry(self) -> list[tuple[str, str, int]]:
        """(level-1 code, name, distinct patents), in code order; patents without SEIC class are not in it."""
        lv1 = self.distribution.lv1
        return [
            (code, self.distribution.names.get(code, ""), len(lv1[code]))
            for code in sorted(lv1, key=code_order)
        ]


def patents_of_company(store, names: Iterable[str], *, max_lists: int = MAX_LISTS) -> CompanyPatents:
    """The classified patents of the user's stored lists whose assignee or applicant is one of ``names``."""
    names = tuple(names)
    wanted = {company_key(name) for name in names} - {""}
    result = CompanyPatents(names)
    lists = recent_lists(store, max_lists)
    result.lists = len(lists)
    if not wanted:  # a company known only by its code (not refreshed yet): no name to look for
        return result
    bibliographies: dict[str, Bibliography | None] = {}  # key -> its stored answer (None: none stored)
    keys_of: dict[str, str] = {}  # an owner's name as written -> as compared
    taken: set[str] = set()  # patents already given by a newer list

    def is_mine(bibliography: Bibliography | None) -> bool:
        if bibliography is None:
            return False
        for owner in owners(bibliography):
            if owner not in keys_of:
                keys_of[owner] = company_key(owner)
            if keys_of[owner] in wanted:
                return True
        return False

    for listed in lists:  # newest first: a patent in several lists is shown as the newest list has it
        keys = store.jobs.job_keys(listed.job_id)
        new = [key for key in dict.fromkeys(keys) if key not in bibliographies]
        stored = stored_bibliographies(store, new)
        bibliographies.update({key: stored.get(key) for key in new})
        mine = [key for key in dict.fromkeys(keys) if is_mine(bibliographies[key])]
        rows = [
            row
            for key, key_rows in groupby(answered_rows(store, mine, listed.lang), key=attrgetter("key"))
            for row in with_bibliography(list(key_rows), bibliographies[key], listed.lang)
            if row.status in ("ok", "none") and patent_identity(row) not in taken
        ]
        taken.update(patent_identity(row) for row in rows)
        result.rows.extend(rows)
    result.patents = len(bibliographies)
    result.with_bibliography = sum(1 for bibliography in bibliographies.values() if bibliography is not None)
    result.distribution.add_rows(result.rows)
    return result
