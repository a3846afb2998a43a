"""The library entry point: open a corpus, ask questions, hold a conversation."""

import functools
import os
from collections.abc import Callable
from pathlib import Path

from qa import paths
from qa.answer.answerer import Answerer
from qa.answer.followup import Turn, resolve
from qa.errors import CorpusError, QuestionError
from qa.index import texts
from qa.index.corpus_index import CorpusIndex
from qa.index.manager import open_index
from qa.models import CorpusSummary, DocumentInfo, DocumentView, Piece, Response, SkippedFile
from qa.text.tokens import Analyzer

MAX_QUESTION_CHARS = 1000
MAX_ANSWERS = 20
TEXTS_KEPT = 256  # documents whose whole text stays in memory (a large corpus is not kept whole)


def check_question(text: str) -> str:
    """The question stripped, or a :class:`QuestionError` saying what is wrong with it."""
    if any(ord(c) < 32 and c not in "\t\n\r" or ord(c) == 127 for c in text):
        raise QuestionError("question contains control characters")
    text = " ".join(text.split())
    if not text:
        raise QuestionError("question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"question is too long ({len(text)} characters; the limit is {MAX_QUESTION_CHARS})")
    return text


class Engine:
    """One corpus and its index, ready to answer.

    >>> engine = Engine.open()              # the bundled corpus
    >>> engine.ask("Who recognized González?").answers[0].quote
    """

    def __init__(self, index: CorpusIndex, index_folder: Path):
        self.index = index
        self.index_folder = index_folder
        self.analyzer = Analyzer(index.stems, closed=True)
        self.text = functools.lru_cache(maxsize=TEXTS_KEPT)(self._read_text)
        self._answerer = Answerer(index, self.analyzer, self.quote, self.text)
        self._doc_numbers = {d.doc_id: n for n, d in enumerate(index.docs)}

    @classmethod
    def open(
        cls,
        corpus: str | os.PathLike | None = None,
        *,
        rebuild: bool = False,
        notify: Callable[[str], None] = lambda message: None,
        progress: Callable[[int, int], None] | None = None,
    ) -> "Engine":
        """Open ``corpus`` (default: ``QA_CORPUS`` or the bundled articles), building its index if needed."""
        root = paths.resolve_corpus(corpus)
        folder = paths.index_dir(root)
        index = open_index(root, folder, rebuild=rebuild, notify=notify, progress=progress)
        return cls(index, folder)

    def _read_text(self, doc: int) -> str:
        """The text of document number ``doc`` that quote offsets index (the file's, or the stored one);
        ``self.text`` is this, with the last :data:`TEXTS_KEPT` documents kept."""
        return texts.document_text(self.index, doc)

    def quote(self, unit: int) -> str:
        """The text of unit ``unit`` (a sentence or heading): read alone from an ASCII text, else sliced."""
        idx = self.index
        doc, start, end = int(idx.unit_doc[unit]), int(idx.unit_start[unit]), int(idx.unit_end[unit])
        alone = texts.ascii_span(idx, doc, start, end)
        return alone if alone is not None else self.text(doc)[start:end]

    def ask(self, question: str, k: int = 3) -> Response:
        """Answer one question on its own (no conversation)."""
        return self.conversation().ask(question, k)

    def conversation(self) -> "Conversation":
        return Conversation(self)

    def summary(self) -> CorpusSummary:
        idx = self.index
        return CorpusSummary(
            corpus=str(idx.root),
            index_path=str(self.index_folder),
            documents=len(idx.docs),
            sentences=int((idx.unit_kind == 0).sum()),
            headings=int((idx.unit_kind == 1).sum()),
            dropped_lines=sum(d.dropped for d in idx.docs),
            vocabulary=len(idx.sentences.vocab),
            built_at=idx.built_at,
            build_seconds=idx.build_seconds,
            skipped=[SkippedFile(doc_id=d, reason=r) for d, r in idx.skipped],
        )

    def documents(self) -> list[DocumentInfo]:
        counts = {}
        for d in self.index.unit_doc.tolist():
            counts[d] = counts.get(d, 0) + 1
        return [self._info(n, counts.get(n, 0)) for n in range(len(self.index.docs))]

    def _info(self, n: int, sentences: int) -> DocumentInfo:
        rec = self.index.docs[n]
        return DocumentInfo(doc_id=rec.doc_id, path=str(self.index.root / rec.doc_id), title=rec.title,
                            date=rec.date, publisher=rec.publisher, sentences=sentences)

    def find_document(self, name: str) -> int:
        """Document number from its id, file name or a unique prefix of either."""
        if name in self._doc_numbers:
            return self._doc_numbers[name]
        ids = [d.doc_id for d in self.index.docs]
        for pool in (ids, [Path(i).name for i in ids]):
            if name in pool:
                return pool.index(name)
        prefixed = [n for n, i in enumerate(ids) if i.startswith(name) or Path(i).name.startswith(name)]
        if len(prefixed) == 1:
            return prefixed[0]
        raise CorpusError(f"no document {name!r} in the corpus" if not prefixed else f"{name!r} names {len(prefixed)} documents")

    def document(self, name: str) -> DocumentView:
        """A document as cleaned: kept sentences and headings, and the dropped spans with reasons."""
        n = self.find_document(name)
        text = self.text(n)
        from qa.corpus.clean import clean  # only to show a document: answering does not need it

        cleaned = clean(text, self.analyzer)
        pieces = [Piece(start=u.start, end=u.end, text=text[u.start : u.end], kind=u.kind) for u in cleaned.units]
        pieces += [Piece(start=d.start, end=d.end, text=text[d.start : d.end], kind="dropped", reason=d.reason) for d in cleaned.dropped]
        pieces.sort(key=lambda p: p.start)
        return DocumentView(info=self._info(n, len(cleaned.units)), pieces=pieces)


class Conversation:
    """A chat: each question may lean on the previous answer ("How many votes did he get?")."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.previous: Turn | None = None

    def ask(self, question: str, k: int = 3) -> Response:
        text = check_question(question)
        k = max(1, min(k, MAX_ANSWERS))
        resolved = resolve(text, self.previous)
        prefer = self.previous.doc if self.previous and resolved.shown else None
        response = self.engine._answerer.answer(
            resolved.question, k, context=self.engine.analyzer.terms(resolved.context), prefer_doc=prefer,
            interpreted_as=resolved.shown,
        )
        response = response.model_copy(update={"question": text})
        if resolved.dangling:  # "How many votes did he get?" after a question with no answer: who is "he"?
            response = response.model_copy(update={
                "answered": False, "answers": [], "related": response.answers or response.related,
                "declined_because": f"\"{resolved.dangling[0]}\" points back to the previous question, which had no answer"})
        top = (response.answers or response.related or [None])[0]
        short = top.quote[top.highlight.start : top.highlight.end] if response.answered and top.highlight else None
        self.previous = Turn(
            question=resolved.question,
            answer=short,
            answer_is_name=bool(short and short[:1].isupper() and not any(ch.isdigit() for ch in short)),
            doc=self.engine.find_document(top.source.doc_id) if top else None,
            answered=response.answered,
        )
        return response
