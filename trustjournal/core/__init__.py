"""The domain: plain data and pure functions, standard library only."""
