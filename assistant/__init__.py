"""Cited answers about Dutch policy documents on gesloten jeugdhulp (JeugdzorgPlus)."""

import os

# Set before chromadb or huggingface libraries are imported anywhere: no telemetry,
# no hub downloads. Users can still override them explicitly.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

__version__ = "0.1.0"
