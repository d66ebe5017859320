"""The container files: the image installs webhunt exactly as the README does, runs ``webhunt run``
as a non-root user with a health check, and the compose deployment mounts what it promises.

(hadolint lints the Dockerfile in scripts/check; this machine has no container engine to build it.)
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML comes with schemathesis (test extra)

from webhunt.config import GuardConfig, load

REPO = Path(__file__).resolve().parent.parent
DOCKERFILE = REPO / "Dockerfile"
README = REPO / "README.md"
DEPLOY = REPO / "deploy"

#: pip options that change how, not what, gets installed
HARMLESS_PIP_OPTIONS = frozenset({"--no-cache-dir", "-q", "--quiet", "--disable-pip-version-check"})


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str
    line: int


def instructions(text: str) -> list[Instruction]:
    """Dockerfile instructions with continuation lines joined and comments dropped."""
    out: list[Instruction] = []
    buf, start = "", 0
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue
        if not buf:
            start = n
        if line.endswith("\\"):
            buf += line[:-1].rstrip() + " "
            continue
        buf += line
        keyword, _, args = buf.partition(" ")
        out.append(Instruction(keyword.upper(), args.strip(), start))
        buf = ""
    assert not buf, "Dockerfile ends inside a continued instruction"
    return out


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def install_steps(commands: str) -> list[list[str]]:
    """The install commands of a shell line (``a && b``): venv creation and pip installs, with the
    virtual environment's directory replaced by VENV and harmless pip options dropped."""
    steps: list[list[str]] = []
    venv: str | None = None
    for part in commands.split("&&"):
        words = shlex.split(part)
        if words[:3] == ["python3", "-m", "venv"]:
            venv = words[3].rstrip("/")
            steps.append(["python3", "-m", "venv", "VENV"])
        elif venv is not None and words and words[0] in (f"{venv}/bin/pip", f"{venv}/bin/python"):
            words = ["VENV/" + words[0][len(venv) + 1 :], *words[1:]]
            if words[0] == "VENV/bin/python" and words[1:3] == ["-m", "pip"]:
                words = ["VENV/bin/pip", *words[3:]]
            if words[0] == "VENV/bin/pip" and len(words) > 1 and words[1] == "install":
                steps.append([w for w in words if w not in HARMLESS_PIP_OPTIONS])
    return steps


def readme_install() -> list[list[str]]:
    """The install of the README's first shell block (the one users copy)."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), flags=re.S)
    assert blocks, "README.md has no ```sh block"
    steps = install_steps(blocks[0].replace("\\\n", " ").strip())
    assert steps, f"no venv + pip install in README's first sh block: {blocks[0]!r}"
    return steps


@pytest.fixture(scope="module")
def dockerfile() -> list[Instruction]:
    return instructions(DOCKERFILE.read_text())


def final_stage(items: list[Instruction]) -> list[Instruction]:
    starts = [i for i, ins in enumerate(items) if ins.keyword == "FROM"]
    assert starts, "no FROM"
    return items[starts[-1] :]


def test_the_instruction_parser_joins_continuations_and_skips_comments() -> None:
    text = "FROM x\n# c\nRUN a \\\n    && b\nUSER 1\n"
    assert instructions(text) == [
        Instruction("FROM", "x", 1),
        Instruction("RUN", "a && b", 3),
        Instruction("USER", "1", 5),
    ]
    assert install_steps("python3 -m venv /v && /v/bin/pip install -q --no-cache-dir .") == [
        ["python3", "-m", "venv", "VENV"],
        ["VENV/bin/pip", "install", "."],
    ]
    assert install_steps("python3 -m venv /v && /v/bin/pip install -e .") != install_steps(
        "python3 -m venv /w && /w/bin/pip install ."
    )


def test_the_image_installs_webhunt_as_the_readme_does(dockerfile: list[Instruction]) -> None:
    runs = [install_steps(i.args) for i in dockerfile if i.keyword == "RUN"]
    image = [steps for steps in runs if steps]
    assert len(image) == 1, f"expected one install RUN, found {image}"
    assert image[0] == readme_install()


def test_the_image_copies_every_packaged_source_directory(dockerfile: list[Instruction]) -> None:
    """``pip install .`` in the image sees only what was copied: every package directory of
    pyproject.toml, pyproject.toml itself and the README it names."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    setuptools: dict[str, Any] = project["tool"]["setuptools"]
    dirs = {
        setuptools["package-dir"].get(p, p.replace(".", "/")).split("/")[0] for p in setuptools["packages"]
    }
    copied: set[str] = set()
    for ins in dockerfile:
        if ins.keyword == "COPY" and not ins.args.startswith("--from"):
            *sources, _dest = shlex.split(ins.args)
            copied |= {s.rstrip("/") for s in sources}
    assert "." not in copied, "the whole context is copied: keep the image to the package"
    assert dirs | {"pyproject.toml", "README.md"} <= copied, sorted(copied)


