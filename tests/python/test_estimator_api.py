"""The estimator's parameters (the reference's names and defaults, the engine's other settings, ours),
presets, and the errors bad parameters and bad data give (darts-cli's words)."""

import inspect

import numpy as np
import pandas as pd
import pytest

import darts_studio
from darts_studio import DARTSRegressor, DARTSType, OutputType, _core

from conftest import cli

# The reference DARTSRegressor's constructor, in its order, with its defaults (autora-theorist-darts).
REFERENCE_DEFAULTS = {
    "batch_size": 64,
    "num_graph_nodes": 2,
    "output_type": "real",
    "classifier_weight_decay": 1e-2,
    "darts_type": "original",
    "init_weights_function": None,
    "param_updates_per_epoch": 10,
    "param_updates_for_sampled_model": 100,
    "param_learning_rate_max": 2.5e-2,
    "param_learning_rate_min": 0.01,
    "param_momentum": 9e-1,
    "param_weight_decay": 3e-4,
    "arch_updates_per_epoch": 1,
    "arch_learning_rate_max": 3e-3,
    "arch_weight_decay": 1e-4,
    "arch_weight_decay_df": 3e-4,
    "arch_weight_decay_base": 0.0,
    "arch_momentum": 9e-1,
    "fair_darts_loss_weight": 1,
    "max_epochs": 10,
    "grad_clip": 5,
    "primitives": ("none", "add", "subtract", "linear", "linear_logistic", "mult", "linear_relu"),
    "train_classifier_coefficients": False,
    "train_classifier_bias": False,
    "execution_monitor": None,  # a function that does nothing
    "sampling_strategy": "max",
}

QUICK = dict(num_graph_nodes=1, max_epochs=3, param_updates_per_epoch=5, param_updates_for_sampled_model=20)


def test_the_reference_parameters_come_first_with_its_defaults():
    names = list(inspect.signature(DARTSRegressor).parameters)
    assert names[: len(REFERENCE_DEFAULTS)] == list(REFERENCE_DEFAULTS)
    params = DARTSRegressor().get_params()
    for name, default in REFERENCE_DEFAULTS.items():
        if name == "execution_monitor":
            assert callable(params[name]) and params[name](epoch=0) is None
        else:
            assert params[name] == default, name
    assert darts_studio.PRIMITIVES == REFERENCE_DEFAULTS["primitives"]


def test_every_engine_setting_is_a_parameter_with_the_engine_default():
    params = DARTSRegressor().get_params()
    for field in _core.config_fields():
        assert field["name"] in params
        value = params[field["name"]]
        text = ",".join(value) if isinstance(value, tuple) else str(value).lower() if isinstance(value, bool) else str(value)
        assert _core.setting_problem(field["name"], text) is None
        assert float(text) == float(field["default"]) if field["kind"] in ("real", "integer") else True


def test_our_parameters_and_their_defaults():
    params = DARTSRegressor().get_params()
    expected = dict(seed=0, polish=True, validation_share=0.0, validation_seed=0, restarts=1, jobs=None,
                    select=None, preset=None, progress_bar=True)  # fmt: skip
    assert {name: params[name] for name in expected} == expected
    assert "seed" in DARTSRegressor.__doc__ and "Levenberg-Marquardt" in DARTSRegressor.__doc__


def test_parameters_by_position_and_by_name():
    estimator = DARTSRegressor(32, 3, max_epochs=7)
    assert (estimator.batch_size, estimator.num_graph_nodes, estimator.max_epochs) == (32, 3, 7)
    with pytest.raises(TypeError):
        DARTSRegressor(no_such_parameter=1)
    with pytest.raises(ValueError):
        DARTSRegressor().set_params(no_such_parameter=1)
    assert DARTSRegressor().set_params(max_epochs=0).max_epochs == 0


def test_enums_and_their_strings_give_the_same_search(small_data):
    X, y = small_data
    by_enum = DARTSRegressor(darts_type=DARTSType.FAIR, output_type=OutputType.REAL, **QUICK).fit(X, y)
    by_text = DARTSRegressor(darts_type="fair", output_type="real", **QUICK).fit(X, y)
    assert by_enum.equations() == by_text.equations()


def cli_message(*options) -> str:
    run = cli("fit", "--example", "seed", "--quiet", *options, check=False)
    assert run.returncode == 2
    assert run.stderr.startswith("darts-cli: ")
    return run.stderr[len("darts-cli: ") :].strip()


