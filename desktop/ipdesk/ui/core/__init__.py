"""What every part of the GUI shares: the task layer, the application context, settings, languages, logging and
the Qt-side texts."""
