"""Plain-text citations and the Markdown export of a conversation."""

from datetime import datetime
from pathlib import Path

from qa.models import Answer, Response


def citation(answer: Answer) -> str:
    """Where a quote comes from: title, date, publisher and document id."""
    s = answer.source
    bits = [s.title, s.date or "undated", s.publisher, s.doc_id]
    return " · ".join(bit for bit in bits if bit)


def quote_with_citation(answer: Answer) -> str:
    """The quote as copied to the clipboard."""
    return f"“{answer.quote}”\n— {citation(answer)}, chars {answer.start}–{answer.end}"


def _blockquote(answer: Answer) -> str:
    quote = "\n> ".join(answer.quote.splitlines())
    return f"> {quote}\n>\n> — {citation(answer)}, chars {answer.start}–{answer.end}\n"


def _turn(response: Response) -> list[str]:
    out = [f"## {response.question}\n"]
    if response.interpreted_as:
        out.append(f"*Interpreted as: {response.interpreted_as}*\n")
    if response.answered:
        out += [_blockquote(a) for a in response.answers]
        return out
    out.append(f"**No answer in the corpus.** Searched for: {', '.join(response.searched_for) or 'nothing'}.\n")
    if response.missing:
        out.append(f"Not found anywhere in the corpus: {', '.join(response.missing)}.\n")
    if response.related:
        out.append("Related sentences (they do not answer the question):\n")
        out += [_blockquote(a) for a in response.related]
    return out


def conversation_markdown(responses: list[Response], corpus: str) -> str:
    """The whole conversation: each question with its quotes and citations."""
    out = ["# qa conversation\n", f"Corpus: `{corpus}`\n"]
    for response in responses:
        out += _turn(response)
    return "\n".join(out)


def export(responses: list[Response], corpus: str, folder: Path, now: datetime | None = None) -> Path:
    """Write the conversation to ``qa-conversation-YYYYmmdd-HHMMSS.md`` in ``folder``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"qa-conversation-{stamp}.md"
    path.write_text(conversation_markdown(responses, corpus), encoding="utf-8")
    return path
