"""Network off for a test subprocess: Python imports this at start-up when this folder is on
PYTHONPATH. Connections and name lookups for anything but this machine fail, and every attempt
is printed to stderr as NETWORK-BLOCKED, so a test can prove that none was even tried."""

import errno
import ipaddress
import socket
import sys

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


def _is_local(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(what: str, host) -> None:
    if not _is_local(host):
        print(f"NETWORK-BLOCKED {what} {host!r}", file=sys.stderr, flush=True)
        raise OSError(errno.ENETUNREACH, f"netwerk uitgeschakeld voor deze test ({host!r})")


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check("connect", address[0])
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check("connect", address[0])
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    _check("resolve", host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
print("NETWORK-GUARD active", file=sys.stderr, flush=True)
