"""treaty-kg: security-guarantee agreements as a knowledge graph, checked for design flaws."""

__version__ = "0.1.0"
