"""The main window around the tabs: menus, status bar, demo banner, accounts, about, the tab registry."""
