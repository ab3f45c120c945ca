"""Reads for personal data: whose data a person may download or erase, everything held
about one person (from every feature's provider), and the accounts due for closing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from learning.people.models import User
from learning.people.scope import scope_for
from learning.privacy.models import PersonalDataErasure
from learning.privacy.providers import personal_data_providers

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


def can_manage_personal_data(user: User | AnonymousUser) -> bool:
    """Partnership managers (their partnership) and administrators (everyone) answer
    requests for personal data; agency leads, trainers and learners do not."""
    return getattr(user, "is_active", False) and scope_for(user).is_partnership_wide


def personal_data_subjects(*, user: User | AnonymousUser) -> QuerySet[User]:
    """People whose personal data `user` may download or erase."""
    if not can_manage_personal_data(user):
        return User.objects.none()
    people = scope_for(user).learners()
    if not user.is_superuser:
        people = people.filter(is_superuser=False)  # only an administrator erases one
    return people.order_by("last_name", "first_name", "pk")


def personal_data_of(person: User) -> dict[str, Any]:
    """Everything held about `person`, one section per feature."""
    data: dict[str, Any] = {"exported_at": timezone.now(), "person_id": person.pk}
    for provider in personal_data_providers():
        data[provider.name] = provider.export(person)
    return data


def personal_data_erasure_of(person: User) -> PersonalDataErasure | None:
    return PersonalDataErasure.objects.filter(person=person).first()


def inactive_accounts(*, signed_in_before: dt.datetime) -> QuerySet[User]:
    """Open accounts whose last sign-in (or, never having signed in, whose sign-up) was
    before the cut-off. Administrators' accounts are left to administrators."""
    return (
        User.objects.filter(is_active=True, is_superuser=False, personal_data_erasure__isnull=True)
        .annotate(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=signed_in_before)
        .order_by("pk")
    )