def test_the_image_runs_webhunt_run_as_non_root_with_a_health_check(dockerfile: list[Instruction]) -> None:
    stage = final_stage(dockerfile)
    users = [i.args for i in stage if i.keyword == "USER"]
    assert users, "the final stage never leaves root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), users
    (entry,) = [exec_form(i.args) for i in stage if i.keyword == "ENTRYPOINT"]
    assert entry == ["webhunt", "run"]
    (health,) = [i.args for i in stage if i.keyword == "HEALTHCHECK"]
    assert "/health" in health and "CMD" in health, health
    ports = {p.split("/")[0] for i in stage if i.keyword == "EXPOSE" for p in i.args.split()}
    assert any(f":{p}/health" in health for p in ports), (ports, health)
    volumes = [v for i in stage if i.keyword == "VOLUME" for v in exec_form(i.args)]
    env = " ".join(i.args for i in stage if i.keyword == "ENV")
    store = re.search(r"WEBHUNT_DATABASE_URL=sqlite:///(\S+)", env)
    assert store is not None, env
    assert any(store.group(1).startswith(v.rstrip("/") + "/") for v in volumes), (store.group(1), volumes)
    assert all(":latest" not in i.args for i in dockerfile if i.keyword == "FROM")


def compose() -> dict[str, Any]:
    data = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """Container path -> 'host-or-volume:options' of a service's short-syntax volumes."""
    out: dict[str, str] = {}
    for v in service.get("volumes", []):
        src, dest, *opts = str(v).split(":")
        out[dest] = ":".join([src, *opts])
    return out


def guard_config(tmp_path: Path) -> tuple[dict[str, Any], GuardConfig]:
    """deploy/guard.toml as data, and as webhunt loads it (every key checked; the container's
    directories are stood in for by directories under ``tmp_path``)."""
    text = (DEPLOY / "guard.toml").read_text()
    data = tomllib.loads(text)
    local = text
    for root in data["roots"]:
        for key in ("path", "baseline"):
            stand_in = tmp_path / root[key].strip("/").replace("/", "_")
            stand_in.mkdir()
            local = local.replace(f'"{root[key]}"', f'"{stand_in}"')
    (tmp_path / "guard.toml").write_text(local)
    return data, load(str(tmp_path / "guard.toml"), environ={})


def test_the_compose_file_gives_webhunt_read_only_web_root_and_logs_and_a_store_volume(
    tmp_path: Path,
) -> None:
    data = compose()
    services = data["services"]
    assert {"nginx", "php", "webhunt"} <= set(services)
    web = services["webhunt"]
    assert web["build"]["dockerfile"] == "Dockerfile"
    m = mounts(web)
    toml, guard = guard_config(tmp_path)
    (root,) = toml["roots"]
    (log,) = guard.logs
    assert len(guard.roots) == 1 and guard.roots[0].baseline is not None
    assert m[root["path"]].endswith(":ro"), m
    assert m[root["baseline"]].endswith(":ro"), m
    log_dir = str(Path(log.path).parent)
    assert m[log_dir].endswith(":ro"), m
    # nginx writes that log into the same volume, in the combined format
    nginx = mounts(services["nginx"])
    assert nginx[log_dir].split(":")[0] == m[log_dir].split(":")[0]
    conf = (DEPLOY / "nginx" / "default.conf").read_text()
    assert f"access_log {log.path} combined;" in conf
    # the same web root for all three
    www = m[root["path"]].split(":")[0]
    assert nginx["/var/www/html"].split(":")[0] == www
    assert mounts(services["php"])["/var/www/html"].split(":")[0] == www
    # the store: a named volume at the image's data directory
    assert m["/var/lib/webhunt"].split(":")[0] in data["volumes"]
    # the token comes from a secret file, never from the compose file itself
    env = web["environment"]
    assert "WEBHUNT_API_TOKEN" not in env
    assert guard.api_token_file == env["WEBHUNT_API_TOKEN_FILE"] == "/run/secrets/webhunt_token"
    assert "webhunt_token" in web["secrets"] and "webhunt_token" in data["secrets"]
    assert env["WEBHUNT_CONFIG"] in m
    ports = [str(p) for p in web["ports"]]
    assert ports == ["127.0.0.1:8765:8765"], "the API is published on the host's loopback only"
