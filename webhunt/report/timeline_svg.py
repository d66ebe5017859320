"""An attacker's timeline plotted as inline SVG: no script, no network, every text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

ROLES: tuple[str, ...] = ("recon", "exploit", "upload", "shell", "other")
ROLE_COLOURS = {
    "recon": "#6b7280",
    "exploit": "#d97706",
    "upload": "#7c3aed",
    "shell": "#dc2626",
    "other": "#2563eb",
}
WIDTH = 900
LEFT = 80
RIGHT = 50
ROW = 34
TOP = 16
MAX_POINTS = 5000


@dataclass(frozen=True, slots=True)
class Point:
    time: datetime
    role: str
    label: str  # e.g. "POST /admin/upload.php 200"


def _ticks(t0: float, t1: float, n: int = 5) -> list[float]:
    if t1 <= t0:
        return [t0]
    return [t0 + (t1 - t0) * i / (n - 1) for i in range(n)]


def _fmt(ts: float, span: float) -> str:
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%H:%M:%S" if span < 86400 else "%m-%d %H:%M") + (" UTC" if ts else "")


def timeline_svg(points: Sequence[Point], title: str = "") -> str:
    """SVG markup for the points (at most MAX_POINTS are drawn; the caller says if more exist)."""
    pts = list(points)[:MAX_POINTS]
    height = TOP + ROW * len(ROLES) + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title or "timeline")}">'
    ]
    for i, role in enumerate(ROLES):
        y = TOP + ROW * i + ROW / 2
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="12">{role}</text>')
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb" />')
    if pts:
        t0 = min(p.time.timestamp() for p in pts)
        t1 = max(p.time.timestamp() for p in pts)
        span = max(t1 - t0, 1.0)
        usable = WIDTH - LEFT - RIGHT

        def x(ts: float) -> float:
            return LEFT + (ts - t0) / span * usable

        base = TOP + ROW * len(ROLES) + 14
        for tick in _ticks(t0, t1):
            out.append(
                f'<text x="{x(tick):.1f}" y="{base + 12}" text-anchor="middle" font-size="11" '
                f'fill="#374151">{escape(_fmt(tick, t1 - t0))}</text>'
            )
        for p in pts:
            role = p.role if p.role in ROLES else "other"
            y = TOP + ROW * ROLES.index(role) + ROW / 2
            colour = ROLE_COLOURS[role]
            label = escape(f"{p.time.isoformat()} {p.label}")
            if role == "upload":
                cx = x(p.time.timestamp())
                out.append(
                    f'<polygon class="planting" points="{cx:.1f},{y - 9:.1f} {cx - 7:.1f},{y + 6:.1f} '
                    f'{cx + 7:.1f},{y + 6:.1f}" fill="{colour}"><title>{label}</title></polygon>'
                )
            else:
                out.append(
                    f'<circle class="{role}" cx="{x(p.time.timestamp()):.1f}" cy="{y:.1f}" r="4" '
                    f'fill="{colour}" fill-opacity="0.75"><title>{label}</title></circle>'
                )
    out.append("</svg>")
    return "".join(out)
