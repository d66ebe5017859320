"""Property-based tests generated from the OpenAPI schema (schemathesis): no 5xx, conformance."""

from __future__ import annotations

from collections.abc import Callable

import schemathesis
from apitest_support import TOKEN, Api, ApiFactory, factories, instant_scanner
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from webhunt.model import Status

#: ``cursor`` is opaque: any string fits its schema, yet only the server's own cursors are
#: accepted (422 otherwise), which this check would count as "valid data rejected".
EXCLUDED = [schemathesis.checks.positive_data_acceptance]
#: Negative cases still must get a documented 4xx answer that conforms to its schema, but
#: "schema-violating request accepted" cannot be decided for query strings: a one-item array
#: (``q=false``) is the same bytes on the wire as the string it would violate.
EXCLUDED_NEGATIVE = [*EXCLUDED, schemathesis.checks.negative_data_rejection]
#: Examples per operation and mode; small enough that both backends finish well under a minute.
EXAMPLES = 10


def _seed(api: Api) -> None:
    ids = api.store.upsert_findings(
        factories.finding(f"/var/www/html/f{i}.php", sha256=f"{i:064x}") for i in range(12)
    )
    api.store.triage(ids[0], Status.CONFIRMED, "alice", "real")
    api.store.add_requests(factories.request(i) for i in range(1, 40))
    api.store.upsert_attacker("203.0.113.7", [factories.reason("A", 80)], 80)
    api.store.start_scan("/var/www/html", "scan")


def test_openapi_property_based(make_api: ApiFactory) -> None:
    api = make_api(scanner=instant_scanner)
    _seed(api)
    raw = api.client.get("/openapi.json").json()
    schema = schemathesis.openapi.from_dict(raw)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 12  # every route of the API is in the schema

    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            if mode is GenerationMode.NEGATIVE and operation.path == "/health":
                continue  # no parameters to break
            run = given(case=operation.as_strategy(generation_mode=mode))(_checker(api.url, mode))
            settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )(run)()


def _checker(base_url: str, mode: GenerationMode) -> Callable[[schemathesis.Case], None]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    excluded = EXCLUDED if mode is GenerationMode.POSITIVE else EXCLUDED_NEGATIVE

    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url, headers=auth, timeout=30)
        assert response.status_code < 500, (case.method, case.formatted_path, response.text)
        assert "Traceback" not in response.text
        case.validate_response(response, headers=auth, excluded_checks=excluded)

    return check
