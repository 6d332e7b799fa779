"""Errors a user can cause, each with a message they can act on (Dutch, as the UI speaks Dutch)."""


class AssistantError(Exception):
    """Base class: the CLI and UI show `str(error)`, never a traceback."""


class IndexMissingError(AssistantError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"Er is nog geen index in {path}. Voer eerst `python -m assistant ingest` uit."
        )


class IndexDamagedError(AssistantError):
    """A published generation whose catalog, BM25 or vectors cannot be read: ingest rebuilds it."""

    def __init__(self, gen, what: str) -> None:
        super().__init__(
            f"De index ({gen}) is beschadigd: {what}. Voer `python -m assistant ingest` uit; dat bouwt de "
            "index opnieuw op uit het corpus en de uploadmap."
        )


class DocumentError(AssistantError):
    """A document that cannot be ingested (empty, unreadable, wrong type, too large...)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"Document '{name}' kan niet worden verwerkt: {reason}")


class ManifestError(AssistantError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Manifest {path} is ongeldig: {reason}")


class QuestionError(AssistantError):
    """An empty or unusable question."""


class ModelError(AssistantError):
    """A bundled model package is missing or broken."""


class VectorStoreError(AssistantError):
    """The Chroma server is unreachable or does not hold this index's vectors."""


class AuthError(AssistantError):
    """A login setting (ASSISTANT_AUTH) that cannot be used."""