@pytest.mark.parametrize(
    "params, error, options",
    [
        (dict(primitives=["add", "doesnt_exist"]), NotImplementedError, ["--primitives", "add,doesnt_exist"]),
        (dict(output_type="class"), NotImplementedError, ["--output-type", "class"]),
        (dict(output_type=OutputType.CLASS), NotImplementedError, ["--output-type", "class"]),
        (dict(num_graph_nodes="two"), TypeError, ["--num-graph-nodes", "two"]),
        (dict(max_epochs=2.5), TypeError, ["--max-epochs", "2.5"]),
        (dict(polish="yes please"), TypeError, ["--polish", "yes please"]),
        (dict(sampling_strategy="best"), ValueError, ["--sampling-strategy", "best"]),
        (dict(num_graph_nodes=0), ValueError, ["--num-graph-nodes", "0"]),
        (dict(batch_size=-5), ValueError, ["--batch-size", "-5"]),
        (dict(arch_learning_rate_max=float("inf")), ValueError, ["--arch-learning-rate-max", "inf"]),
    ],
)
def test_bad_settings_raise_with_the_words_of_darts_cli(small_data, params, error, options):
    X, y = small_data
    with pytest.raises(error) as raised:
        DARTSRegressor(**params).fit(X, y)
    assert str(raised.value) == cli_message(*options)


def test_unsupported_init_weights_function_is_refused(small_data):
    with pytest.raises(NotImplementedError, match="init_weights_function"):
        DARTSRegressor(init_weights_function=lambda module: None).fit(*small_data)


def test_bad_data_raise_value_errors_in_the_engine_words(small_data):
    X, y = small_data
    X = X.copy()
    X[2, 1] = np.nan
    with pytest.raises(ValueError) as raised:
        DARTSRegressor(**QUICK).fit(X, y)
    assert str(raised.value) == (
        "the data must be finite numbers, but input column 'x2', row 3 is NaN (missing): "
        "remove that row or choose other columns"
    )
    y_inf = small_data[1].copy()
    y_inf[4] = np.inf
    with pytest.raises(ValueError, match="target column 'y', row 5 is infinite"):
        DARTSRegressor(**QUICK).fit(small_data[0], y_inf)
    with pytest.raises(ValueError, match="^inputs and targets have different numbers of rows$"):
        DARTSRegressor(**QUICK).fit(small_data[0], small_data[1][:-1])
    with pytest.raises(ValueError, match="^the data set has no rows$"):
        DARTSRegressor(**QUICK).fit(np.empty((0, 2)), np.empty(0))
    with pytest.raises(ValueError, match="requires y to be passed"):
        DARTSRegressor(**QUICK).fit(small_data[0], None)
    with pytest.raises(ValueError, match="could not convert string to float"):
        DARTSRegressor(**QUICK).fit([["a", "b"]], [1.0])
    frame = pd.DataFrame(small_data[0], columns=["a", "a"])
    with pytest.raises(ValueError, match="repeated names"):
        DARTSRegressor(**QUICK).fit(frame, y)


def test_predict_checks_its_input(small_data):
    X, y = small_data
    estimator = DARTSRegressor(**QUICK).fit(X, y)
    with pytest.raises(ValueError, match="X has 3 features, but DARTSRegressor is expecting 2"):
        estimator.predict(np.ones((4, 3)))
    with pytest.raises(ValueError):
        estimator.predict(X[0])  # 1-D


def preset_named(name):
    return next(p for p in darts_studio.presets() if p["name"] == name)


def test_a_preset_gives_its_settings_and_restarts_unless_a_parameter_says_otherwise(small_data):
    X, y = small_data
    discovery = preset_named("discovery")
    quick = dict(QUICK, jobs=2)
    with_preset = DARTSRegressor(preset="discovery", **quick).fit(X, y)
    assert len(with_preset.starts_) == discovery["restarts"]
    # The same search with the preset's settings given one by one.
    by_hand = {name: darts_studio._estimator_params.python_value(name, text) for name, text in discovery["settings"].items()}
    explicit = DARTSRegressor(**{**by_hand, **quick, "restarts": discovery["restarts"]}).fit(X, y)
    assert with_preset.equations() == explicit.equations()
    assert with_preset.starts_ == explicit.starts_
    # A parameter that differs from its default wins over the preset; restarts too.
    own = DARTSRegressor(preset="discovery", restarts=2, validation_share=0.3, **quick).fit(X, y)
    assert len(own.starts_) == 2
    assert own.scores()["held_out_rows"] == round(0.3 * len(X))
    # A parameter at its default takes the preset's value (the documented rule).
    at_default = DARTSRegressor(preset="discovery", validation_share=0.0, restarts=1, **quick).fit(X, y)
    assert at_default.scores()["held_out_rows"] == round(float(discovery["settings"].get("validation_share", 0)) * len(X))


def test_an_unknown_preset_is_named_with_the_presets(small_data):
    with pytest.raises(ValueError, match="unknown preset 'fastest'; the presets are: discovery"):
        DARTSRegressor(preset="fastest", **QUICK).fit(*small_data)


def test_multi_start_checks_its_selection(small_data):
    X, y = small_data
    with pytest.raises(ValueError, match="needs held-out rows"):
        DARTSRegressor(restarts=2, select="validation", **QUICK).fit(X, y)
    with pytest.raises(ValueError, match="select"):
        DARTSRegressor(restarts=2, select="best", **QUICK).fit(X, y)
    with pytest.raises(ValueError, match="jobs"):
        DARTSRegressor(restarts=2, jobs=0, **QUICK).fit(X, y)
    with pytest.raises(ValueError, match="restarts"):
        DARTSRegressor(restarts=0, **QUICK).fit(X, y)
