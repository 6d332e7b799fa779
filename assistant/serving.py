"""Safe defaults for running the assistant: no network calls, loopback unless told otherwise,
and an optional login that is required in spirit whenever the app is reachable from elsewhere."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path

from .errors import AuthError
from .settings import Settings

log = logging.getLogger(__name__)

# Libraries that phone home unless told not to: Gradio (analytics, version check), Chroma
# (telemetry), Hugging Face (model hub). Nothing here ever needs the internet.
OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}


def offline_environment() -> None:
    """Switch off every library's network use; call before those libraries are imported."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


def load_auth(value: str | None) -> list[tuple[str, str]] | None:
    """Logins from ASSISTANT_AUTH: 'user:pass', or the path of a file with one user:pass per line
    ('#' starts a comment). None when unset."""
    if not value:
        return None
    path = Path(value)
    if ":" not in value or path.is_file():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise AuthError(f"ASSISTANT_AUTH: bestand {value} is niet leesbaar ({exc.strerror}).") from exc
    else:
        lines = [value]
    pairs = []
    for line in (raw.strip() for raw in lines):
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user.strip() or not password:
            raise AuthError("ASSISTANT_AUTH: verwacht 'gebruiker:wachtwoord' (of een bestand met zulke regels).")
        pairs.append((user.strip(), password))
    if not pairs:
        raise AuthError(f"ASSISTANT_AUTH: bestand {value} bevat geen 'gebruiker:wachtwoord'-regels.")
    return pairs


class LoginGuard:
    """Gradio's login check with throttling: after MAX_FAILURES wrong attempts within WINDOW
    seconds (per user name, and over all names together times ten), further attempts are refused
    until the window has passed, even with the right password. Passwords compare in constant time."""

    MAX_FAILURES = 5
    WINDOW = 60.0

    def __init__(self, pairs: list[tuple[str, str]], clock: Callable[[], float] = time.monotonic) -> None:
        self._pairs = dict(pairs)
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] > self.WINDOW:
            times.popleft()
        return times

    def __call__(self, user: str, password: str) -> bool:
        with self._lock:
            now = self._clock()
            if (len(self._recent(user, now)) >= self.MAX_FAILURES
                    or len(self._recent("", now)) >= 10 * self.MAX_FAILURES):
                log.warning("inlogpoging voor %r geweigerd: te veel mislukte pogingen, wacht een minuut", user)
                return False
            expected = self._pairs.get(user)
            ok = expected is not None and hmac.compare_digest(expected.encode(), password.encode())
            if not ok:
                self._failures[user].append(now)
                self._failures[""].append(now)
            return ok


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: assume it is reachable from elsewhere
        return False


def warn_if_exposed(host: str, auth: list[tuple[str, str]] | None) -> bool:
    """Log a warning when the app would be reachable from other machines without a login."""
    if is_loopback(host) or auth:
        return False
    log.warning(
        "De app luistert op %s zonder login: iedereen die deze machine kan bereiken kan vragen "
        "stellen en documenten toevoegen. Zet ASSISTANT_AUTH=gebruiker:wachtwoord (of een bestand).",
        host,
    )
    return True


def serve(settings: Settings, host: str, port: int) -> None:
    """Start the web app on `host` (loopback by default) with the configured login, if any."""
    offline_environment()
    auth = load_auth(settings.auth.get_secret_value() if settings.auth else None)
    warn_if_exposed(host, auth)
    import app

    # Gradio builds its own URL from the host: a bare IPv6 address (`::`) needs brackets there.
    app.main(host=f"[{host}]" if ":" in host and not host.startswith("[") else host, port=port,
             auth=LoginGuard(auth) if auth else None)
