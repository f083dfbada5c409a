#!/usr/bin/env bash
# Installs the Debian 12 packages that DARTS Studio is built and tested with,
# only those missing, so that running it again costs nothing.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libeigen3-dev       # the search's linear algebra
  qt6-base-dev        # Qt Widgets for the window, Qt Test for the test suite
  libqcustomplot-dev  # the plots (its Qt 6 build)
  qt6-svg-dev         # SVG export of the plots and the graph (QSvgGenerator)
  qt6-tools-dev qt6-l10n-tools  # qt_add_translations: lupdate and lrelease
  qt6-translations-l10n         # Qt's own dialogs in the user's language
  libgraphviz-dev     # graph layout, in-process (libgvc, libcgraph)
  libginac-dev        # the closed form's algebra (substitution, simplification, printing)
  fonts-dejavu-core   # text in headless window tests and screenshots
  python3-numpy       # runs the exported Python models in the tests; the Python module's arrays
  python3-dev python3-pybind11  # the Python module darts_studio (a C++ extension, src/python)
  python3-sklearn     # the module's estimator base classes, and its scikit-learn compatibility tests
  python3-pytest python3-pandas python3-sympy python3-matplotlib  # the module's tests (tests/python)
  dpkg-dev            # the .deb's dependencies (dpkg-shlibdeps, run by CPack)
  desktop-file-utils  # desktop-file-validate, in packaging/check-package.sh
  appstream           # appstreamcli validate, in packaging/check-package.sh
  shared-mime-info    # update-mime-database: the session MIME type, in packaging/check-package.sh
  libglib2.0-bin      # gio: what type a desktop sees a session as, in packaging/check-package.sh
  slurm-wlm munge     # test_slurm: a single-node SLURM runs darts-cli sweep --slurm's job array
)

exec bash "$(dirname "$0")/install-missing.sh" "${packages[@]}"
