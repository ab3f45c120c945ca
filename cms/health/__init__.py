"""Health: whether the database answers and the Celery worker and beat are alive.

The worker records a heartbeat each time it runs `cms.tasks.heartbeat` (every 15 minutes,
sent by beat); beat records one each time it sends a task (`cms.health.beat`). `/healthz`
(`cms.views.healthz`) reports both.
"""
