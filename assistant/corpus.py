"""Finding documents, reading their metadata and their raw page texts (pypdf for PDF)."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError, ManifestError
from .pdf import read_pdf

log = logging.getLogger(__name__)

SUPPORTED = {".pdf", ".txt", ".md", ".markdown"}
# Kinds with a Dutch label of their own; any other `kind` in a manifest is shown as written.
KIND_LABELS = {
    "kamerbrief": "Kamerbrief", "kamervragen": "Antwoorden op Kamervragen", "uitvoeringsplan": "Uitvoeringsplan",
    "inspectierapport": "Inspectierapport", "regiovisie": "Regiovisie", "rapport": "Rapport",
    "statistiek": "Statistiek", "auditbrief": "Auditbrief", "raadsbrief": "Raadsinformatiebrief", "overig": "Overig",
}
_MANIFEST_FIELDS = {"file", "id", "title", "kind", "publisher", "date", "date_note", "url", "signatory", "doc_number",
                    "scope"}


def kind_label(kind: str) -> str:
    """Dutch label of a document kind; an unknown kind is shown as written."""
    return KIND_LABELS.get(kind.lower(), kind)


_PAGE_MARK = re.compile(r"^\s*Pagina\s+(\d+)\s+van\s+(\d+)\s*$", re.IGNORECASE)
# pdftotext-style exports start each page with one leading space; list indentation excluded.
_PAGE_START = re.compile(r"^ (?=[^\s\-*•▪◦·])")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Windows Notepad's "Unicode" saves text like this
# C0 controls and DEL, except tab, newline, carriage return and form feed (a page break).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest plus the metadata the manifest (or the file itself) gives it."""

    path: Path
    doc_id: str
    title: str
    kind: str
    publisher: str
    date: str
    content_hash: str
    url: str = ""
    signatory: str = ""
    doc_number: str = ""
    scope: str = ""  # whose figures: "landelijk", "regio Twente", "gemeente Ede"; read from the document when empty


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_manifest(corpus_dir: Path, problems: list[str] | None = None) -> dict[str, dict]:
    """Manifest entries keyed by file name; a missing manifest is an empty one. Each [[document]]
    is read on its own: a broken entry is reported with its line (into `problems` and the log)
    and skipped, so its file is still ingested with metadata read from the file itself."""
    path = corpus_dir / "manifest.toml"
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError(str(path), "het bestand is geen UTF-8") from exc
    entries: dict[str, dict] = {}
    for line_no, part in _entry_texts(text):
        try:
            entry = _check_entry(tomllib.loads(part).get("document", [{}])[0])
        except (tomllib.TOMLDecodeError, ValueError) as exc:
            message = f"{path.name} regel {line_no}: {exc}; deze regel wordt overgeslagen"
            log.warning("%s", message)
            if problems is not None:
                problems.append(message)
            continue
        entries[entry["file"]] = entry
    return entries


