"""Everything Qt: the window, its views, dialogs and item models."""
