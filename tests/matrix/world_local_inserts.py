"""Local inserts in the matrix's world: each partnership's local arrangements, named with
its partnership's word (as private records are)."""

from __future__ import annotations

from cms.local_inserts.models import LocalArrangements


def build_local_inserts_world(world) -> None:
    for side, marker in (("A", "Kestrel"), ("B", "Heron")):
        world[f"local_arrangements_{side}"] = LocalArrangements.objects.create(
            partnership=world[f"partnership_{side}"],
            assessment_tool_name=f"{marker} neglect tool",
            threshold_document_title=f"{marker} thresholds",
        )
