"""Generate the example incident's nginx access logs, deterministically.

    python examples/incident/make_logs.py

Writes ``logs/access.log.2.gz`` (24 Nov 2026), ``logs/access.log.1`` (25 Nov) and
``logs/access.log`` (26 Nov, until early afternoon) in nginx's ``combined`` format, times in
+0100, rotated at midnight as logrotate does with ``delaycompress``. The same seed always gives the
same bytes (the gzip header carries no name and no time).

What is in them: an uptime monitor, search engine crawlers, about twenty visitors reading the
site (pages, assets, 304s, a few contact-form posts), the site owner's own admin work (an image
upload and an edit of the news posts on 24 Nov), one internet-wide prober, and the attack told in
README.md: 203.0.113.77 (recon, login brute force, uploads of x.php, thumb.php, .htaccess and
logo.jpg, the footer edit, shell use) and 198.51.100.23 (shell use on 26 Nov). Every request to
the attack's shells carries only text: nothing here runs anything.
"""

from __future__ import annotations

import base64
import gzip
import io
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
WWW = HERE / "www"
LOGS = HERE / "logs"
SEED = 20261124
TZ = timezone(timedelta(hours=1))
SITE = "https://www.harbourlane.example"

START = datetime(2026, 11, 24, 0, 0, 0, tzinfo=TZ)
END = datetime(2026, 11, 26, 14, 20, 0, tzinfo=TZ)
# Log file -> the local day it holds (logrotate ran just after midnight).
FILES = {
    "access.log.2.gz": datetime(2026, 11, 24, tzinfo=TZ),
    "access.log.1": datetime(2026, 11, 25, tzinfo=TZ),
    "access.log": datetime(2026, 11, 26, tzinfo=TZ),
}

ATTACKER = "203.0.113.77"
HELPER = "198.51.100.23"
OWNER = "198.51.100.140"
MONITOR = "192.0.2.45"
PROBER = "203.0.113.9"

NIKTO = "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:{test})"
PY_REQUESTS = "python-requests/2.31.0"
ATTACKER_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0"
CHOPPER = "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)"
ANTSWORD = "antSword/v2.1"
HELPER_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Safari/537.36"
)
OWNER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:120.0) Gecko/20100101 Firefox/120.0"
MONITOR_UA = "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
GOOGLEBOT_IMAGE = "Googlebot-Image/1.0"
BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
AHREFS = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"
PROBER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/81.0.4044.129 Safari/537.36"
)

# Readers: IP -> user agent. Documentation address ranges only (RFC 5737 / RFC 3849).
VISITORS = {
    "192.0.2.14": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Safari/537.36",
    "192.0.2.31": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "192.0.2.58": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
    "192.0.2.79": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.6045.163 Mobile Safari/537.36",
    "192.0.2.103": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "192.0.2.129": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.72",
    "192.0.2.161": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
    "198.51.100.7": "Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "198.51.100.42": "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "198.51.100.66": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/118.0.0.0 Safari/537.36",
    "198.51.100.88": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
    "198.51.100.191": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0",
    "203.0.113.20": "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "203.0.113.54": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Safari/537.36",
    "203.0.113.118": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Safari/537.36",
    "203.0.113.201": "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "2001:db8:4a1:20::1c": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "2001:db8:9f:e3::4": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
}
BOTS = {
    "192.0.2.66": GOOGLEBOT,
    "192.0.2.67": GOOGLEBOT_IMAGE,
    "192.0.2.150": BINGBOT,
    "192.0.2.210": AHREFS,
}

SEARCH_REFERERS = ["https://www.google.com/", "https://duckduckgo.com/", "https://www.bing.com/"]

# Dynamic page sizes (bytes of HTML sent).
PAGE_BYTES = {
    "/": 2874,
    "/index.php": 2874,
    "/about.php": 2391,
    "/contact.php": 2466,
    "/admin/login.php": 2010,
    "/admin/index.php": 2243,
    "/admin/upload.php": 2150,
}
NOT_FOUND_BYTES = 153  # nginx's own 404/403 page
POST_4_TIME = datetime(2026, 11, 24, 9, 47, 30, tzinfo=TZ)  # the owner publishes post 4


