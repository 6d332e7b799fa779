"""Answer steps, one module each, chosen from the question's frame (see assistant/frame.py).

Every step has the signature of `Step`: it answers from evidence (a `Composed`, possibly a refusal)
or returns None to pass the question to the next step of the plan. `select` always answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..frame import Frame

if TYPE_CHECKING:
    from ..answer import Composed, Composer, Search

Step = Callable[["Composer", Frame, str, str, "set[str] | None", "Search"], "Composed | None"]


def plan(frame: Frame) -> list[Step]:
    """The steps tried for a frame, most specific first, ending with sentence selection."""
    from . import compare, compute, define, derive, figure_lookup, metadata, select, table_cell

    return [compare.step, derive.row_step, compute.step, derive.step, metadata.step, define.step, figure_lookup.step, table_cell.step,
            derive.change_step, select.step]
