"""The exercise runner and one input widget per step kind (found through a registry)."""
