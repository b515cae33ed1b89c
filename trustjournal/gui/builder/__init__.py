"""Building one's own exercises: the builder page, its step cards, TOML export/import."""
