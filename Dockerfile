# webhunt guard: watches read-only web roots, tails access logs, serves /findings.
# Build: docker build -t webhunt .   Run: see deploy/README.md
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY webhunt ./webhunt
COPY api ./api
COPY signatures ./signatures
# the same install the README uses: a virtual environment and `pip install .`
RUN python3 -m venv /opt/webhunt && /opt/webhunt/bin/pip install --no-cache-dir .

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/webhunt --create-home webhunt
COPY --from=build /opt/webhunt /opt/webhunt
ENV PATH=/opt/webhunt/bin:$PATH \
    WEBHUNT_DATABASE_URL=sqlite:////var/lib/webhunt/webhunt.db \
    XDG_CACHE_HOME=/var/lib/webhunt/cache \
    XDG_DATA_HOME=/var/lib/webhunt/data \
    PYTHONDONTWRITEBYTECODE=1
USER 10001:10001
WORKDIR /var/lib/webhunt
VOLUME ["/var/lib/webhunt"]
EXPOSE 8765
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8765/health', timeout=4)"]
ENTRYPOINT ["webhunt", "run"]
CMD ["--listen", "0.0.0.0:8765"]
