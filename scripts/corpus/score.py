#!/usr/bin/env python3
"""Score `corroborate corpus` on a corpus from scripts/corpus/generate.py.

    python3 scripts/corpus/score.py OUT_DIR [CORPUS.jsonl]

Prints the B-cubed precision, recall and F1 of the events against the generated ones (ids
"eN-rK") and
the number of events holding reports of more than one generated event; with the corpus
file, the share of planted tolls found as a contradiction between their two values.
"""
import json, sys, collections


def main():
    out = sys.argv[1]
    event_of = {}
    for line in open(f"{out}/reports.jsonl"):
        r = json.loads(line)
        event_of[r["id"]] = r.get("event")
    truth = {rid: rid.split("-")[0] for rid in event_of}
    found = {rid: (e if e is not None else f"alone-{rid}") for rid, e in event_of.items()}
    by_found = collections.defaultdict(set)
    by_truth = collections.defaultdict(set)
    for rid in event_of:
        by_found[found[rid]].add(rid)
        by_truth[truth[rid]].add(rid)
    p = r = 0.0
    for rid in event_of:
        c, t = by_found[found[rid]], by_truth[truth[rid]]
        both = len(c & t)
        p += both / len(c)
        r += both / len(t)
    n = len(event_of)
    p, r = p / n, r / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    mixed = sum(1 for c in by_found.values() if len({truth[x] for x in c}) > 1)
    events = [json.loads(l) for l in open(f"{out}/events.jsonl")]
    tolls = collections.defaultdict(set)
    for e in events:
        for c in e["contradictions"]:
            values = {s["value"].split()[0].replace(",", "") for s in c["sides"]}
            for s in c["sides"]:
                for rid in s["reports"]:
                    tolls[truth[rid]] |= values
    return print_scores(p, r, f1, mixed, tolls, out)


def print_scores(p, r, f1, mixed, tolls, out):
    planted = found = 0
    seen = set()
    corpus = sys.argv[2] if len(sys.argv) > 2 else None
    if corpus:
        for line in open(corpus):
            d = json.loads(line)
            if d.get("planted"):
                planted += 1
                ev = d["id"].split("-")[0]
                if {str(v) for v in d["planted"]} <= tolls.get(ev, set()):
                    found += 1
    print(f"B-cubed precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}; events mixing generated events: {mixed}")
    if corpus:
        print(f"planted contradictions found: {found}/{planted} = {found / max(planted, 1):.3f}")


if __name__ == "__main__":
    main()
