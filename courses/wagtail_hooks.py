"""Wagtail hooks for courses: the demo content step for `seed_demo`."""

from wagtail import hooks


@hooks.register("register_demo_content")
def courses_demo_content():
    """Seed the catalogue and the three courses, after the site itself (order 10)."""
    from .seed import seed_courses

    return (10, seed_courses)
