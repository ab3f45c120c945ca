"""Input the site's own pages refuse; the shape is `courses.exceptions.Rejected`."""

from courses.exceptions import Rejected


class PostcodeRejected(Rejected):
    """The text typed is not a postcode; `message` names the field and the rule."""
