"""Evaluation and impact: feedback, confidence before and after, follow-up, practice indicators."""
