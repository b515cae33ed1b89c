"""The window's pages, in sidebar order: a name list every GUI module may import
without bringing in the pages themselves. The names are the pages' keys; the sidebar
shows `translate("PageNames", name)`."""

from trustjournal.core.i18n import QT_TRANSLATE_NOOP

PAGES = (
    QT_TRANSLATE_NOOP("PageNames", "Today"),
    QT_TRANSLATE_NOOP("PageNames", "Journal"),
    QT_TRANSLATE_NOOP("PageNames", "Exercises"),
    QT_TRANSLATE_NOOP("PageNames", "Trackers"),
    QT_TRANSLATE_NOOP("PageNames", "Progress"),
    QT_TRANSLATE_NOOP("PageNames", "Search"),
)
