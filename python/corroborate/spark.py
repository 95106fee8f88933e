"""The corpus job on Apache Spark: the same files as `corroborate corpus`, from a cluster.

    python -m corroborate.spark INPUT --out DIR [--master local[*]] [--page corroborate.html]
    spark-submit [options] python/jobs/spark_corpus.py INPUT --out DIR

INPUT is a folder of reports (any format the page reads, in subfolders too) or a JSON-lines
file, one report a line: {"id", "text"} and any of "source", "url", "title", "date". DIR
receives events.jsonl, reports.jsonl and index.html, written as the single-machine command
writes them for the same input.

Spark does the distributed work; the engine does what it does on one machine:

1. the executors read every report and work out its profile (the MinHash signature of its
   words, the people, places and bodies it names) with the engine;
2. candidate pairs come from Spark's own MinHashLSH over the people, places and bodies each
   report names (a name carried by more than a bucket's worth of reports, a country or a
   capital, left out): the engine's rule wants two of them shared;
3. the executors confirm each candidate with the engine's rule (`same_event`), and the
   driver joins confirmed pairs into events;
4. the executors sum up each event with the engine (the fact x source matrix read as
   contradictions with their sides, single-sourced facts, reuse of wording), and the driver
   writes the files.
"""
import argparse
import os
import sys
import time
import zlib

from . import _native

# Features of a report for Spark's MinHashLSH: the names it carries, hashed into a sparse
# vector of this size. Two names sharing a slot only make two reports a candidate; the
# engine's rule decides.
FEATURE_SLOTS = 1 << 22
# Spark's MinHashLSH: OR of this many hash tables. Two reports sharing two of their ten
# names (Jaccard 1/9) collide in at least one with probability 1 - (8/9)**32 ~ 0.98; a pair
# of one event usually shares more, and its event is whole when its reports connect through
# any of its pairs. On the generated 9,828-report benchmark it finds every pair the single
# machine confirms; 64 tables cost twice the time for nothing more there.
HASH_TABLES = 32
# Pairs colliding in a table are kept when their Jaccard distance is under this, that is
# when they share a name at all; the engine's rule decides the rest.
MAX_DISTANCE = 0.999
# Input beyond which the reports' texts are not gathered for the index page's pickers: the
# page carries at most 64 MB of text (the corpus crate's MAX_CARRIED_TEXT), and a corpus
# four times that holds more text than that.
MAX_GATHERED_INPUT = 4 * 64 * 1024 * 1024


def _read_file(item):
    """(index, (id, path)) -> (index, record); reads at most one byte past the limit, so a
    huge file is refused without being loaded."""
    index, (rel, path) = item
    try:
        with open(path, "rb") as f:
            return index, ("file", rel, f.read(_native.MAX_FILE_BYTES + 1))
    except OSError as e:
        # A file that cannot be opened is still a report of the corpus, listed with its reason.
        return index, ("error", rel, f"it could not be read: {e.strerror or e}")


def _records(sc, source, partitions):
    """The corpus as an RDD of (index, record), in corpus order."""
    if os.path.isdir(source):
        files = [(id_, str(path)) for id_, path in _native.corpus_list_files(source)]
        if not files:
            raise SystemExit(f"{source}: it holds no reports")
        return sc.parallelize(list(enumerate(files)), partitions).map(_read_file)
    if not os.path.exists(source) and "://" not in source:
        raise SystemExit(f"{source}: no such file")
    lines = sc.textFile(source, partitions).zipWithIndex()
    return lines.map(lambda li: (li[1], ("line", li[1] + 1, li[0])))


def _profile(item):
    index, record = item
    line, profile = _native.corpus_profile(record)
    return index, (line, profile)


def _slot(name):
    """A name's slot in the feature vector: the same on every executor (Python's own string
    hash is salted per process)."""
    return zlib.crc32(name.encode("utf-8")) % FEATURE_SLOTS


def _phase(name, started):
    """Say on standard error that a phase is done and how long it took."""
    now = time.monotonic()
    sys.stderr.write(f"{name}: done in {now - started:.1f} s\n")
    return now


