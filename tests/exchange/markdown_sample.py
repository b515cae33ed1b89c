"""One Markdown body with every construct the renderer handles, shared by the preview and
export tests so both paths are checked on the same text."""

SAMPLE = """# What happened

She was *late* and I felt **scared**.
It was ~~nothing~~ something.

## Lists

- one
  - nested one
- two

1. first
2. second

| Feeling | Before | After |
|:--|--:|---|
| Jealous | 70 | 30 |

```
code <kept> as *is*
```

<script>alert("x")</script> and <b>not bold</b>

[my notes](https://example.org/notes) and ![a cat](https://example.org/cat.png)
"""
