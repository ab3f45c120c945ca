# syntax=docker/dockerfile:1
# The site's image: one image for the web nodes, the Celery worker and beat (compose.yaml).
# Stages: front-end assets (Node), Python packages from uv.lock (uv), then a slim runtime
# with only WeasyPrint's system libraries, run as a user that owns nothing it serves.

# --- 1. Front-end assets: GOV.UK Frontend CSS/JS, the H5P player, the PDF font -------------
FROM node:22-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
COPY frontend ./frontend
RUN npm run build

# --- 2. Python packages, exactly as locked -------------------------------------------------
FROM python:3.11-slim-bookworm AS python
ENV UV_PROJECT_ENVIRONMENT=/venv UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir "uv==0.13.10"
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

# --- 3. Runtime --------------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime
# WeasyPrint's libraries (Pango, HarfBuzz subsetting) and MIME types; PDFs are set in the
# Arimo font shipped with the assets, so no system fonts decide how a certificate looks.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 shared-mime-info \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --create-home --home-dir /home/app app
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production
WORKDIR /app
COPY --from=python /venv /venv
COPY . .
COPY --from=assets /app/var/frontend ./var/frontend
# Static files are collected into the image (whitenoise serves them with far-future caching).
# Production settings refuse to start half-configured, so this one step is given throwaway
# values; none of them is kept in the image.
RUN SECRET_KEY=collectstatic ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/x.sqlite3 \
    EMAIL_URL=consolemail:// REDIS_URL=redis://localhost:6379/0 \
    WAGTAILADMIN_BASE_URL=http://localhost CERTIFICATES_BASE_URL=http://localhost \
    python manage.py collectstatic --noinput -v0 \
 && mkdir -p var/media var/private var/celery \
 && chown -R app:app var
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz/', timeout=4)"]
CMD ["gunicorn", "cms.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", \
     "--forwarded-allow-ips", "*", "--access-logfile", "-"]
