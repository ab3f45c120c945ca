"""What the browser posts for an unchanged StreamField (Wagtail's `-count`, `-type`,
`-value`, `-deleted`, `-order` and `-id` fields), so the matrix can post an edit form of
a snippet with one: evaluation forms (issue 15)."""

from __future__ import annotations

from typing import Any

from wagtail import blocks


def block_post_data(block, value, prefix: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(value))
        for i, child in enumerate(value):
            data |= {f"{prefix}-{i}-type": child.block_type, f"{prefix}-{i}-id": child.id or ""}
            data |= {f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i)}
            data |= block_post_data(child.block, child.value, f"{prefix}-{i}-value")
    elif isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks)
        data[f"{prefix}-count"] = str(len(items))
        for i, item in enumerate(items):
            data |= {f"{prefix}-{i}-id": item.id or "", f"{prefix}-{i}-deleted": ""}
            data[f"{prefix}-{i}-order"] = str(i)
            data |= block_post_data(block.child_block, item.value, f"{prefix}-{i}-value")
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            data |= block_post_data(child_block, value[name], f"{prefix}-{name}")
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    else:
        prepared = block.get_prep_value(value)
        data[prefix] = "" if prepared is None else str(prepared)
    return data