def static_bytes(path: str) -> int:
    return (WWW / path.lstrip("/")).stat().st_size


def post_image(post_id: int) -> str:
    return {
        1: "/uploads/2026/10/autumn-sale.jpg",
        2: "/uploads/2026/11/team.jpg",
        3: "/uploads/2026/11/office.png",
        4: "/uploads/2026/11/launch-party.jpg",
    }[post_id]


def post_bytes(post_id: int) -> int:
    return 1904 + 13 * post_id


@dataclass(frozen=True)
class Hit:
    time: datetime
    ip: str
    method: str
    target: str
    status: int
    size: int
    referer: str
    agent: str
    protocol: str = "HTTP/1.1"

    def line(self) -> str:
        stamp = self.time.strftime("%d/%b/%Y:%H:%M:%S %z")
        request = f"{self.method} {self.target} {self.protocol}"
        return (
            f'{self.ip} - - [{stamp}] "{request}" {self.status} {self.size} "{self.referer}" "{self.agent}"'
        )


class Log:
    def __init__(self) -> None:
        self.hits: list[Hit] = []

    def add(
        self,
        time: datetime,
        ip: str,
        method: str,
        target: str,
        status: int,
        size: int,
        referer: str = "-",
        agent: str = "-",
        protocol: str = "HTTP/1.1",
    ) -> None:
        if START <= time < END:
            self.hits.append(Hit(time, ip, method, target, status, size, referer, agent, protocol))


# --- background traffic ----------------------------------------------------------------------


def monitor(log: Log) -> None:
    t = START + timedelta(seconds=17)
    while t < END:
        log.add(t, MONITOR, "HEAD", "/", 200, 0, "-", MONITOR_UA)
        t += timedelta(minutes=5, seconds=0)


def page_assets(path: str, posts_live: int) -> list[str]:
    if path in ("/", "/index.php"):
        return ["/assets/images/hero.jpg"]
    if path == "/about.php":
        return ["/uploads/2026/11/team.jpg"]
    if path.startswith("/post.php?id="):
        post_id = int(path.rsplit("=", 1)[1])
        return [post_image(post_id)] if post_id <= posts_live else []
    return []


def page_response(path: str, posts_live: int) -> tuple[int, int]:
    if path.startswith("/post.php?id="):
        post_id = int(path.rsplit("=", 1)[1])
        return (200, post_bytes(post_id)) if post_id <= posts_live else (404, 1655)
    return 200, PAGE_BYTES[path]


