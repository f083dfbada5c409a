"""What a fitted estimator tells: model_repr as the reference writes it, equations, LaTeX, the closed
form and its SymPy form, the graph (DOT and SVG), names from DataFrames, several targets."""

import re

import numpy as np
import pandas as pd
import pytest
import sympy

from darts_studio import DARTSRegressor, ModelGraph, load_example


@pytest.fixture(scope="module")
def seed_model():
    X, y, params = load_example("seed")
    return DARTSRegressor(**dict(params, max_epochs=60, num_graph_nodes=2)).fit(X, y), X, y


def test_model_repr_as_the_reference_writes_it(seed_model):
    estimator, X, y = seed_model
    text = estimator.model_repr()
    lines = text.splitlines()
    assert lines[0] == "Model:" and lines[1].startswith("k1 = ") and lines[2].startswith("k2 = ")
    assert lines[-1].startswith("y = ")
    assert re.search(r"\d+\.\d\d\b", text) and not re.search(r"\d+\.\d{3}", text)  # two decimals
    assert re.search(r"\d+\.\d{4}\b", estimator.model_repr(decimals_to_display=4))
    relabelled = estimator.model_repr(input_labels=["a", "b"], output_labels=["out"])
    assert "x1" not in relabelled and "out = " in relabelled
    latex = estimator.model_repr(output_format="latex")
    assert "k_{1}" in latex
    assert estimator.model_repr(output_function_label="f").splitlines()[-1].startswith("y = f(")
    with pytest.raises(ValueError, match="output_format"):
        estimator.model_repr(output_format="html")


def test_equations_latex_and_closed_form(seed_model):
    estimator, X, y = seed_model
    assert estimator.equations()[0].startswith("k1 = ")
    assert all(line.count("=") == 1 for line in estimator.latex())
    closed = estimator.closed_form()
    assert len(closed) == 1 and closed[0].startswith("y = ") and "k1" not in closed[0]
    assert estimator.closed_form(latex=True)[0].startswith("y = ")


def test_the_sympy_form_computes_the_models_predictions(seed_model):
    estimator, X, y = seed_model
    (equation,) = estimator.sympy()
    assert isinstance(equation, sympy.Eq) and equation.lhs == sympy.Symbol("y", real=True)
    f = sympy.lambdify([sympy.Symbol("x1", real=True), sympy.Symbol("x2", real=True)], equation.rhs, "numpy")
    np.testing.assert_allclose(f(X["x1"].to_numpy(), X["x2"].to_numpy()), estimator.predict(X), rtol=1e-6, atol=1e-6)


def test_column_names_with_any_characters_and_every_output_function():
    rng = np.random.default_rng(3)
    X = pd.DataFrame(rng.uniform(0.2, 1.0, size=(80, 2)), columns=["speed (m/s)", "2 load"])
    y = pd.Series(1 / (1 + np.exp(-(X.iloc[:, 0] - X.iloc[:, 1]))), name="share")
    estimator = DARTSRegressor(primitives=["add", "subtract", "logistic", "relu", "linear"], output_type="sigmoid",
                               num_graph_nodes=2, max_epochs=30).fit(X, y)  # fmt: skip
    assert estimator.equations()[-1].startswith("share = logistic(")
    assert "speed (m/s)" in estimator.equations()[0]
    (equation,) = estimator.sympy()
    symbols = [sympy.Symbol("speed (m/s)", real=True), sympy.Symbol("2 load", real=True)]
    f = sympy.lambdify(symbols, equation.rhs, "numpy")
    np.testing.assert_allclose(f(X.iloc[:, 0].to_numpy(), X.iloc[:, 1].to_numpy()), estimator.predict(X), rtol=1e-6)


def test_several_targets_and_a_softmax_output():
    rng = np.random.default_rng(4)
    X = rng.uniform(0, 1, size=(80, 2))
    Y = np.column_stack([X[:, 0], 1 - X[:, 0]])
    Y = Y / Y.sum(axis=1, keepdims=True)
    estimator = DARTSRegressor(output_type="probability_distribution", num_graph_nodes=1, max_epochs=20).fit(X, Y)
    assert estimator.predict(X).shape == (80, 2)
    assert [e.lhs.name for e in estimator.sympy()] == ["y1", "y2"]
    f = sympy.lambdify([sympy.Symbol("x1", real=True), sympy.Symbol("x2", real=True)],
                       [e.rhs for e in estimator.sympy()], "numpy")  # fmt: skip
    np.testing.assert_allclose(np.column_stack(np.broadcast_arrays(*f(X[:, 0], X[:, 1]))), estimator.predict(X),
                               rtol=1e-6)  # fmt: skip


def test_predict_takes_a_dataframes_columns_by_name(seed_model):
    estimator, X, y = seed_model
    reordered = X[["x2", "x1"]]
    np.testing.assert_array_equal(estimator.predict(reordered), estimator.predict(X))
    np.testing.assert_array_equal(estimator.predict(X.to_numpy()), estimator.predict(X))
    assert list(estimator.feature_names_in_) == ["x1", "x2"] and estimator.n_features_in_ == 2


def test_the_graph_as_dot_and_svg(seed_model, tmp_path):
    estimator, X, y = seed_model
    graph = estimator.visualize_model()
    assert isinstance(graph, ModelGraph) and graph.source.startswith("digraph")
    svg = graph.svg()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and ">x1<" in svg
    assert graph.pipe("svg").startswith(b"<?xml") and graph.pipe("dot", encoding="utf-8") == graph.source
    assert set(graph._repr_mimebundle_()) == {"image/svg+xml", "text/plain"}
    assert open(graph.save(str(tmp_path / "model.svg"))).read() == svg
    assert open(graph.save(str(tmp_path / "model.dot"))).read() == graph.source
    assert graph.render(str(tmp_path / "model")).endswith("model.svg")
    with pytest.raises(ValueError, match="svg, dot or gv"):
        graph.save(str(tmp_path / "model.png"))
    assert ">speed<" in estimator.visualize_model(input_labels=["speed", "load"]).svg()


def test_the_network_and_the_model_as_attributes(seed_model):
    estimator, X, y = seed_model
    network = estimator.network_
    assert network.alphas_normal.shape == (5, len(estimator.primitives))
    assert network.arch_parameters()[0].detach().numpy() is network.alphas_normal
    edges = estimator.model_
    assert [e["node"] for e in edges] == ["k1", "k1", "k2", "k2", "k2"]
    assert edges[0]["primitive"] in estimator.primitives
    assert abs(sum(edges[0]["weights"].values()) - 1) < 1e-12
    assert not hasattr(DARTSRegressor(), "model_") and not hasattr(DARTSRegressor(), "network_")
