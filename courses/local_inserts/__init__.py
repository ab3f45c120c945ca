"""Local inserts: a block in shared content (lessons, briefings) that shows the reader's
own partnership's version of a thing, such as its assessment tool (GCP2 or WeCAN), its
threshold document or its front-door numbers. One shared course, correct locally
everywhere (issue 16).

`courses` knows no partnership: the block asks the apps above it through the
`local_insert` hook (see `selectors.local_insert_for`), which `cms` answers from each
partnership's local arrangements.
"""
