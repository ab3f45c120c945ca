"""An xAPI 1.0.3 endpoint (IEEE 9274.1.1): statements, about and the activity state resource.

H5P activities in lessons post here with the learner's session; external tools use HTTP
Basic credentials issued in the admin. Accepted statements update learners' H5P results
and are forwarded to an external LRS when one is configured.
"""
