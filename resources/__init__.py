"""Bundled resources: demo data, translations, icons (shipped inside the wheel)."""
