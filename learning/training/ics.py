"""iCalendar invites for sessions (RFC 5545), built with the `icalendar` package.

The UID is the session's own UUID, so every invite and download for a session is the same
calendar event; SEQUENCE is the session's change counter, so calendars replace an older
copy when details change, and a cancelled session goes out with STATUS:CANCELLED.
"""

from __future__ import annotations

from icalendar import Calendar, Event, vCalAddress, vText

from django.conf import settings
from django.utils import timezone

from learning.people.selectors import learner_site_url
from learning.training.models import TrainingFormat, TrainingSession

PRODID = "-//Neglect Matters Learning//Training sessions//EN"


def session_uid(session: TrainingSession) -> str:
    return f"training-session-{session.uid}@neglect-matters-learning"


def session_calendar(
    *,
    session: TrainingSession,
    include_joining_link: bool,
    method: str = "PUBLISH",
    attendee: str = "",
) -> bytes:
    """One VCALENDAR with one VEVENT for the session. The joining link goes in only for
    people with a place (the caller decides); an emailed invite (REQUEST or CANCEL) names
    its attendee, as calendar clients expect."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)

    event = Event()
    event.add("uid", session_uid(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", session.event.title)
    page_url = learner_site_url(learner=None, url=session.get_absolute_url())
    event.add("url", page_url)
    description = [session.event.summary, "", f"Details: {page_url}"]
    if session.format == TrainingFormat.ONLINE:
        if include_joining_link and session.joining_link:
            event.add("location", vText(session.joining_link))
            description += ["", f"Join online: {session.joining_link}"]
            if session.joining_instructions:
                description.append(session.joining_instructions)
        else:
            event.add("location", vText("Online"))
    else:
        event.add("location", vText(session.venue.replace("\n", ", ")))
    event.add("description", "\n".join(description))
    if session.is_cancelled:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    organizer = vCalAddress(f"mailto:{settings.DEFAULT_FROM_EMAIL.rpartition('<')[2].rstrip('>')}")
    organizer.params["cn"] = vText(session.event.partnership.name)
    event.add("organizer", organizer)
    if attendee:
        person = vCalAddress(f"mailto:{attendee}")
        person.params["role"] = vText("REQ-PARTICIPANT")
        event.add("attendee", person)
    calendar.add_component(event)
    return calendar.to_ical()
