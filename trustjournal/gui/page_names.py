"""The window's pages, in sidebar order: a name list every GUI module may import
without bringing in the pages themselves."""

PAGES = ("Today", "Journal", "Exercises", "Trackers", "Progress", "Search")
