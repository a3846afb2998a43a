"""A reproducible synthetic corpus with a Zipf-like vocabulary, written as .txt files.

The same ``(sentences, seed)`` always gives byte-identical files, so build
times and index sizes can be compared between runs and machines.

Shape of the text (chosen to look like news prose to qa's cleaner):
- a vocabulary of English function words (the most frequent ranks, as in real
  text) followed by pronounceable pseudo-words; ranks are drawn from a
  Zipf-Mandelbrot law p(r) ~ 1 / (r + 2.7) ** 1.07, frequent words are short;
- sentences of 6 + Poisson(10) words, capitalised, ending in a full stop, with
  an occasional year or number;
- paragraphs of 1-6 sentences separated by blank lines, about 40 sentences
  a file, 1,000 files a sub-folder.
"""

import json
from pathlib import Path

import numpy as np

FUNCTION_WORDS = (
    "the of and to in a is was that for on with as by at from his it be has had were are which "
    "this an or their not but they its after also who have been said her would will new more "
    "than about into over when one two first last year people"
).split()
ONSETS = "b c d f g h k l m n p r s t v w z br cr dr fr gr kr pl pr st tr sh ch th sk sl sp".split()
VOWELS = "a e i o u a e i o ai ou ea io".split()
CODAS = ["", "", "", "n", "r", "s", "l", "m", "t", "nd", "rk"]
VOCABULARY = 80_000
ZIPF_S, ZIPF_Q = 1.07, 2.7
SENTENCES_PER_FILE = 40
FILES_PER_FOLDER = 1000
FORMAT = 1


def vocabulary(size: int = VOCABULARY, seed: int = 0) -> list[str]:
    """Function words first, then unique pseudo-words getting longer with rank."""
    rng = np.random.default_rng(seed + 1_000_003)
    words = list(FUNCTION_WORDS)
    seen = set(words)
    while len(words) < size:
        rank = len(words)
        syllables = 1 + min(2, int(np.log10(rank + 1) * 0.4 + rng.random() * 1.5))
        parts = []
        for _ in range(syllables):
            parts.append(ONSETS[rng.integers(len(ONSETS))] + VOWELS[rng.integers(len(VOWELS))])
        word = "".join(parts) + CODAS[rng.integers(len(CODAS))]
        if word not in seen and len(word) > 2:
            seen.add(word)
            words.append(word)
    return words


def zipf_probabilities(size: int) -> np.ndarray:
    p = 1.0 / (np.arange(size) + ZIPF_Q) ** ZIPF_S
    return p / p.sum()


def generate(folder: Path, sentences: int, seed: int = 13) -> dict:
    """Write ``sentences`` sentences as .txt files under ``folder`` (created); returns the stats."""
    rng = np.random.default_rng(seed)
    words = np.array(vocabulary(seed=seed), dtype=object)
    p = zipf_probabilities(len(words))
    folder.mkdir(parents=True, exist_ok=True)
    lengths = 6 + rng.poisson(10, size=sentences)
    total_words = int(lengths.sum())
    ranks = rng.choice(len(words), size=total_words, p=p)
    numbers = rng.random(total_words) < 0.01
    years = rng.integers(1950, 2030, size=total_words)
    pos = 0
    n_files = 0
    done = 0
    while done < sentences:
        in_file = min(sentences - done, max(1, int(rng.integers(SENTENCES_PER_FILE // 2, SENTENCES_PER_FILE * 3 // 2))))
        paragraphs, para = [], []
        para_len = int(rng.integers(1, 7))
        for i in range(in_file):
            n = int(lengths[done + i])
            toks = words[ranks[pos : pos + n]].tolist()
            for j in np.flatnonzero(numbers[pos : pos + n]).tolist():
                toks[j] = str(years[pos + j])
            pos += n
            toks[0] = toks[0].capitalize()
            para.append(" ".join(toks) + ".")
            if len(para) == para_len or i == in_file - 1:
                paragraphs.append(" ".join(para))
                para, para_len = [], int(rng.integers(1, 7))
        sub = folder / f"part{n_files // FILES_PER_FOLDER:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{n_files:07d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        n_files += 1
        done += in_file
    return {"sentences": sentences, "seed": seed, "files": n_files, "words": total_words}


def ensure(cache: Path, sentences: int, seed: int = 13) -> Path:
    """The corpus folder for ``(sentences, seed)`` in ``cache``, generated once and reused."""
    root = cache / f"zipf-{sentences}-seed{seed}-v{FORMAT}"
    corpus = root / "corpus"
    marker = root / "complete.json"
    if marker.exists():
        return corpus
    if corpus.exists():
        import shutil

        shutil.rmtree(corpus)
    stats = generate(corpus, sentences, seed)
    marker.write_text(json.dumps(stats), encoding="utf-8")
    return corpus
