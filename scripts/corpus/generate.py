#!/usr/bin/env python3
"""Write a synthetic corpus for `corroborate corpus`: EVENTS events of several reports each,
one JSON line per report, from this project's own sentence templates and invented names.

    python3 scripts/corpus/generate.py EVENTS OUT.jsonl [--seed N]

Each event has its own invented place, people and body, a kind (flood, fire, vote, strike,
trial, summit) and figures. Its reports tell it with sentences drawn from that kind's
templates in their own order, with spelling variants of the names, and one report gives the
toll one lower than the others: a planted contradiction. Report ids are "eN-rK", so the
generated event of each report is known when scoring (scripts/corpus/score.py).
"""
import argparse, json, random

SYL = ["ka", "ro", "ve", "lin", "mar", "to", "sel", "dra", "ni", "bor", "tav", "que", "hal",
       "mi", "zen", "ost", "ri", "pel", "gan", "ul", "vas", "ter", "lo", "cha", "bri", "dun"]

KINDS = {
    "flood": ("Floods", "killed", "people", "homes were flooded", "rescue teams"),
    "fire": ("A fire", "killed", "people", "buildings burned", "firefighters"),
    "vote": ("The vote", "gave", "seats", "ballots were counted", "election officials"),
    "strike": ("The strike", "involved", "workers", "factories stopped", "union leaders"),
    "trial": ("The trial", "heard", "witnesses", "charges were read", "lawyers"),
    "summit": ("The summit", "drew", "delegates", "statements were signed", "diplomats"),
}

TEMPLATES = [
    "{what} in {place} {verb} {toll} {noun} on {day}, {person} said.",
    "{person}, the {role} of {body}, told reporters that {toll} {noun} were counted by {day}.",
    "According to {body}, {extra} {fact} across the {place} region.",
    "{helpers} from {town} reached {place} early on {day} and worked through the night.",
    "\"We have never seen anything like this in {place},\" said {other}, who lives near the river.",
    "{body} said it would publish a full account of what happened in {place} next week.",
    "Officials in {town} said {extra} more {noun} were expected to be counted.",
    "{person} visited {town} and met {other} to discuss the response.",
    "The {role} of {body}, {person}, called for calm and asked residents to stay indoors.",
    "Local radio in {town} reported that {fact} in several districts.",
    "{other} said the authorities in {place} had been warned months ago.",
    "By {day} evening, {helpers} said the situation in {place} was under control.",
    "Neighbours in {town} opened their homes, and {body} set up shelters in schools.",
    "{what} was the worst in {place} for decades, {other} said.",
    "Questions remain about the response of {body}, critics in {town} said.",
    "The figures from {body} could not be checked independently.",
    "{person} promised that {body} would help every family in {place}.",
    "Roads between {town} and {place} were closed for most of {day}.",
]
ROLES = ["head", "spokesperson", "chair", "director", "governor"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def word(rng, n):
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def variant(rng, name):
    # A transliteration variant: a doubled letter, y for i, or as written.
    r = rng.random()
    if r < 0.2 and "i" in name:
        return name.replace("i", "y", 1)
    if r < 0.35:
        return name + name[-1] if name[-1].isalpha() else name
    return name


def report(rng, e, k, toll):
    heads = [f"{e['what']} in {e['place']}", f"{e['place']}: {e['what'].lower()} leaves many questions",
             f"{toll} {e['noun']} in {e['place']}"]
    lines = [rng.choice(heads)]
    sents = []
    for t in rng.sample(TEMPLATES, 14) * 3:
        person = f"{e['first']} {variant(rng, e['last'])}"
        sents.append(t.format(what=e["what"], place=e["place"], verb=e["verb"], toll=toll,
                              noun=e["noun"], day=e["day"], person=person, role=e["role"],
                              body=e["body"], extra=rng.randint(2, 90), fact=e["fact"],
                              helpers=e["helpers"].capitalize(), town=e["town"], other=e["other"]))
    rng.shuffle(sents)
    para = []
    for s in sents:
        para.append(s)
        if len(para) == 3:
            lines.append(" ".join(para))
            para = []
    if para:
        lines.append(" ".join(para))
    return "\n\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w") as out:
        for n in range(a.events):
            kind = rng.choice(list(KINDS))
            what, verb, noun, fact, helpers = KINDS[kind]
            e = dict(what=what, verb=verb, noun=noun, fact=fact, helpers=helpers,
                     place=word(rng, 3), town=word(rng, 2) + "ville", body=f"the {word(rng, 2)} Agency",
                     first=word(rng, 2), last=word(rng, 3), other=f"{word(rng, 2)} {word(rng, 3)}",
                     role=rng.choice(ROLES), day=rng.choice(DAYS), toll=rng.randint(12, 900))
            reports = rng.randint(2, 6)
            planted = rng.randrange(reports)
            for k in range(reports):
                toll = e["toll"] - 1 if k == planted else e["toll"]
                text = report(rng, e, k, toll)
                out.write(json.dumps({"id": f"e{n}-r{k}", "text": text,
                                      "planted": [e["toll"], e["toll"] - 1] if k == planted else None}) + "\n")


if __name__ == "__main__":
    main()