def visitors(log: Log, rnd: random.Random) -> None:
    """Readers' sessions: a landing page, its assets, a few more pages, now and then the form."""
    seen: set[str] = set()
    day = START
    while day < END:
        for _ in range(rnd.randint(44, 58)):
            ip = rnd.choice(list(VISITORS))
            agent = VISITORS[ip]
            hour = rnd.choices(
                range(24),
                weights=[1, 1, 0, 0, 0, 1, 2, 4, 6, 6, 5, 5, 6, 5, 4, 4, 5, 6, 7, 7, 6, 4, 3, 2],
            )[0]
            t = day + timedelta(hours=hour, seconds=rnd.randint(0, 3599))
            posts_live = 4 if t >= POST_4_TIME else 3
            proto = "HTTP/2.0"
            r = rnd.random()
            if r < 0.55:
                page, referer = "/", rnd.choice([*SEARCH_REFERERS, "-", "-"])
            elif r < 0.85:
                page, referer = (
                    f"/post.php?id={rnd.randint(1, posts_live)}",
                    rnd.choice(SEARCH_REFERERS),
                )
            else:
                page, referer = "/about.php", rnd.choice(["-", "https://www.google.com/"])
            pages = [page]
            for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])):
                pages.append(
                    rnd.choice(
                        [
                            "/",
                            "/about.php",
                            "/contact.php",
                            f"/post.php?id={rnd.randint(1, posts_live)}",
                        ]
                    )
                )
            contact = rnd.random() < 0.12
            if contact and "/contact.php" not in pages:
                pages.append("/contact.php")
            first_visit = ip not in seen
            seen.add(ip)
            for i, path in enumerate(pages):
                status, size = page_response(path, posts_live)
                log.add(t, ip, "GET", path, status, size, referer, agent, proto)
                page_url = SITE + path
                static = ["/assets/css/style.css", "/assets/js/main.js", "/assets/images/logo.png"]
                for asset in static:
                    t2 = t + timedelta(milliseconds=rnd.randint(80, 900))
                    if first_visit and i == 0:
                        log.add(t2, ip, "GET", asset, 200, static_bytes(asset), page_url, agent, proto)
                    elif i == 0 and rnd.random() < 0.3:
                        log.add(t2, ip, "GET", asset, 304, 0, page_url, agent, proto)
                if first_visit and i == 0:
                    log.add(
                        t + timedelta(seconds=1),
                        ip,
                        "GET",
                        "/favicon.ico",
                        200,
                        static_bytes("/favicon.ico"),
                        page_url,
                        agent,
                        proto,
                    )
                for asset in page_assets(path, posts_live):
                    t2 = t + timedelta(milliseconds=rnd.randint(150, 1400))
                    log.add(t2, ip, "GET", asset, 200, static_bytes(asset), page_url, agent, proto)
                referer = page_url
                if path == "/contact.php" and contact:
                    t += timedelta(seconds=rnd.randint(60, 240))
                    log.add(
                        t,
                        ip,
                        "POST",
                        "/contact.php",
                        200,
                        1802,
                        SITE + "/contact.php",
                        agent,
                        proto,
                    )
                    contact = False
                t += timedelta(seconds=rnd.randint(6, 120))
        day += timedelta(days=1)

    # One reader wonders what the "Staff" link in the footer is.
    t = datetime(2026, 11, 25, 17, 41, 12, tzinfo=TZ)
    ip = "198.51.100.88"
    log.add(
        t,
        ip,
        "GET",
        "/admin/login.php",
        200,
        PAGE_BYTES["/admin/login.php"],
        SITE + "/about.php",
        VISITORS[ip],
        "HTTP/2.0",
    )
    log.add(
        t + timedelta(seconds=9),
        ip,
        "GET",
        "/",
        200,
        PAGE_BYTES["/"],
        SITE + "/admin/login.php",
        VISITORS[ip],
        "HTTP/2.0",
    )


def crawlers(log: Log, rnd: random.Random) -> None:
    day = START
    while day < END:
        posts_live = 4
        for ip, agent in BOTS.items():
            if agent == GOOGLEBOT_IMAGE:
                for img in [
                    "/assets/images/hero.jpg",
                    "/uploads/2026/11/team.jpg",
                    "/uploads/2026/11/office.png",
                    "/uploads/2026/10/autumn-sale.jpg",
                ]:
                    t = day + timedelta(seconds=rnd.randint(3600, 80000))
                    log.add(t, ip, "GET", img, 200, static_bytes(img), "-", agent)
                continue
            t = day + timedelta(seconds=rnd.randint(600, 20000))
            log.add(t, ip, "GET", "/robots.txt", 200, static_bytes("/robots.txt"), "-", agent)
            count = {GOOGLEBOT: 9, BINGBOT: 6, AHREFS: 4}[agent]
            for _ in range(count):
                t += timedelta(seconds=rnd.randint(300, 7000))
                live = posts_live if t >= POST_4_TIME else 3
                path = rnd.choice(["/", "/about.php", "/contact.php", f"/post.php?id={rnd.randint(1, live)}"])
                status, size = page_response(path, live)
                log.add(t, ip, "GET", path, status, size, "-", agent)
        day += timedelta(days=1)


