"""The store as a whole: its parts over one database object, life cycle, persistence, two stores on one file;
only ``database.py`` knows the database is SQLite."""

from __future__ import annotations

import ast
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

import ipdesk.services.store as store_package
from ipdesk.services import paths
from ipdesk.services.store import Store, StoreError
from ipdesk.services.store.database import Database, SQLiteDatabase


def test_open_default_uses_the_data_dir(data_dir):
    with Store.open_default() as store:
        assert store.database.path == paths.database_path()
        assert store.database.path.parent == data_dir
    assert (data_dir / "ipdesk.sqlite3").exists()


def test_persistence_across_reopen(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        store.results.put_result("P019", "US9800501B2", {"text": "描述"}, "")
        job = store.jobs.create_job("classify", {"lang": "en"}, ["a", "b"])
        store.usage.record_usage("default", "P022", calls=2, results=150)
        store.watchlist.add_company("credit_code", "91110108551385082Q", display_name="小米科技有限责任公司")
    with Store(path) as store:
        assert store.results.get_result("P019", "US9800501B2").payload == {"text": "描述"}
        assert store.jobs.job(job).total == 2
        assert store.usage.calls_today("default") == 2
        assert store.watchlist.list_companies()[0].display_name == "小米科技有限责任公司"


def test_closed_store_raises_store_error(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    store.close()
    store.close()  # idempotent
    assert store.closed
    with pytest.raises(StoreError, match="closed"):
        store.state.get_state("x")


def test_two_stores_on_one_file_see_each_others_writes(tmp_path):
    """Two app instances (CLI + GUI) on the same database: WAL + busy timeout."""
    path = tmp_path / "shared.sqlite3"
    with Store(path) as a, Store(path) as b:
        a.results.put_result("C027", "credit_code:91110108551385082Q", {"n": 1})
        assert b.results.get_result("C027", "credit_code:91110108551385082Q").payload == {"n": 1}
        b.state.set_state("k", "v")
        assert a.state.get_state("k") == "v"


STORE_PACKAGE = Path(store_package.__file__).parent


def _imported_modules(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_database_module_knows_sqlite():
    modules = sorted(STORE_PACKAGE.glob("*.py"))
    assert {"database.py", "results.py", "jobs.py", "watchlist.py", "usage.py", "state.py"} <= {
        m.name for m in modules
    }
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {name.split(".")[0] for name in _imported_modules(tree)}
        if module.name == "database.py":
            assert "sqlite3" in imported
            continue
        assert "sqlite3" not in imported, module.name
        strings = [
            n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
        sqlite_only = [s for s in strings if re.search(r"\bPRAGMA\b|\bINSERT OR\b|\bREPLACE INTO\b", s)]
        if module.name != "migrations.py":  # the SQLite schema itself
            assert sqlite_only == [], (module.name, sqlite_only)
        # a part reaches the database through read() and write() only, never a connection or a lock
        attributes = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
        used = {n.attr for n in attributes if isinstance(n.value, ast.Attribute) and n.value.attr == "_db"}
        assert used <= {"read", "write"}, (module.name, used)
        assert not {n.attr for n in attributes} & {"_conn", "_connection", "_lock"}, module.name


class _Transaction:
    """Only what the Transaction interface promises: a part using more of a connection fails here."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql, parameters=(), /):
        return self._conn.execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self._conn.executemany(sql, parameters)


class RecordingDatabase:
    """Another Database implementation (over the SQLite one) that records the transactions the parts open."""

    def __init__(self, path) -> None:
        self.inner = SQLiteDatabase(path)
        self.opened: list[str] = []

    @contextmanager
    def read(self):
        self.opened.append("read")
        with self.inner.read() as conn:
            yield _Transaction(conn)

    @contextmanager
    def write(self):
        self.opened.append("write")
        with self.inner.write() as conn:
            yield _Transaction(conn)

    def close(self) -> None:
        self.inner.close()

    @property
    def closed(self) -> bool:
        return self.inner.closed


def test_the_parts_run_on_any_database_implementation(tmp_path):
    database = RecordingDatabase(tmp_path / "db.sqlite3")
    assert isinstance(database, Database) and isinstance(database.inner, Database)
    with Store(database) as store:
        assert store.database is database
        job = store.jobs.create_job("classify", {"lang": "en"}, ["US1", "US2"])
        assert store.results.put_results("P022", {"US1": [1]}, "en", job_id=job) == 1
        assert database.opened == ["write", "write"]  # a result and its "done" mark: one transaction
        assert store.jobs.pending_keys(job) == ["US2"]
        assert store.results.get_results("P022", ["US1", "US2"], "en")["US1"].payload == [1]
        company = store.watchlist.add_company("company_name", "小米科技有限责任公司", tags=["supplier"])
        assert store.watchlist.update_company(company.id, note="n").note == "n"
        store.usage.record_usage("default", "P022", calls=2)
        assert store.usage.calls_today("default") == 2
        store.state.add_recent("US1", "EN")
        store.state.set_state("k", [1])
        assert (store.state.recent()[0].patent, store.state.get_state("k")) == ("US1", [1])
    assert database.closed and store.closed


def test_repr_names_the_file(tmp_path):
    with Store(tmp_path / "db.sqlite3") as store:
        assert repr(store) == f"Store(SQLiteDatabase({str(tmp_path / 'db.sqlite3')!r}))"
