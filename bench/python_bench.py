"""The Python module's speed against darts-cli: the classic runs (the seed example with the seed
document's settings, Weber-Fechner with its example's), each timed several times through
DARTSRegressor.fit and through darts-cli fit, with the same data, settings and seed (they find the
same model, which is checked). Prints the medians and the binding's overhead.

    python3 bench/python_bench.py [--build build] [--runs 5]

The Python time is the whole fit() call (checking and converting the data, building the search,
running it on its thread, collecting the result); darts-cli's is the search it reports (fit_seconds).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

# The reference's figures (autora-theorist-darts on PyTorch 1.13, a 2-core machine like this one).
REFERENCE_SECONDS = {"seed": 0.28, "weber-fechner": 709.0}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build", help="the build folder (default: build)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default: 5)")
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.build, "python"))
    from darts_studio import DARTSRegressor, load_example

    cli = os.path.join(args.build, "src", "cli", "darts-cli")
    print(f"{'run':<15}{'python fit':>12}{'darts-cli':>12}{'overhead':>10}{'reference':>11}   (medians of {args.runs})")
    for example in ("seed", "weber-fechner"):
        X, y, params = load_example(example)
        python_times, cli_times = [], []
        for run in range(args.runs):
            # Alternating, so that a change in the machine's load hits both alike.
            estimator = DARTSRegressor(**params, seed=run, progress_bar=False)
            started = time.perf_counter()
            estimator.fit(X, y)
            python_times.append(time.perf_counter() - started)
            report = json.loads(subprocess.run([cli, "fit", "--example", example, "--seed", str(run), "--json", "--quiet"],
                                               capture_output=True, text=True, check=True).stdout)  # fmt: skip
            cli_times.append(report["fit_seconds"])
            if report["equations"] != estimator.equations():
                sys.exit(f"{example}, seed {run}: Python and darts-cli found different models")
        python_median, cli_median = statistics.median(python_times), statistics.median(cli_times)
        print(f"{example:<15}{python_median:>10.3f} s{cli_median:>10.3f} s{100 * (python_median / cli_median - 1):>9.1f}%"
              f"{REFERENCE_SECONDS[example]:>9.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