def owner(log: Log) -> None:
    """The site owner at work: a new post and its photo on 24 Nov, a look at the dashboard on 26 Nov."""
    ip, ua, p = OWNER, OWNER_UA, "HTTP/2.0"

    def at(h: int, m: int, s: int, day: int = 24) -> datetime:
        return datetime(2026, 11, day, h, m, s, tzinfo=TZ)

    a = SITE + "/admin"
    log.add(at(9, 41, 2), ip, "GET", "/admin/login.php", 200, 2010, SITE + "/", ua, p)
    log.add(at(9, 41, 3), ip, "GET", "/assets/css/style.css", 304, 0, a + "/login.php", ua, p)
    log.add(at(9, 41, 19), ip, "POST", "/admin/login.php", 302, 5, a + "/login.php", ua, p)
    log.add(at(9, 41, 19), ip, "GET", "/admin/index.php", 200, 2243, a + "/login.php", ua, p)
    log.add(at(9, 42, 1), ip, "GET", "/admin/upload.php", 200, 2150, a + "/index.php", ua, p)
    log.add(at(9, 43, 37), ip, "POST", "/admin/upload.php", 200, 2231, a + "/upload.php", ua, p)
    log.add(
        at(9, 43, 44),
        ip,
        "GET",
        "/uploads/2026/11/launch-party.jpg",
        200,
        static_bytes("/uploads/2026/11/launch-party.jpg"),
        "-",
        ua,
        p,
    )
    log.add(at(9, 44, 10), ip, "GET", "/admin/index.php", 200, 2243, a + "/upload.php", ua, p)
    log.add(
        at(9, 44, 15),
        ip,
        "GET",
        "/admin/edit.php?file=posts.php",
        200,
        3411,
        a + "/index.php",
        ua,
        p,
    )
    log.add(
        at(9, 47, 30),
        ip,
        "POST",
        "/admin/edit.php?file=posts.php",
        302,
        5,
        a + "/edit.php?file=posts.php",
        ua,
        p,
    )
    log.add(
        at(9, 47, 30),
        ip,
        "GET",
        "/admin/edit.php?file=posts.php&saved=1",
        200,
        3712,
        a + "/edit.php?file=posts.php",
        ua,
        p,
    )
    log.add(at(9, 47, 52), ip, "GET", "/", 200, 2874, "-", ua, p)
    log.add(at(9, 47, 58), ip, "GET", "/post.php?id=4", 200, post_bytes(4), SITE + "/", ua, p)
    log.add(
        at(9, 47, 58),
        ip,
        "GET",
        "/uploads/2026/11/launch-party.jpg",
        304,
        0,
        SITE + "/post.php?id=4",
        ua,
        p,
    )
    log.add(at(9, 48, 20), ip, "GET", "/admin/logout.php", 302, 5, SITE + "/post.php?id=4", ua, p)
    log.add(at(9, 48, 20), ip, "GET", "/", 200, 2874, SITE + "/post.php?id=4", ua, p)
    # 26 Nov: a quick look at the dashboard; nothing looks wrong from there.
    log.add(at(8, 12, 40, 26), ip, "GET", "/admin/login.php", 200, 2010, "-", ua, p)
    log.add(at(8, 12, 55, 26), ip, "POST", "/admin/login.php", 302, 5, a + "/login.php", ua, p)
    log.add(at(8, 12, 55, 26), ip, "GET", "/admin/index.php", 200, 2243, a + "/login.php", ua, p)
    log.add(at(8, 13, 30, 26), ip, "GET", "/admin/logout.php", 302, 5, a + "/index.php", ua, p)
    log.add(at(8, 13, 30, 26), ip, "GET", "/", 200, 2874, a + "/index.php", ua, p)


def prober(log: Log) -> None:
    """Internet background noise: a bot trying well-known paths once, unrelated to the attack."""
    t = datetime(2026, 11, 25, 14, 2, 51, tzinfo=TZ)
    for i, path in enumerate(["/.env", "/wp-login.php", "/xmlrpc.php", "/.git/config", "/"]):
        status, size = (200, 2874) if path == "/" else (404, NOT_FOUND_BYTES)
        log.add(t + timedelta(seconds=i), PROBER, "GET", path, status, size, "-", PROBER_UA)


# --- the attack ------------------------------------------------------------------------------

# What the China Chopper client sends (here: prints the working directory). Text only.
CHOPPER_Z0 = base64.b64encode(
    b'@ini_set("display_errors","0");@set_time_limit(0);echo("->|");echo(getcwd());echo("|<-");die();'
).decode()
CHOPPER_QUERY = (
    "pass=" + quote("@eval(base64_decode($_GET[z0]));", safe="") + "&z0=" + quote(CHOPPER_Z0, safe="")
)