def _entry_texts(text: str) -> list[tuple[int, str]]:
    """The manifest split into its [[document]] tables, each with the line it starts on."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[document]]"]
    return [(a + 1, "".join(lines[a:b])) for a, b in zip(starts, starts[1:] + [len(lines)])]


def _check_entry(entry: dict) -> dict:
    if "file" not in entry or "id" not in entry:
        raise ValueError("elk [[document]] heeft 'file' en 'id' nodig")
    wrong = [k for k in entry if k in _MANIFEST_FIELDS and k != "date" and not isinstance(entry[k], str)]
    if wrong:
        raise ValueError(f"'{wrong[0]}' moet tekst zijn")
    return {**entry, "date": str(entry.get("date", ""))}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def describe(path: Path, manifest: dict[str, dict]) -> SourceFile:
    """Metadata for one file from its manifest entry; what the entry leaves out is read from the
    document itself when it is parsed (see metadata.py), the title last of all from the file name."""
    entry = manifest.get(path.name, {})
    return SourceFile(
        path=path,
        doc_id=entry.get("id") or slug(path.stem),
        title=entry.get("title", ""),
        kind=entry.get("kind", "overig"),
        publisher=entry.get("publisher", ""),
        date=entry.get("date", ""),
        content_hash=file_hash(path),
        url=entry.get("url", ""),
        signatory=entry.get("signatory", ""),
        doc_number=entry.get("doc_number", ""),
        scope=entry.get("scope", ""),
    )


def discover(*folders: Path, problems: list[str] | None = None) -> list[SourceFile]:
    """Every supported file in the given folders (corpus, upload area), sorted by name per folder
    for a stable ingest order; each folder may have its own manifest.toml. A second file claiming
    an id already taken keeps its own file-name id (reported into `problems`)."""
    sources: list[SourceFile] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        manifest = load_manifest(folder, problems)
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUPPORTED and _regular(p))
        sources += [describe(p, manifest) for p in files]
    seen: dict[str, Path] = {}
    for i, s in enumerate(sources):
        if s.doc_id in seen and seen[s.doc_id].stem == s.path.stem:
            raise DocumentError(s.path.name, f"'{seen[s.doc_id].name}' heeft dezelfde naam zonder extensie en "
                                "dus hetzelfde document-id; hernoem een van beide (of geef ze een id in manifest.toml).")
        if s.doc_id in seen:
            message = f"id '{s.doc_id}' komt twee keer voor ({seen[s.doc_id].name}, {s.path.name})"
            log.warning("%s", message)
            if problems is not None:
                problems.append(message)
            s = sources[i] = dataclasses.replace(s, doc_id=f"{slug(s.path.stem)}-{s.content_hash[:8]}")
        seen[s.doc_id] = s.path
    return sources


def _regular(path: Path) -> bool:
    """A regular file, not a link to one: a link in corpus/ or uploads/ could point anywhere."""
    if path.is_symlink():
        log.warning("%s is een symbolische link en wordt niet geïndexeerd.", path)
        return False
    return path.is_file()


def drop_duplicates(sources: list[SourceFile]) -> tuple[list[SourceFile], list[DocumentError]]:
    """Keep the first file of each content hash: the same document under two names is indexed once."""
    first: dict[str, SourceFile] = {}
    duplicates = []
    for s in sources:
        if s.content_hash in first:
            same = first[s.content_hash].path.name
            duplicates.append(DocumentError(s.path.name, f"zelfde inhoud als '{same}'; overgeslagen."))
        else:
            first[s.content_hash] = s
    return list(first.values()), duplicates


def check_file(path: Path, max_bytes: int, name: str | None = None) -> None:
    """Refuse files that cannot be a usable document from their size and first bytes only, so a
    huge or disguised file is never read whole. `name` (an upload's own name) gives the type."""
    name = name or path.name
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise DocumentError(name, "dit is een symbolische link; die wordt niet gevolgd. Geef het bestand zelf.")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(name, "dit is geen gewoon bestand (maar een map, apparaat of pijp).")
    size = info.st_size
    if size == 0:
        raise DocumentError(name, "het bestand is leeg.")
    if size > max_bytes:
        raise DocumentError(
            name, f"het bestand is {size / 1e6:.0f} MB; de grens is {max_bytes / 1e6:.0f} MB."
        )
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(name, "alleen PDF, TXT en Markdown worden ondersteund.")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if suffix == ".pdf" and b"%PDF-" not in head:
        raise DocumentError(name, "dit is geen PDF (de inhoud begint niet met %PDF).")
    if suffix != ".pdf" and not head.startswith(_UTF16_BOMS) and (
            b"\x00" in head or head.startswith((b"MZ", b"%PDF", b"PK\x03\x04", b"\x7fELF"))):
        raise DocumentError(name, "dit is geen tekstbestand.")


def read_pages(path: Path, max_bytes: int = 50_000_000) -> list[tuple[int | None, str]]:
    """Raw text per page: (page number or None, text), control characters removed.
    Raises DocumentError for unusable files."""
    check_file(path, max_bytes)
    if path.suffix.lower() == ".pdf":
        pages = _read_pdf(path)
    else:
        try:
            with path.open("rb") as fh:
                utf16 = fh.read(2) in _UTF16_BOMS
            text = path.read_text(encoding="utf-16" if utf16 else "utf-8-sig")  # utf-16 reads its BOM
        except UnicodeDecodeError as exc:
            raise DocumentError(
                path.name, "de tekst is geen UTF-8. Sla het bestand op als UTF-8 en probeer opnieuw."
            ) from exc
        if not text.strip():
            raise DocumentError(path.name, "het bestand bevat geen tekst.")
        pages = split_text_pages(text)
    return [(n, _CONTROL.sub("", text)) for n, text in pages]


def _read_pdf(path: Path) -> list[tuple[int | None, str]]:
    from pypdf import PdfReader
    from pypdf import PasswordType

    try:
        reader = PdfReader(str(path))
        # Permission-only encryption (empty user password) is common in government PDFs: read it.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DocumentError(path.name, "de PDF is met een wachtwoord beveiligd; lever een onbeveiligde versie aan.")
        pages = read_pdf(path)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files; none may crash an upload
        raise DocumentError(path.name, f"de PDF is beschadigd of onleesbaar ({type(exc).__name__}).") from exc
    if not pages:
        raise DocumentError(path.name, "de PDF heeft geen pagina's.")
    if not any(text.strip() for _, text in pages):
        raise DocumentError(
            path.name, "de PDF bevat geen tekstlaag (alleen scans?). Lever een doorzoekbare PDF aan."
        )
    return pages


def split_text_pages(text: str) -> list[tuple[int | None, str]]:
    """Recover pages of text exported from a PDF: form feeds, 'Pagina N van M' headers,
    or pdftotext's leading space on each page's first line. None when nothing says."""
    if "\f" in text:
        return [(i + 1, part) for i, part in enumerate(text.split("\f"))]
    lines = text.splitlines(keepends=True)
    starts: list[int] = [0]

    def add_start(i: int) -> None:
        if not "".join(lines[starts[-1]:i]).strip():
            starts[-1] = i  # the page so far is blank: it starts here instead
        elif i - starts[-1] > 2:
            starts.append(i)

    labels: dict[int, int] = {}
    in_mark = False
    printed: int | None = None  # last printed page number seen on a line of its own
    for i, line in enumerate(lines):
        bare = re.fullmatch(r"\s*(\d{1,3})\s*", line)
        if bare and (printed is None and i < 10 or printed is not None and int(bare.group(1)) == printed + 1):
            printed = int(bare.group(1))
            add_start(i)
            continue
        mark = _PAGE_MARK.match(line)
        if mark and not in_mark:
            add_start(i)
            labels[len(starts) - 1] = int(mark.group(1))
            in_mark = True
        elif not mark and line.strip() and not line.strip().lower().startswith("kenmerk"):
            in_mark = in_mark and bool(re.fullmatch(r"[\d\-A-Z/. ]+", line.strip()))
        if i > 0 and _PAGE_START.match(line) and i - starts[-1] > 2:
            add_start(i)
            printed = printed + 1 if printed is not None else None
    if len(starts) == 1 and not labels:
        return [(None, text)]
    offset = 0
    if labels:
        index, label = next(iter(labels.items()))
        offset = label - (index + 1)
    bounds = starts + [len(lines)]
    return [(k + 1 + offset, "".join(lines[a:b])) for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
