"""Corroborate's engine for Python: compare news reports of the same event.

    import corroborate
    result = corroborate.compare(left_text, right_text)
    result["similarity"], result["conflicts"], result["facts"]

Every function returns plain dicts and lists with the structure of the command line's JSON
(documented in the README): `compare` as `corroborate compare --json`, `matrix` as
`corroborate matrix --json`.
"""
import json

from . import _native

__all__ = ["compare", "read", "matrix"]


def compare(left, right, left_name="left", right_name="right", *, ignore_case=False,
            ignore_punctuation=False, quotes_alike=True, ignore_number_format=False):
    """Compare two report texts: aligned rows with word differences, verbatim passages,
    facts and contradictions, and the summary counts. The keyword options say what counts
    as a word change, as the page's and the command line's do."""
    word_match = {
        "ignore_case": bool(ignore_case),
        "ignore_punctuation": bool(ignore_punctuation),
        "quotes_alike": bool(quotes_alike),
        "ignore_number_format": bool(ignore_number_format),
    }
    return json.loads(_native.compare_json(left, right, left_name, right_name, json.dumps(word_match)))


def read(data, name):
    """Read a file's bytes (HTML, Word, Markdown, plain text in any common encoding) as a
    report: {"name", "title", "text", "words", "sentence_spans"}. Raises ValueError, naming
    the file and the problem, when the bytes are no report."""
    return json.loads(_native.read_json(bytes(data), name))


def matrix(texts, names=None):
    """The fact x source matrix of two or more report texts."""
    return json.loads(_native.matrix_json(list(texts), None if names is None else list(names)))
