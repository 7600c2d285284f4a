"""The classification table model, its filter proxy and the distribution counts (no network)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QPersistentModelIndex, Qt

from ipdesk.services.classify import ClassRow
from ipdesk.ui.classify.chart import ClassificationChart, Distribution
from ipdesk.ui.classify.model import ClassificationFilterProxy, ClassificationTableModel


def row(key, lv1="", lv2="", kind="ok", name1="", name2=""):
    error = "Service busy" if kind == "failed" else ""
    return ClassRow(key, key, "", lv1, name1, lv2, name2, kind, error, key)


def make(rows):
    model = ClassificationTableModel()
    model.set_status_texts({"ok": "Classified", "none": "No SEIC classification"})
    proxy = ClassificationFilterProxy()
    proxy.setSourceModel(model)
    model.append_rows(rows)
    return model, proxy


def shown(proxy, column=0):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_filter_any_column_and_levels_follow_appended_rows(qapp):
    model, proxy = make(
        [row("CN1A", "1", "1.1", name1="IT"), row("US2B", "2", "2.10", name2="Rail"), row("EP3A")]
    )
    proxy.set_text_filter("rail")  # matches the level-2 name column, case-insensitively
    assert shown(proxy) == ["US2B"]
    model.append_rows([row("JP4A", "3", "3.1", name2="Railway steel")])  # rows arriving while filtered
    assert shown(proxy) == ["US2B", "JP4A"]
    proxy.set_text_filter("")
    proxy.set_level_filter("1")
    assert shown(proxy) == ["CN1A"]
    proxy.set_level_filter("2", "2.10")
    assert shown(proxy) == ["US2B"]
    proxy.set_level_filter(None)
    assert proxy.rowCount() == 4


def test_sort_codes_numerically_and_keep_persistent_indexes(qapp):
    model, proxy = make([row("A", "1", "1.10"), row("B", "1", "1.2"), row("C"), row("D", "1", "1.9")])
    keep = QPersistentModelIndex(model.index(0, 0))  # "A"
    proxy.sort(5, Qt.SortOrder.AscendingOrder)
    assert shown(proxy, 5) == ["", "1.2", "1.9", "1.10"]
    assert keep.data() == "A" and keep.row() == 3
    proxy.set_text_filter("1.")
    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    assert shown(proxy, 5) == ["1.10", "1.9", "1.2"]
    model.remove_keys(["D"])
    assert shown(proxy, 5) == ["1.10", "1.2"]


def test_distribution_counts_distinct_patents(qapp):
    dist = Distribution()
    dist.add_rows(
        [
            row("A", "1", "1.1", name1="IT"),
            row("A", "1", "1.2"),
            row("B", "1", "1.1"),
            row("C", kind="none"),
            row("D", kind="failed"),
        ]
    )
    assert dist.level1() == [("1", "IT", 2)]  # A counts once under level 1 though it has two level-2 codes
    assert [(c, n) for c, _name, n in dist.level2("1")] == [("1.1", 2), ("1.2", 1)]
    assert (dist.total, len(dist.none), len(dist.failed)) == (3, 1, 1)
    chart = ClassificationChart()
    chart.distribution = dist
    chart.refresh()
    requests = []
    chart.filterRequested.connect(lambda a, b: requests.append((a, b)))
    chart.click_bar(0)
    assert chart.drilled() == "1" and [b[0] for b in chart.bars()] == ["1.1", "1.2"]
    chart.click_bar(1)
    chart.show_level1()
    assert requests == [("1", None), ("1", "1.2"), (None, None)]
    axis = next(a for a in chart.chart_view().chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["1 IT · 66.7%"]  # the share of the 3 answered patents


ZH_LEVEL1 = (
    "新一代信息技术产业",
    "高端装备制造产业",
    "新材料产业",
    "生物产业",
    "新能源汽车产业",
    "新能源产业",
)
ZH_LEVEL1 += ("节能环保产业", "数字创意产业", "相关服务业")


def _nine_bars(names) -> ClassificationChart:
    chart = ClassificationChart()
    chart.distribution.add_rows(
        [row(f"K{i}", str(1 + i % 9), name1=names[i % 9]) for i in range(90)]  # nine bars of ten
    )
    chart.refresh()
    chart.show()
    return chart


def _labels_at(qtbot, chart, height: int) -> list[str]:
    chart.resize(460, height)
    qtbot.wait(20)
    return chart.bar_labels()


def test_dense_chinese_bars_keep_their_codes_and_shares(qtbot):
    """Nine Chinese names in a short chart (the Classification tab at 1280x720): Qt Charts cut each label
    taller than its band to "1 …" or "…"; the bars show their codes and shares instead (the name is in the bar's
    tooltip), and their names again when the chart is tall enough. English names, a shorter line, stay."""
    chart = _nine_bars(ZH_LEVEL1)
    qtbot.addWidget(chart)
    dense = _labels_at(qtbot, chart, 345)
    assert dense == [f"{code} · 11.1%" for code in "987654321"]
    roomy = _labels_at(qtbot, chart, 600)
    assert roomy[0] == "9 相关服务业 · 11.1%" and roomy[-1].startswith("1 新一代信息技")
    english = _nine_bars([f"Industry {n}" for n in range(1, 10)])
    qtbot.addWidget(english)
    assert _labels_at(qtbot, english, 345)[0] == "9 Industry 9 · 11.1%"
