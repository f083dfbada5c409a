"""The model's closed form as SymPy expressions.

The engine writes the closed form (GiNaC: hidden nodes substituted, like terms collected) at full
precision with placeholder variable names, so that any column name (spaces, operators) survives; SymPy
reads that text back and the placeholders become symbols with the columns' own names. Functions the
closed form names that SymPy lacks are given their definitions.
"""

from typing import List


def _sympy():
    try:
        import sympy
    except ImportError:
        raise ImportError("the SymPy form needs SymPy (Debian: python3-sympy)") from None
    return sympy


def closed_form_equations(search, digits: int = 17) -> List:
    """One sympy.Eq(target, expression) per output of the search's model."""
    sp = _sympy()
    from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

    inputs = search.input_names
    placeholders = [f"__in{i}" for i in range(len(inputs))]
    outputs = [f"__out{o}" for o in range(len(search.target_names))]
    lines = search.closed_form(digits, placeholders, outputs)["console"]
    names = {p: sp.Symbol(name, real=True) for p, name in zip(placeholders, inputs)}
    names.update(
        ln=sp.log,
        logistic=lambda x: 1 / (1 + sp.exp(-x)),
        # Not Max(0, x): lambdify turns Max into numpy.amax, which cannot take arrays of rows.
        relu=lambda x: sp.Piecewise((x, x > 0), (0, True)),
    )
    transformations = standard_transformations + (convert_xor,)
    hidden = {}  # softmax models first define z1, z2, ... and then each output from them
    equations = []
    for line in lines:
        left, right = (side.strip() for side in line.split(" = ", 1))
        if left in outputs and right.startswith("softmax("):
            index = int(right[right.rindex("[") + 1 : -1]) - 1
            z = list(hidden.values())
            expression = sp.exp(z[index]) / sum(sp.exp(zj) for zj in z)
        else:
            expression = parse_expr(right, local_dict=dict(names, **hidden), transformations=transformations)
        if left in outputs:
            target = search.target_names[outputs.index(left)]
            equations.append(sp.Eq(sp.Symbol(target, real=True), expression))
        else:
            hidden[left] = expression
    return equations
