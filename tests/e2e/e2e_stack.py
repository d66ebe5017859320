"""Real nginx + php-fpm on loopback, and ``webhunt run`` beside them, for the end-to-end test.

Every file (configurations, pid files, logs, sockets, temporary directories) lives in one directory
per test; the processes run in the foreground as children of the test, which stops them itself.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

NGINX = "/usr/sbin/nginx"
APP = Path(__file__).resolve().parent / "app"
#: A first start on a busy machine compiles the rules and scans the web root cold: allow for it.
START_TIMEOUT = 90.0
STOP_TIMEOUT = 15.0


def php_fpm() -> str | None:
    """The php-fpm binary of this machine (Debian names it php-fpmX.Y), or None."""
    found = shutil.which("php-fpm") or shutil.which("php-fpm", path="/usr/sbin")
    if found:
        return found
    candidates = sorted(Path("/usr/sbin").glob("php-fpm[0-9]*"))
    return str(candidates[-1]) if candidates else None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise TimeoutError(f"{what}: not ready after {timeout:.0f} s")


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    out: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            out.add(child)
            stack.append(child)
    return out


def alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@dataclass
class Service:
    """A foreground process of the stack, its log files, and every pid it ever had below it."""

    name: str
    proc: subprocess.Popen[bytes]
    stdout: Path
    stderr: Path
    pids: set[int]

    def output(self) -> str:
        parts = []
        for p in (self.stdout, self.stderr):
            if p.exists():
                parts.append(p.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def up(self, url: str) -> bool:
        """True once ``url`` answers 200; raises ProcessLookupError when the process has exited."""
        if self.proc.poll() is not None:
            raise ProcessLookupError(f"{self.name} exited with status {self.proc.returncode}")
        return http_ok(url)

    def remember_children(self) -> None:
        self.pids |= descendants(self.proc.pid)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Signal, wait, kill if it hangs; returns the exit status."""
        self.remember_children()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(STOP_TIMEOUT)
        return int(self.proc.returncode)

    def leftovers(self) -> list[int]:
        return sorted(p for p in self.pids | {self.proc.pid} if alive(p))


def start(name: str, cmd: Sequence[str], workdir: Path, env: dict[str, str] | None = None) -> Service:
    out, err = workdir / f"{name}.stdout", workdir / f"{name}.stderr"
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen(list(cmd), stdout=o, stderr=e, env=env, cwd=workdir)
    return Service(name, proc, out, err, set())


TOKEN = "e2e-test-token-0123456789abcdef"


@dataclass(frozen=True)
class Guard:
    """``webhunt run`` as a process and an API client carrying the token."""

    service: Service
    api: httpx.Client


@dataclass(frozen=True)
class Site:
    """The served application: web root, pristine baseline, access log, base URL."""

    webroot: Path
    baseline: Path
    access_log: Path
    base_url: str


def copy_app(dest: Path) -> None:
    shutil.copytree(APP, dest)
    (dest / "uploads").mkdir()


def as_root() -> bool:
    return os.geteuid() == 0


def fpm_config(workdir: Path, port: int) -> Path:
    user = "user = root\ngroup = root\n" if as_root() else ""
    conf = workdir / "php-fpm.conf"
    (workdir / "php-tmp").mkdir()
    conf.write_text(
        f"""[global]
pid = {workdir}/php-fpm.pid
error_log = {workdir}/php-fpm.error.log
daemonize = no

[app]
{user}listen = 127.0.0.1:{port}
listen.allowed_clients = 127.0.0.1
pm = static
pm.max_children = 2
clear_env = yes
catch_workers_output = yes
php_admin_value[upload_tmp_dir] = {workdir}/php-tmp
php_admin_value[sys_temp_dir] = {workdir}/php-tmp
php_admin_value[error_log] = {workdir}/php.error.log
php_admin_flag[log_errors] = on
; the editor rewrites pages: serve what is on disk now
php_admin_flag[opcache.enable] = off
"""
    )
    return conf


def nginx_config(workdir: Path, webroot: Path, access_log: Path, port: int, fpm_port: int) -> Path:
    user = "user root root;\n" if as_root() else ""
    conf = workdir / "nginx.conf"
    (workdir / "nginx-tmp").mkdir()
    tmp = workdir / "nginx-tmp"
    conf.write_text(
        f"""{user}daemon off;
master_process on;
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx.error.log warn;
events {{ worker_connections 64; }}
http {{
    default_type application/octet-stream;
    types {{ text/html html; image/jpeg jpg; }}
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    client_max_body_size 2m;
    access_log {access_log} combined;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {webroot};
        index index.php;
        location ~ \\.php$ {{
            try_files $uri =404;
            fastcgi_pass 127.0.0.1:{fpm_port};
            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
            fastcgi_param SCRIPT_NAME $fastcgi_script_name;
            fastcgi_param DOCUMENT_ROOT $document_root;
            fastcgi_param REQUEST_METHOD $request_method;
            fastcgi_param REQUEST_URI $request_uri;
            fastcgi_param QUERY_STRING $query_string;
            fastcgi_param CONTENT_TYPE $content_type;
            fastcgi_param CONTENT_LENGTH $content_length;
            fastcgi_param SERVER_PROTOCOL $server_protocol;
            fastcgi_param SERVER_NAME $server_name;
            fastcgi_param SERVER_PORT $server_port;
            fastcgi_param REMOTE_ADDR $remote_addr;
            fastcgi_param GATEWAY_INTERFACE CGI/1.1;
            fastcgi_param REDIRECT_STATUS 200;
        }}
    }}
}}
"""
    )
    return conf


def start_fpm(workdir: Path, port: int) -> Service:
    binary = php_fpm()
    assert binary is not None, "php-fpm is not installed"
    cmd = [binary, "-F", "-y", str(fpm_config(workdir, port))]
    if as_root():
        cmd.append("-R")
    return start("php-fpm", cmd, workdir)


def start_nginx(workdir: Path, webroot: Path, access_log: Path, port: int, fpm_port: int) -> Service:
    conf = nginx_config(workdir, webroot, access_log, port, fpm_port)
    cmd = [NGINX, "-p", str(workdir), "-e", str(workdir / "nginx.error.log"), "-c", str(conf)]
    return start("nginx", cmd, workdir)


def http_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
