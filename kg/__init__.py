"""kg: a knowledge-graph builder for Chinese government and party news.

>>> import kg
>>> kg.__version__
'0.1.0'
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
