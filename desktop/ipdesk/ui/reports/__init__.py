"""The report dialog (File → Report… and File → Print… of the Classification and Risk tabs): options, a preview of
the pages, Save… as PDF or Excel workbook, Print… through the system dialog. The report's content comes from the
tab (a build function over its rows, run on a worker); rendering is ``ipdesk.documents``'s."""
