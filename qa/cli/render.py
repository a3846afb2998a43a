"""Plain-text rendering of engine results for people (JSON is for machines)."""

import os
import sys
import textwrap

from qa.models import Answer, CorpusSummary, DocumentView, Response


def _styles(stream) -> tuple[str, str, str]:
    if stream.isatty() and not os.environ.get("NO_COLOR"):
        return "\033[1m", "\033[2m", "\033[0m"
    return "", "", ""


def _marked(a: Answer, bold: str, reset: str) -> str:
    if not a.highlight or not bold:
        return a.quote
    h = a.highlight
    return a.quote[: h.start] + bold + a.quote[h.start : h.end] + reset + a.quote[h.end :]


def _cite(a: Answer) -> str:
    s = a.source
    bits = [s.title or "(untitled)", s.date or "undated", s.doc_id, f"chars {a.start}-{a.end}"]
    return " · ".join(bits)


def _answer_lines(n: int, a: Answer, bold: str, dim: str, reset: str, short: bool = True) -> list[str]:
    body = textwrap.fill(f"“{_marked(a, bold, reset)}”", width=100, initial_indent=f"{n}. ", subsequent_indent="   ")
    lines = [body, f"   {dim}— {_cite(a)}{reset}"]
    if short and a.highlight and not bold:
        lines.append(f"   answer: {a.quote[a.highlight.start:a.highlight.end]}")
    return lines


def response(r: Response, stream=None) -> str:
    bold, dim, reset = _styles(stream or sys.stdout)
    out = []
    if r.interpreted_as:
        out.append(f"{dim}(interpreted as: {r.interpreted_as}){reset}")
    if r.error:
        out.append(f"error: {r.error.message}")
    elif r.answered:
        for n, a in enumerate(r.answers, 1):
            out += _answer_lines(n, a, bold, dim, reset)
    else:
        searched = ", ".join(r.searched_for) or "nothing (no content words)"
        out.append(f"No answer in the corpus. Searched for: {searched}.")
        if r.declined_because:
            out.append(f"Why: {r.declined_because}.")
        if r.missing:
            out.append(f"Not found anywhere in the corpus: {', '.join(r.missing)}.")
        if r.related:
            out.append("Related sentences (they do not answer the question):")
            for n, a in enumerate(r.related, 1):
                out += _answer_lines(n, a, "", dim, reset, short=False)
    return "\n".join(out)


def summary(s: CorpusSummary) -> str:
    lines = [
        f"corpus      {s.corpus}",
        f"documents   {s.documents}",
        f"sentences   {s.sentences} (+ {s.headings} headings)",
        f"dropped     {s.dropped_lines} lines of non-article text",
        f"vocabulary  {s.vocabulary} terms",
        f"built       {s.built_at} in {s.build_seconds:.2f} s",
        f"index       {s.index_path}",
    ]
    for f in s.skipped:
        lines.append(f"skipped     {f.doc_id}: {f.reason}")
    return "\n".join(lines)


def document(view: DocumentView, show_dropped: bool = True) -> str:
    i = view.info
    out = [f"{i.doc_id}", f"title: {i.title or '-'}", f"date: {i.date or '-'}", f"publisher: {i.publisher or '-'}", ""]
    for p in view.pieces:
        if p.kind == "dropped":
            if show_dropped:
                out.append(f"  [dropped: {p.reason}] {p.text!r}")
        elif p.kind == "heading":
            out.append(f"## {p.text}")
        else:
            out.append(textwrap.fill(p.text, width=100))
    return "\n".join(out)
