"""Reports rendered through Qt (QtGui and QtPrintSupport, no widgets): PDF files with vector charts and embedded
CJK fonts, a printer, and page images for the report dialog's preview. Used by the GUI and ``ipdesk report``; the
report's content comes from ``ipdesk.services.reports`` and is never computed here."""
