"""The corpus job's entry point for spark-submit, which runs a file rather than a module:

    spark-submit [options] python/spark_job.py INPUT --out DIR [--page PAGE]

The executors need the `corroborate` package installed (see the README: a packed virtual
environment shipped with --archives).
"""
from corroborate.spark import main

if __name__ == "__main__":
    main()
