"""The corpus job's entry point for spark-submit, which runs a file rather than a module:

    spark-submit [options] python/jobs/spark_corpus.py INPUT --out DIR [--page PAGE]

It lives outside the package's folder so that the installed package, with its native half,
is the one imported. The executors need the `corroborate` package installed (see the README: a packed virtual
environment shipped with --archives).
"""
from corroborate.spark import main

if __name__ == "__main__":
    main()
