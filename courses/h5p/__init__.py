"""H5P packages: validating an uploaded `.h5p`, unpacking it safely, and placing it in lessons.

The design named a `h5p-python` package; it does not exist, so the platform checks packages
itself and plays them with the `h5p-standalone` player from npm.
"""