def run(source, out, spark, page="corroborate.html", partitions=None):
    """Run the corpus job on `spark` (a SparkSession); returns the line to print."""
    started = time.monotonic()
    from pyspark.ml.feature import MinHashLSH
    from pyspark.ml.linalg import SparseVector, VectorUDT
    from pyspark.sql.types import LongType, StructField, StructType

    sc = spark.sparkContext
    # The LSH self-join is left to a shuffle: Spark would otherwise broadcast one side of it
    # to every executor, which runs a small driver out of memory on a large corpus.
    spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "-1")
    partitions = partitions or max(2, sc.defaultParallelism * 4)
    records = _records(sc, source, partitions).persist()
    profiled = records.map(_profile).persist()
    # Reports as the command line numbers them: readable ones only, in corpus order.
    readable = profiled.filter(lambda p: p[1][1] is not None)
    kept = readable.keys().collect()
    kept.sort()
    position = {index: k for k, index in enumerate(kept)}
    b_position = sc.broadcast(position)
    # Each profile is (signature, names).
    profiles = readable.map(lambda p: (b_position.value[p[0]], p[1][1])).persist()
    started = _phase(f"reading: {len(kept)} reports profiled", started)

    # A name carried by more reports than a bucket holds (a country, a capital) is common:
    # it does not count towards one event, as on one machine.
    max_bucket = _native.MAX_BUCKET
    common = set(
        profiles.flatMap(lambda p: [(name, 1) for name in p[1][1]])
        .reduceByKey(lambda a, b: a + b)
        .filter(lambda c: c[1] > max_bucket)
        .keys()
        .collect()
    )
    b_common = sc.broadcast(common)

    # Candidates: Spark's MinHashLSH over the names each report carries. The engine's rule
    # wants two shared names, so a report naming fewer than two is no one's candidate.
    # (Over the wording instead, reports of one kind of story share too many words: in the
    # generated benchmark nearly every pair collided.)
    def features(p):
        slots = sorted({_slot(n) for n in p[1][1] if n not in b_common.value})
        if len(slots) < 2:
            return []
        return [(p[0], SparseVector(FEATURE_SLOTS, slots, [1.0] * len(slots)))]

    schema = StructType(
        [StructField("id", LongType(), False), StructField("features", VectorUDT(), False)]
    )
    vectors = spark.createDataFrame(profiles.flatMap(features), schema).cache()
    lsh = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=HASH_TABLES, seed=7)
    candidates = (
        lsh.fit(vectors)
        .approxSimilarityJoin(vectors, vectors, MAX_DISTANCE, distCol="distance")
        .selectExpr("datasetA.id AS a", "datasetB.id AS b")
        .where("a < b")
        .rdd.map(lambda r: (r.a, r.b))
    )
    if os.environ.get("CORROBORATE_SPARK_TIMINGS"):
        started = _phase(f"candidates: {candidates.count()}", started)

    # Confirmed by the engine's rule, on the executors.
    edges = (
        candidates.join(profiles)
        .map(lambda x: (x[1][0], (x[0], x[1][1])))
        .join(profiles)
        .filter(lambda x: _native.corpus_same_event(x[1][0][1], x[1][1], b_common.value))
        .map(lambda x: (x[1][0][0], x[0]))
        .collect()
    )
    events = _native.corpus_events(len(kept), edges)
    started = _phase(f"grouping: {len(edges)} pairs confirmed, {len(events)} events", started)

    # Each event summed up by the engine on an executor.
    event_of = {kept[k]: e for e, members in enumerate(events) for k in members}
    b_event_of = sc.broadcast(event_of)
    total_text = records.map(lambda r: len(r[1][2])).sum() if event_of else 0
    with_texts = total_text <= MAX_GATHERED_INPUT
    summed = (
        records.filter(lambda r: r[0] in b_event_of.value)
        .map(lambda r: (b_event_of.value[r[0]], (r[0], r[1])))
        .groupByKey(max(1, min(partitions, len(events))))
        .map(
            lambda e: (
                e[0],
                _native.corpus_event(
                    e[0], [rec for _, rec in sorted(e[1], key=lambda x: x[0])], with_texts
                ),
            )
        )
        .collect()
    )
    summed.sort(key=lambda s: s[0])
    started = _phase("comparing events", started)
    texts = {}
    for _, (_, event_texts) in summed:
        texts.update(event_texts)

    reports = profiled.map(lambda p: (p[0], p[1][0])).collect()
    reports.sort(key=lambda r: r[0])
    report_lines = [(line, event_of.get(index)) for index, line in reports]
    _native.corpus_write(out, report_lines, [s[1][0] for s in summed], texts, page)
    records.unpersist()
    profiled.unpersist()
    profiles.unpersist()
    unread = len(reports) - len(kept)
    return (
        f"{len(kept)} reports read ({unread} could not be), {len(events)} events of two or "
        f"more reports, written to {out}\n"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m corroborate.spark",
        description="Group reports by event and sum up each event on Apache Spark: "
        "events.jsonl, reports.jsonl and index.html, as `corroborate corpus` writes them.",
    )
    parser.add_argument("input", help="a folder of reports or a JSON-lines file")
    parser.add_argument("--out", required=True, help="the folder to write into")
    parser.add_argument(
        "--master",
        default=None,
        help="Spark master when not run by spark-submit (default local[*]: every core here)",
    )
    parser.add_argument(
        "--page",
        default="corroborate.html",
        help="where index.html finds Corroborate's page (default: corroborate.html beside it)",
    )
    parser.add_argument("--partitions", type=int, default=None, help="partitions of the reports")
    args = parser.parse_args(argv)
    try:
        import numpy  # noqa: F401  (pyspark's MinHash LSH imports it)
        from pyspark.sql import SparkSession
    except ImportError:
        sys.exit("corroborate.spark needs pyspark with numpy: pip install 'pyspark[ml]'")
    # Local executors run the Python this job runs in, where the package is installed; a
    # cluster names its own (PYSPARK_PYTHON, or the package shipped with --py-files).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("corroborate corpus")
    if args.master or "SPARK_HOME" not in os.environ:
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        sys.stdout.write(run(args.input, args.out, spark, args.page, args.partitions))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
