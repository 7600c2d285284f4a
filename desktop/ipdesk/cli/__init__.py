"""The command line: `ipdesk COMMAND`, over the same services as the GUI (see main.py)."""
