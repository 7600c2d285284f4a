"""Reports: a classified list or a watchlist as a document (``model``), built once by the services and written
by each format's writer — the XLSX workbook here, PDF/print/preview by ``ipdesk.documents`` (Qt)."""
