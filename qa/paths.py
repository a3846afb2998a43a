"""Where the corpus and its index live."""

import hashlib
import os
import re
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def bundled_corpus() -> Path:
    """The bundled news articles: ``seeds/`` in a checkout, ``qa/_seeds`` in a wheel."""
    checkout = _CHECKOUT / "seeds"
    if (_CHECKOUT / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _PACKAGE / "_seeds"


def resolve_corpus(option: str | os.PathLike | None = None) -> Path:
    """``--corpus`` wins over ``QA_CORPUS``, which wins over the bundled corpus."""
    chosen = option or os.environ.get("QA_CORPUS")
    return Path(chosen).expanduser().resolve() if chosen else bundled_corpus()


def index_dir(corpus: Path) -> Path:
    """The bundled corpus keeps its index in ``index/``; any other corpus in a cache folder."""
    corpus = corpus.resolve()
    checkout_index = _CHECKOUT / "index"
    if corpus == bundled_corpus() and checkout_index.is_dir() and os.access(checkout_index, os.W_OK):
        return checkout_index
    base = os.environ.get("QA_INDEX_DIR")
    if base:
        root = Path(base).expanduser()
    else:
        from platformdirs import user_cache_dir

        root = Path(user_cache_dir("qa", appauthor=False))
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", corpus.name)[:40] or "corpus"
    digest = hashlib.sha256(str(corpus).encode()).hexdigest()[:12]
    return root / f"{slug}-{digest}"
