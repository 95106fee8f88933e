"""The corpus job on Apache Spark, run in local mode, writes the same events, contradictions,
reuse and report list as `corroborate corpus` on one machine, for a JSON-lines file and for
a folder of files, bad reports included.

Needs pyspark and the command line (CORROBORATE_BIN, set by scripts/test); without them the
tests are skipped, unless CORROBORATE_REQUIRE_SPARK is set (scripts/test sets it), when they
fail instead.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GENERATE = os.path.join(ROOT, "scripts", "corpus", "generate.py")
CLI = os.environ.get("CORROBORATE_BIN")
REQUIRED = bool(os.environ.get("CORROBORATE_REQUIRE_SPARK"))

try:
    import pyspark  # noqa: F401

    HAVE_SPARK = True
except ImportError:
    HAVE_SPARK = False

READY = HAVE_SPARK and CLI and os.path.exists(CLI)


def generated_reports(events, path):
    subprocess.run([sys.executable, GENERATE, str(events), path, "--seed", "11"], check=True)
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@unittest.skipUnless(READY or REQUIRED, "needs pyspark and CORROBORATE_BIN")
class SparkWritesWhatOneMachineWrites(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not READY:
            raise AssertionError("pyspark or the command line (CORROBORATE_BIN) is missing")
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        cls.spark = SparkSession.builder.master("local[2]").appName("corroborate test").getOrCreate()
        cls.spark.sparkContext.setLogLevel("ERROR")

    @classmethod
    def tearDownClass(cls):
        if READY:
            cls.spark.stop()

    def both(self, source, tmp):
        from corroborate import spark as job

        one, cluster = os.path.join(tmp, "one"), os.path.join(tmp, "spark")
        subprocess.run(
            [CLI, "corpus", source, "--out", one, "--jobs", "2"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        said = job.run(source, cluster, self.spark, partitions=3)
        self.assertIn("events of two or more reports", said)
        for name in ("events.jsonl", "reports.jsonl", "index.html"):
            with open(os.path.join(one, name), "rb") as a, open(os.path.join(cluster, name), "rb") as b:
                self.assertEqual(a.read(), b.read(), f"{name} differs from the command line's")
        with open(os.path.join(cluster, "events.jsonl"), encoding="utf-8") as f:
            events = [json.loads(line) for line in f]
        with open(os.path.join(cluster, "reports.jsonl"), encoding="utf-8") as f:
            reports = [json.loads(line) for line in f]
        return events, reports

    def test_a_json_lines_corpus_with_bad_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            source = os.path.join(tmp, "day.jsonl")
            reports = generated_reports(12, source)
            with open(source, "a", encoding="utf-8") as f:
                f.write("\n")
                f.write("this line is not JSON\n")
                f.write(json.dumps({"id": "blank", "text": "   "}) + "\n")
            events, listed = self.both(source, tmp)
            # Every generated event comes out whole, with its planted contradiction.
            self.assertEqual(len(events), 12)
            for event in events:
                self.assertEqual(len({r.split("-")[0] for r in event["reports"]}), 1)
                self.assertTrue(event["contradictions"], event["reports"])
            errors = {r["id"]: r["error"] for r in listed if "error" in r}
            self.assertEqual(len(listed), len(reports) + 3)
            self.assertEqual(errors[f"line {len(reports) + 1}"], "the line is empty")
            self.assertIn("not a JSON object", errors[f"line {len(reports) + 2}"])
            self.assertEqual(errors["blank"], "it has no words to compare")

    def test_a_folder_of_files_in_several_formats(self):
        with tempfile.TemporaryDirectory() as tmp:
            reports = generated_reports(4, os.path.join(tmp, "gen.jsonl"))
            folder = os.path.join(tmp, "in")
            os.makedirs(os.path.join(folder, "later", ".cache"))
            for k, r in enumerate(reports):
                sub = "later" if k % 3 == 0 else ""
                if k % 4 == 1:
                    body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n\n"))
                    html = f"<html><head><title>x</title></head><body><article>{body}</article></body></html>"
                    with open(os.path.join(folder, sub, r["id"] + ".html"), "w", encoding="utf-8") as f:
                        f.write(html)
                else:
                    with open(os.path.join(folder, sub, r["id"] + ".txt"), "w", encoding="utf-8") as f:
                        f.write(r["text"])
            with open(os.path.join(folder, "empty.txt"), "w") as f:
                pass
            with open(os.path.join(folder, "photo.jpg"), "wb") as f:
                f.write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
            with open(os.path.join(folder, "later", ".cache", "x.txt"), "w") as f:
                f.write("hidden folders are not read")
            events, listed = self.both(folder, tmp)
            self.assertEqual(len(events), 4)
            ids = [r["id"] for r in listed]
            self.assertFalse(any(".cache" in i for i in ids))
            errors = {r["id"] for r in listed if "error" in r}
            self.assertEqual(errors, {"empty.txt", "photo.jpg"})


if __name__ == "__main__":
    unittest.main()
