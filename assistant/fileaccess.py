"""Per-user files in the web app: with a login on, what the app makes or receives for one user
(answer and conversation exports, fact sheets, CSV downloads, copies of originals, uploaded files)
is served to that user only.

Gradio serves every file it hands out or receives from one cache folder at `/gradio_api/file=<path>`
to anyone logged in, so a user who learns the URL of another user's export could fetch it. Here the
app records who each such file was made for (`FileOwners`), and `OwnerGuard`, an ASGI middleware in
front of Gradio's routes, refuses a file route for a file that belongs to someone else (404, as if
it did not exist) and records the files of an upload as the uploader's. Files nobody owns (page
images of the shared corpus, Gradio's own assets) are served as before. Without a login there is
one anonymous user, and nothing changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]

ANONYMOUS = "_iedereen"  # the folder of exports when no login is configured
FILE_ROUTE = "/file="
UPLOAD_ROUTE = "/gradio_api/upload"


def _key(path: str | Path) -> str:
    return os.path.realpath(path)


class FileOwners:
    """Which logged-in users each handed-out file belongs to (a file with identical content made
    for two users is one cached file owned by both). Thread-safe; lives as long as the app."""

    def __init__(self) -> None:
        self._owners: dict[str, set[str]] = defaultdict(set)
        self._lock = threading.Lock()

    def claim(self, path: str | Path, user: str | None) -> None:
        if user:
            with self._lock:
                self._owners[_key(path)].add(user)

    def allowed(self, path: str | Path, user: str | None) -> bool:
        """True unless the file belongs to other users only."""
        with self._lock:
            owners = self._owners.get(_key(path))
        return not owners or user in owners


OWNERS = FileOwners()


def user_folder(root: Path, user: str | None) -> Path:
    """The export folder of `user` under `root`: a hash of the name, so no name can reach outside it."""
    name = hashlib.sha256(user.encode()).hexdigest()[:16] if user else ANONYMOUS
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def current_user() -> str | None:
    """The logged-in user of the Gradio event being handled; None without a login (or outside an event)."""
    from gradio.context import LocalContext

    request = LocalContext.request.get(None)
    return getattr(request, "username", None) if request is not None else None


def hand_out(path: Path, owners: FileOwners = OWNERS) -> str:
    """The path to give Gradio for a file made for the current user: the copy Gradio would serve
    (its cache, content-addressed, so handing it over again changes nothing), claimed for that user."""
    from gradio.processing_utils import save_file_to_cache
    from gradio.utils import get_upload_folder

    user = current_user()
    if not user:
        return str(path)
    served = save_file_to_cache(path, get_upload_folder())
    owners.claim(served, user)
    return served


def _cookie_user(scope: Scope) -> str | None:
    """The user Gradio's login cookie names (Gradio's own lookup, done on the raw request)."""
    app = scope.get("app")
    tokens, cookie_id = getattr(app, "tokens", None), getattr(app, "cookie_id", None)
    if not tokens or cookie_id is None:
        return None
    cookies: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                key, _, val = part.strip().partition("=")
                cookies[key] = val
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return tokens.get(token) if token else None


class OwnerGuard:
    """ASGI middleware: a file route serves a user's own files only; an upload's files become the
    uploader's. Pass it to Gradio as `app_kwargs={"middleware": [Middleware(OwnerGuard)]}`."""

    def __init__(self, app: ASGIApp, owners: FileOwners = OWNERS) -> None:
        self.app = app
        self.owners = owners

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        route = scope.get("path", "")
        if FILE_ROUTE in route:
            wanted = route.split(FILE_ROUTE, 1)[1]
            if not self.owners.allowed(wanted, _cookie_user(scope)):
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": "Bestand niet gevonden.".encode()})
                return
        if route.endswith(UPLOAD_ROUTE) and scope.get("method") == "POST":
            return await self._upload(scope, receive, send)
        await self.app(scope, receive, send)

    async def _upload(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                      send: Callable[[Message], Awaitable[None]]) -> None:
        """Hold the (small, JSON) reply of an upload until its paths are claimed for the uploader,
        so no other user can fetch them even in the moment between upload and reply."""
        user = _cookie_user(scope)
        held: list[Message] = []
        status = 0

        async def claim_then_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            held.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                if status == 200:
                    body = b"".join(m.get("body", b"") for m in held if m["type"] == "http.response.body")
                    try:
                        paths = json.loads(body)
                    except ValueError:
                        paths = []
                    for path in paths if isinstance(paths, list) else []:
                        if isinstance(path, str):
                            self.owners.claim(path, user)
                for m in held:
                    await send(m)
                held.clear()

        await self.app(scope, receive, claim_then_send)
