# syntax=docker/dockerfile:1
# The Fallakte sync server in a container (PostgreSQL beside it: see compose.yaml).
#   docker build -t fallakte-server .
# The desktop GUI's Qt (PySide6) is a dependency of the one Python package and comes along
# (about 250 MB of the image); the server never imports it.

FROM python:3.11-slim AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app/ app/
COPY sync/ sync/
COPY ui/ ui/
COPY resources/ resources/
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
LABEL org.opencontainers.image.title="fallakte-server" \
      org.opencontainers.image.description="Fallakte sync server (fallakte-server run)"
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    FALLAKTE_SERVER_HOME=/var/lib/fallakte \
    FALLAKTE_WORKERS=2
RUN groupadd --system --gid 10001 fallakte \
    && useradd --system --uid 10001 --gid fallakte --home-dir /var/lib/fallakte \
       --shell /usr/sbin/nologin fallakte \
    && install -d -o fallakte -g fallakte -m 700 /var/lib/fallakte
COPY --from=wheel /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY --chmod=755 installer/server/docker-entrypoint.sh /usr/local/bin/fallakte-entrypoint

USER 10001:10001
WORKDIR /var/lib/fallakte
EXPOSE 8700
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8700/api/v1/health', timeout=4)"]
# Migrates the database, then serves on 0.0.0.0:8700 with $FALLAKTE_WORKERS workers.
ENTRYPOINT ["fallakte-entrypoint"]
