"""Dependencies of the routers, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from webhunt.store import Store

from .auth import require_token
from .launcher import ScanLauncher
from .settings import ApiSettings


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


def get_launcher(request: Request) -> ScanLauncher:
    launcher: ScanLauncher = request.app.state.launcher
    return launcher


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[ApiSettings, Depends(get_settings)]
LauncherDep = Annotated[ScanLauncher, Depends(get_launcher)]
Authenticated = Depends(require_token)
