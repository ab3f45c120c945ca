"""Factories for every model the tests need (factory_boy and wagtail-factories)."""

from __future__ import annotations

import factory
from allauth.account.models import EmailAddress

from django.utils import timezone

from learning.models import Agency, AgencyEmailDomain, Partnership, Sector, User
from learning.roles import Role
from learning.services import user_set_roles

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test Safeguarding Partnership {n}")
    slug = factory.Sequence(lambda n: f"test-partnership-{n}")
    short_name = factory.Sequence(lambda n: f"Test {n}")


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Agency {n}")
    sector = Sector.HEALTH


class AgencyEmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgencyEmailDomain

    agency = factory.SubFactory(AgencyFactory)
    domain = factory.Sequence(lambda n: f"agency{n}.example")


class UserFactory(factory.django.DjangoModelFactory):
    """A verified learner in an agency; pass roles={Role.TRAINER, ...} for other roles."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    job_title = "Practitioner"
    agency = factory.SubFactory(AgencyFactory)
    agency_confirmed_at = factory.LazyFunction(timezone.now)
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )
        if create:
            obj.save()

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            for role in extracted:
                if role not in (Role.LEARNER, Role.ADMIN):
                    Group.objects.get_or_create(name=role.value)
            user_set_roles(user=obj, roles=set(extracted))


# --- Public section (issue 7) -----------------------------------------------------------


class EmployerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "learning.Employer"

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Utility company {n}")
    sector = "gas"
    contact_email = factory.Sequence(lambda n: f"lead{n}@utility.example")


class AreaContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cms.AreaContact"

    partnership = factory.SubFactory(PartnershipFactory)
    area_name = factory.Sequence(lambda n: f"Area {n}")
    service_name = "Children's services front door"
    phone_in_hours = "01234 567890"
    phone_out_of_hours = "01234 000000"
    postcode_districts = "ZZ1"
