"""Sphinx configuration. The API reference and the endpoint index are generated from the code
at every build (``_generate.py``), so a module or class cannot be left out of them."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import _generate  # noqa: E402

project = 'pycamunda'
author = 'the pycamunda developers'
copyright = '2026, the pycamunda developers'
release = '0.7.0'

extensions = ['sphinx.ext.autodoc', 'sphinx.ext.viewcode']
autodoc_member_order = 'bysource'
autodoc_typehints = 'description'
autodoc_default_options = {
    'members': True,
    'show-inheritance': True,
    'ignore-module-all': True,
    'exclude-members': 'http_method, path, exclusive, extra_endpoints, engine_name, auth, session, '
                       'timeout, value_filters, answer',
}
autoclass_content = 'both'
suppress_warnings = ['ref.python']
nitpicky = False
exclude_patterns = ['_build']
html_theme = 'alabaster'
html_theme_options = {
    'description': 'A Python client for the Camunda 7 REST API',
    'fixed_sidebar': True,
    'page_width': '1240px',
    'sidebar_width': '230px',
    'show_relbars': True,
}
html_static_path = ['_static']
templates_path = []


def setup(app):
    app.connect('builder-inited', lambda app: _generate.write_all(HERE))
    app.connect('autodoc-process-docstring', _generate.describe_endpoints)
    app.connect('build-finished', _generate.check_complete)
