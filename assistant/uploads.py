"""Uploads: a user's file becomes a document in the upload area only once it is known to be valid.

The upload area (`Settings.uploads`, default `uploads/` beside `index/`) lies outside the code
tree and outside the index, so uploaded documents survive a re-ingest and a rebuilt index; ingest
reads it together with the corpus folder. A file is judged by its size and first bytes before it
is read, then copied to a private staging folder, parsed completely and only then linked into
place under a safe name (no directories, no '..', never overwriting). On any error nothing is
left behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from .corpus import check_file, describe, file_hash, slug
from .errors import AssistantError, DocumentError
from .ingest import parse
from .settings import Settings
from .store import Generation, current_generation

MAX_STEM = 120  # with a hash suffix added on a collision, still far below the 255-byte name limit
_SEPARATORS = re.compile(r"[\\/]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display_name(name: str) -> str:
    """The last path component of a name as a user or browser gave it (POSIX or Windows)."""
    return _SEPARATORS.split(_CONTROL.sub("", name))[-1].strip() or "document"


def safe_name(name: str) -> str:
    """A file name that can only land inside the upload area: slugged stem, lower-case suffix."""
    stem, suffix = os.path.splitext(display_name(name))
    return slug(stem)[:MAX_STEM].rstrip("-") + suffix.lower()[:MAX_STEM]


def _indexed(settings: Settings) -> tuple[dict[str, str], set[str]]:
    """Content hash → source file, and the document ids, of the live index (empty before one exists)."""
    try:
        gen = Generation(current_generation(settings.index_dir), None, vectors=False)
    except AssistantError:
        return {}, set()
    try:
        hashes = gen.document_hashes()
    finally:
        gen.close()
    return {h: f for f, h in hashes.values()}, set(hashes)


def add_upload(src: Path, name: str, settings: Settings) -> Path:
    """Validate `src` (uploaded as `name`) and place it in the upload area; returns its new path.
    Raises DocumentError, with nothing written, for anything that is not a new, readable document."""
    shown = display_name(name)
    check_file(src, settings.max_upload_mb * 1_000_000, shown)
    digest = file_hash(src)
    known, taken = _indexed(settings)
    if digest in known:
        raise DocumentError(shown, f"dit document staat al in het corpus (als '{known[digest]}').")
    uploads = settings.uploads
    uploads.mkdir(parents=True, exist_ok=True)
    target = uploads / safe_name(shown)
    if target.stem in taken or any(p.stem == target.stem for p in uploads.iterdir()):  # same stem, same id
        target = target.with_name(f"{target.stem}-{digest[:8]}{target.suffix}")
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=uploads))
    try:
        staged = staging / target.name
        shutil.copyfile(src, staged)
        parse(describe(staged, {}), settings)
        os.link(staged, target)  # atomic, and fails rather than overwrite a concurrent upload
    except DocumentError as exc:
        raise DocumentError(shown, exc.reason) from exc
    except FileExistsError as exc:
        raise DocumentError(shown, "er is zojuist een document met deze naam toegevoegd.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
