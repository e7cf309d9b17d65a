# syntax=docker/dockerfile:1
# The Fallakte sync server in a container (PostgreSQL beside it: see compose.yaml).
#   docker build -t fallakte-server .
# Only the server set is installed (`fallakte[server]`): no Qt, no desktop libraries.
# BASE_IMAGE lets an operator build on their own mirror of the same Python image.
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app/ app/
COPY sync/ sync/
COPY ui/ ui/
COPY resources/ resources/
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM ${BASE_IMAGE}
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
# The wheel with its server extra; the path names the one wheel, never a same-named index package.
RUN pip install --no-cache-dir "$(echo /wheels/fallakte-*.whl)[server]" && rm -rf /wheels \
    && ! python -c "import PySide6" 2>/dev/null
COPY --chmod=755 installer/server/docker-entrypoint.sh /usr/local/bin/fallakte-entrypoint

USER 10001:10001
WORKDIR /var/lib/fallakte
EXPOSE 8700
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8700/api/v1/health', timeout=4)"]
# Migrates the database, then serves on 0.0.0.0:8700 with $FALLAKTE_WORKERS workers.
ENTRYPOINT ["fallakte-entrypoint"]