def recon(log: Log) -> None:
    """24 Nov, evening: 203.0.113.77 runs a scanner against the site."""
    t = datetime(2026, 11, 24, 22, 47, 3, tzinfo=TZ)
    probes: list[tuple[str, int, int]] = [
        ("/", 200, 2874),
        ("/robots.txt", 200, static_bytes("/robots.txt")),
        ("/wp-login.php", 404, NOT_FOUND_BYTES),
        ("/wp-admin/", 404, NOT_FOUND_BYTES),
        ("/xmlrpc.php", 404, NOT_FOUND_BYTES),
        ("/.env", 404, NOT_FOUND_BYTES),
        ("/.git/HEAD", 404, NOT_FOUND_BYTES),
        ("/.git/config", 404, NOT_FOUND_BYTES),
        ("/.htaccess", 403, NOT_FOUND_BYTES),
        ("/phpmyadmin/", 404, NOT_FOUND_BYTES),
        ("/phpMyAdmin/", 404, NOT_FOUND_BYTES),
        ("/pma/", 404, NOT_FOUND_BYTES),
        ("/adminer.php", 404, NOT_FOUND_BYTES),
        ("/server-status", 404, NOT_FOUND_BYTES),
        ("/backup.zip", 404, NOT_FOUND_BYTES),
        ("/backup.sql", 404, NOT_FOUND_BYTES),
        ("/config.php.bak", 404, NOT_FOUND_BYTES),
        ("/includes/config.php", 200, 0),
        ("/includes/config.php~", 404, NOT_FOUND_BYTES),
        ("/cgi-bin/test-cgi", 404, NOT_FOUND_BYTES),
        ("/shell.php", 404, NOT_FOUND_BYTES),
        ("/cmd.php", 404, NOT_FOUND_BYTES),
        ("/c99.php", 404, NOT_FOUND_BYTES),
        ("/uploads/", 200, static_bytes("/uploads/index.html")),
        ("/uploads/shell.php", 404, NOT_FOUND_BYTES),
        ("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", 404, NOT_FOUND_BYTES),
        ("/index.php?page=../../../../etc/passwd", 200, 2874),
        ("/index.php?file=php://filter/convert.base64-encode/resource=index.php", 200, 2874),
        ("/?q=%3Cscript%3Ealert(1)%3C/script%3E", 200, 2874),
        ("/post.php?id=1%27%20OR%20%271%27=%271", 404, 1655),
        ("/post.php?id=1%20UNION%20SELECT%201,2,3--", 404, 1655),
        ("/contact.php", 200, 2466),
        ("/admin/", 302, 5),
        ("/admin/login.php", 200, 2010),
        ("/admin/upload.php", 302, 5),
        ("/admin/edit.php", 302, 5),
        ("/about.php", 200, 2391),
    ]
    for i, (path, status, size) in enumerate(probes):
        t += timedelta(seconds=1 + (i * 7) % 4)
        log.add(t, ATTACKER, "GET", path, status, size, "-", NIKTO.format(test=f"{i + 1:06d}"))


