from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from cms.health.selectors import health_report


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: 200 when the database answers and the Celery
    worker and beat have shown a heartbeat recently, else 503, with each part's state."""
    report = health_report()
    return JsonResponse(report.as_dict(), status=200 if report.is_healthy else 503)
