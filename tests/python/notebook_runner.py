"""Runs the Python code of a document as a notebook would, and prints what a notebook shows.

    python3 notebook_runner.py DOCUMENT OLD_IMPORT NEW_IMPORT OUT.json

The code is every paragraph of the document (blocks between blank lines) that is Python code: it
compiles, and is more than a bare name or number (a heading such as "Example" compiles too). The
line OLD_IMPORT is replaced by NEW_IMPORT, and nothing else is changed. Each paragraph runs as a
notebook cell: a value its last statement leaves is displayed, as its text/plain form. Every display
is written to OUT.json with the engine settings of the estimators in the namespace at that moment,
and at the end the variables X and y, so that a test can repeat the runs with darts-cli.
"""

import ast
import json
import sys


def code_paragraphs(text: str):
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip("\n")
        try:
            tree = ast.parse(paragraph)
        except SyntaxError:
            continue
        bare = len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr) and isinstance(
            tree.body[0].value, (ast.Name, ast.Constant)
        )
        if tree.body and not bare:
            yield paragraph


def plain_text(value) -> str:
    bundle = getattr(value, "_repr_mimebundle_", None)
    if bundle is not None:
        return bundle()["text/plain"]
    return repr(value)


def main(document, old_import, new_import, out_path):
    with open(document, encoding="utf-8") as f:
        cells = list(code_paragraphs(f.read()))
    imports = [cell for cell in cells if old_import in cell.splitlines()]
    if len(imports) != 1:
        sys.exit(f"expected the line '{old_import}' once in the document's code, found it {len(imports)} times")
    cells = [cell.replace(old_import, new_import) for cell in cells]
    namespace = {"__name__": "__main__"}
    displays = []
    for cell in cells:
        tree = ast.parse(cell)
        last = tree.body[-1] if isinstance(tree.body[-1], ast.Expr) else None
        body = ast.Module(body=tree.body[:-1] if last else tree.body, type_ignores=[])
        exec(compile(body, "<cell>", "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
            if value is not None:
                displays.append({"text": plain_text(value), "settings": estimator_settings(namespace)})
    with open(out_path, "w") as f:
        json.dump({"cells": cells, "displays": displays, "X": namespace["X"].tolist(),
                   "y": namespace["y"].tolist()}, f)  # fmt: skip


def estimator_settings(namespace) -> dict:
    from darts_studio import DARTSRegressor
    from darts_studio._estimator_params import engine_settings

    estimators = [v for v in namespace.values() if isinstance(v, DARTSRegressor)]
    return engine_settings(estimators[0].get_params())[0] if len(estimators) == 1 else {}


if __name__ == "__main__":
    main(*sys.argv[1:])