def break_in(log: Log, rnd: random.Random) -> None:
    """25 Nov, night: brute force, x.php, thumb.php, .htaccess + logo.jpg, the footer edit."""
    a, ip = SITE + "/admin", ATTACKER

    def at(h: int, m: int, s: int) -> datetime:
        return datetime(2026, 11, 25, h, m, s, tzinfo=TZ)

    # Password guessing with a script.
    t = at(3, 12, 10)
    log.add(t, ip, "GET", "/admin/login.php", 200, 2010, "-", PY_REQUESTS)
    for _ in range(57):
        t += timedelta(seconds=rnd.randint(5, 9))
        log.add(t, ip, "POST", "/admin/login.php", 200, 2071, "-", PY_REQUESTS)
    t += timedelta(seconds=6)
    log.add(t, ip, "POST", "/admin/login.php", 302, 5, "-", PY_REQUESTS)  # the password found

    # In a browser with the password: the dashboard, then the upload form.
    fx, h2 = ATTACKER_FIREFOX, "HTTP/2.0"
    log.add(at(3, 20, 31), ip, "GET", "/admin/login.php", 200, 2010, "-", fx, h2)
    for asset in ["/assets/css/style.css", "/assets/js/main.js", "/assets/images/logo.png"]:
        log.add(at(3, 20, 31), ip, "GET", asset, 200, static_bytes(asset), a + "/login.php", fx, h2)
    log.add(
        at(3, 20, 32),
        ip,
        "GET",
        "/favicon.ico",
        200,
        static_bytes("/favicon.ico"),
        a + "/login.php",
        fx,
        h2,
    )
    log.add(at(3, 20, 40), ip, "POST", "/admin/login.php", 302, 5, a + "/login.php", fx, h2)
    log.add(at(3, 20, 40), ip, "GET", "/admin/index.php", 200, 2243, a + "/login.php", fx, h2)
    log.add(at(3, 20, 58), ip, "GET", "/admin/upload.php", 200, 2150, a + "/index.php", fx, h2)

    # Upload 1: x.php, a command shell. Used four times, deleted a few minutes later.
    log.add(at(3, 21, 30), ip, "POST", "/admin/upload.php", 200, 2212, a + "/upload.php", fx, h2)
    for sec, cmd, size in [(41, "id", 54), (55, "uname%20-a", 112)]:
        log.add(at(3, 21, sec), ip, "GET", f"/uploads/2026/11/x.php?cmd={cmd}", 200, size, "-", fx, h2)
    log.add(
        at(3, 22, 10),
        ip,
        "GET",
        "/uploads/2026/11/x.php?cmd=ls%20-la%20../../../",
        200,
        1187,
        "-",
        fx,
        h2,
    )
    log.add(
        at(3, 22, 31),
        ip,
        "GET",
        "/uploads/2026/11/x.php?cmd=cat%20../../../includes/config.php",
        200,
        671,
        "-",
        fx,
        h2,
    )

    # Upload 2: thumb.php, the China Chopper one-liner that stays.
    log.add(at(3, 23, 40), ip, "GET", "/admin/upload.php", 200, 2150, a + "/index.php", fx, h2)
    log.add(at(3, 24, 2), ip, "POST", "/admin/upload.php", 200, 2216, a + "/upload.php", fx, h2)
    log.add(at(3, 24, 9), ip, "GET", "/uploads/2026/11/thumb.php", 200, 0, "-", CHOPPER)
    log.add(
        at(3, 24, 30),
        ip,
        "GET",
        "/uploads/2026/11/thumb.php?" + CHOPPER_QUERY,
        200,
        40,
        "-",
        CHOPPER,
    )
    t = at(3, 24, 41)
    for size in [2604, 1133, 871, 5120, 389, 2291, 18, 46, 1133]:
        log.add(t, ip, "POST", "/uploads/2026/11/thumb.php", 200, size, "-", CHOPPER)
        t += timedelta(seconds=rnd.randint(8, 25))
    # x.php is gone now (deleted through thumb.php): the attacker checks.
    log.add(at(3, 27, 40), ip, "GET", "/uploads/2026/11/x.php?cmd=id", 404, NOT_FOUND_BYTES, "-", fx, h2)

    # Uploads 3 and 4: an .htaccess that runs .jpg files as PHP, then the image shell.
    log.add(at(3, 31, 40), ip, "GET", "/admin/upload.php", 200, 2150, a + "/index.php", fx, h2)
    log.add(at(3, 31, 52), ip, "POST", "/admin/upload.php", 200, 2217, a + "/upload.php", fx, h2)
    log.add(at(3, 32, 15), ip, "POST", "/admin/upload.php", 200, 2214, a + "/upload.php", fx, h2)
    log.add(at(3, 32, 21), ip, "GET", "/uploads/2026/11/logo.jpg?c=id", 200, 113, "-", fx, h2)
    log.add(at(3, 32, 40), ip, "GET", "/uploads/2026/11/logo.jpg?c=whoami", 200, 81, "-", fx, h2)

    # The template editor: a backdoor in the footer that every page includes.
    log.add(
        at(3, 34, 2),
        ip,
        "GET",
        "/admin/edit.php?file=footer.php",
        200,
        2977,
        a + "/index.php",
        fx,
        h2,
    )
    log.add(
        at(3, 35, 10),
        ip,
        "POST",
        "/admin/edit.php?file=footer.php",
        302,
        5,
        a + "/edit.php?file=footer.php",
        fx,
        h2,
    )
    log.add(
        at(3, 35, 10),
        ip,
        "GET",
        "/admin/edit.php?file=footer.php&saved=1",
        200,
        3028,
        a + "/edit.php?file=footer.php",
        fx,
        h2,
    )
    log.add(at(3, 35, 40), ip, "POST", "/index.php", 200, 2911, "-", CHOPPER)
    log.add(at(3, 36, 5), ip, "POST", "/about.php", 200, 2428, "-", CHOPPER)
    log.add(
        at(3, 36, 30),
        ip,
        "GET",
        "/admin/logout.php",
        302,
        5,
        a + "/edit.php?file=footer.php",
        fx,
        h2,
    )
    log.add(at(3, 36, 30), ip, "GET", "/", 200, 2874, a + "/edit.php?file=footer.php", fx, h2)


