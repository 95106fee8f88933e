"""The Python package as a researcher uses it: the same structure as the CLI's JSON."""
import unittest

import corroborate

LEFT = "Floods in the Varnia valley killed 40 people on Sunday, Governor Ana Kovac said.\n\nRescue teams reached the upper villages by boat."
RIGHT = "Rescue teams reached the upper villages by boat.\n\nFloods in the Varnia valley killed 45 people on Sunday, Governor Ana Kovac said."


class CompareTest(unittest.TestCase):
    def test_a_contradicted_toll_and_moved_sentences(self):
        result = corroborate.compare(LEFT, RIGHT)
        for key in ("left", "right", "similarity", "alignment", "verbatim", "facts", "conflicts", "summary"):
            self.assertIn(key, result)
        self.assertEqual([(c["left"], c["right"]) for c in result["conflicts"]], [("40 people", "45 people")])
        self.assertTrue(any(row["moved"] for row in result["alignment"]))

    def test_a_report_with_itself_is_all_shared(self):
        result = corroborate.compare(LEFT, LEFT)
        self.assertEqual(result["similarity"], 1.0)
        self.assertEqual(result["conflicts"], [])


class WordMatchTest(unittest.TestCase):
    def test_options_say_what_counts_as_a_word_change(self):
        left = "The Ministry counted 1,000 ballots on Monday."
        right = "The ministry counted 1000 ballots on Monday."

        def changed(**options):
            c = corroborate.compare(left, right, **options)
            row = c["alignment"][0]
            raw = left.encode()
            return [raw[s["span"][0]:s["span"][1]].decode() for s in row["left_diff"] if s["tag"] == "changed"], c

        words, c = changed()
        self.assertEqual(words, ["Ministry", "1,000"])
        self.assertEqual(c["word_match"]["quotes_alike"], True)
        words, c = changed(ignore_case=True, ignore_number_format=True)
        self.assertEqual(words, [])
        self.assertEqual(c["similarity"], 1.0)
        self.assertTrue(c["word_match"]["ignore_case"])


class ReadTest(unittest.TestCase):
    def test_a_web_page_gives_its_article(self):
        page = b"<html><body><nav>Home | World</nav><article><h1>Floods hit Varnia</h1><p>Floods killed 40 people on Sunday.</p></article></body></html>"
        report = corroborate.read(page, "floods.html")
        self.assertIn("Floods killed 40 people", report["text"])
        self.assertGreater(report["words"], 0)

    def test_bytes_that_are_no_report_raise_naming_the_file(self):
        with self.assertRaises(ValueError) as caught:
            corroborate.read(b"\x00\x01\x02" * 100, "photo.jpg")
        self.assertIn("photo.jpg", str(caught.exception))


class MatrixTest(unittest.TestCase):
    def test_three_reports_have_one_column_each(self):
        m = corroborate.matrix([LEFT, RIGHT, LEFT], names=["a", "b", "c"])
        self.assertEqual(m["reports"], ["a", "b", "c"])
        self.assertTrue(any(row["label"] == "Ana Kovac" and row["present"] == 3 for row in m["rows"]))

    def test_one_report_is_refused(self):
        with self.assertRaises(ValueError):
            corroborate.matrix([LEFT])


if __name__ == "__main__":
    unittest.main()
