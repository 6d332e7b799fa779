"""Safe defaults for running the assistant: no network calls, loopback unless told otherwise,
and an optional login that is required in spirit whenever the app is reachable from elsewhere."""

from __future__ import annotations

import ipaddress
import logging
import os
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
    app.main(host=f"[{host}]" if ":" in host and not host.startswith("[") else host, port=port, auth=auth)