def shell_use(log: Log, rnd: random.Random) -> None:
    """26 Nov: 198.51.100.23 works through the shells; 203.0.113.77 checks in once more."""
    ip = HELPER

    def at(h: int, m: int, s: int) -> datetime:
        return datetime(2026, 11, 26, h, m, s, tzinfo=TZ)

    log.add(at(1, 5, 12), ip, "GET", "/uploads/2026/11/x.php", 404, NOT_FOUND_BYTES, "-", "curl/8.4.0")
    log.add(
        at(1, 5, 30),
        ip,
        "GET",
        "/uploads/2026/11/thumb.php?" + CHOPPER_QUERY,
        200,
        40,
        "-",
        ANTSWORD,
    )
    t = at(1, 5, 48)
    for _ in range(12):
        log.add(t, ip, "POST", "/uploads/2026/11/thumb.php", 200, rnd.randint(12, 6200), "-", ANTSWORD)
        t += timedelta(seconds=rnd.randint(20, 90))
    t = at(1, 20, 15)
    for page, base in [
        ("/about.php", 2391),
        ("/about.php", 2391),
        ("/index.php", 2874),
        ("/about.php", 2391),
    ]:
        log.add(t, ip, "POST", page, 200, base + rnd.randint(20, 900), "-", HELPER_CHROME)
        t += timedelta(seconds=rnd.randint(15, 60))
    for sec, cmd, size in [(0, "ps%20aux", 4410), (31, "cat%20/etc/passwd", 1302)]:
        log.add(
            at(1, 25, sec),
            ip,
            "GET",
            f"/uploads/2026/11/logo.jpg?c={cmd}",
            200,
            size,
            "-",
            HELPER_CHROME,
            "HTTP/2.0",
        )
    log.add(
        at(1, 27, 2),
        ip,
        "GET",
        "/uploads/2026/11/.htaccess",
        403,
        NOT_FOUND_BYTES,
        "-",
        HELPER_CHROME,
        "HTTP/2.0",
    )

    t = at(9, 41, 7)
    for size in [2604, 46, 1133]:
        log.add(t, ATTACKER, "POST", "/uploads/2026/11/thumb.php", 200, size, "-", CHOPPER)
        t += timedelta(seconds=rnd.randint(10, 30))


# --- writing ---------------------------------------------------------------------------------


def build() -> dict[str, bytes]:
    rnd = random.Random(SEED)
    log = Log()
    monitor(log)
    visitors(log, rnd)
    crawlers(log, rnd)
    owner(log)
    prober(log)
    recon(log)
    break_in(log, rnd)
    shell_use(log, rnd)
    hits = sorted(log.hits, key=lambda h: h.time)  # stable: same-second hits keep their order
    days = sorted(FILES.items(), key=lambda kv: kv[1])
    out: dict[str, bytes] = {}
    for i, (name, day) in enumerate(days):
        until = days[i + 1][1] if i + 1 < len(days) else END
        text = "".join(h.line() + "\n" for h in hits if day <= h.time < until).encode()
        if name.endswith(".gz"):
            buf = io.BytesIO()
            with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
                gz.write(text)
            text = buf.getvalue()
        out[name] = text
    return out


def main() -> None:
    LOGS.mkdir(exist_ok=True)
    for name, data in build().items():
        (LOGS / name).write_bytes(data)


if __name__ == "__main__":
    main()
