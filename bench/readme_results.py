#!/usr/bin/env python3
"""Rewrites the results section of bench/README.md from each scale's latest run (bench/results/*.md):
first the scale curve (one row per measure, one column per scale, so growth shows at a glance),
then every run's own tables. Called by bench/run.sh; runs alone too: python3 bench/readme_results.py"""
import pathlib
import re

BENCH = pathlib.Path(__file__).resolve().parent
ORDER = {"1k": 0, "10k": 1, "100k": 2}

# (row label, label prefix in a run's measure table, how to shorten its value)
MEASURES = [
    ("import (items/s, peak memory)", "import of the synthetic recipe", r"\*\*(\d+ items/s)\*\*, peak (\d+ MB)"),
    ("`reindex Search` (documents/s)", "`reindex Search`", r"\*\*(\d+ documents/s)\*\*"),
    ("cold start to /health", "cold start", r"^(.*)$"),
    ("idle memory / peak under load", "idle memory", r"^(.*)$"),
    ("search indexing in process", "search in process: indexing", r"\*\*(.*)\*\*"),
    ("search query p50 / p99", "search in process: query", r"p50 ([\d.]+ ms).*p99 ([\d.]+ ms)"),
    ("search index size", "search index size", r"^(.*)$"),
]


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def read_run(path):
    """The measure rows of one run, and its endpoints' req/s with their ratio and SQL counts."""
    tables, header = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
        elif header is None:
            header = cells(line)[0]
            tables[header] = []
        elif not line.startswith("|---"):
            tables[header].append(cells(line))
    measures = {r[0]: r[1] for r in tables.get("measure", [])}
    endpoints = {re.sub(r" \(`.*`\)$", "", r[0]): f"{r[1]} ({r[5]})" for r in tables.get("endpoint", [])}
    endpoints |= {f"SQL queries: {r[0]}": r[1] for r in tables.get("request", [])}
    return measures, endpoints


def shorten(measures, prefix, pattern):
    value = next((v for k, v in measures.items() if k.startswith(prefix)), None)
    if value is None:
        return "—"
    match = re.search(pattern, value)
    return " / ".join(match.groups()) if match else value


def scale_curve(runs):
    header = "| measure | " + " | ".join(stem for stem, _ in runs) + " |"
    lines = [header, "|---" * (len(runs) + 1) + "|"]
    for label, prefix, pattern in MEASURES:
        lines.append(f"| {label} | " + " | ".join(shorten(m, prefix, pattern) for _, (m, _) in runs) + " |")
    names = list(dict.fromkeys(name for _, (_, endpoints) in runs for name in endpoints))
    for name in names:
        label = name if name.startswith("SQL") else f"{name}: req/s (ratio to static)"
        lines.append(f"| {label} | " + " | ".join(e.get(name, "—") for _, (_, e) in runs) + " |")
    return "\n".join(lines)


def main():
    paths = sorted((BENCH / "results").glob("*.md"), key=lambda p: ORDER.get(p.stem, 9))
    runs = [(p.stem, read_run(p)) for p in paths]
    body = (
        "### Scale curve\n\nEach scale's latest run side by side (dates and machine in the runs below; "
        "compare ratios, not absolute figures, across runs made at different loads).\n\n"
        + scale_curve(runs)
        + "\n\n"
        + "\n\n".join(p.read_text(encoding="utf-8").strip() for p in paths)
    )
    readme = BENCH / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = "<!-- results:start -->\n" + body + "\n<!-- results:end -->"
    if "<!-- results:start -->" in text:
        text = re.sub(r"<!-- results:start -->.*<!-- results:end -->", lambda _: section, text, flags=re.S)
    else:
        text += "\n## Results\n\nWritten by `bench/run.sh`; each scale's latest run.\n\n" + section + "\n"
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
