"""Small widgets shared by the tabs and the shell."""
