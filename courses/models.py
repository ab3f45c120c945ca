"""Content: course, lesson, assessment and briefing pages, and H5P packages."""
