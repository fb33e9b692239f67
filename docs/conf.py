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
# every parameter has a description (pycamunda._docs), so no type-only entries (*args, ...)
autodoc_typehints_description_target = 'documented_params'
autodoc_default_options = {
    'members': True,
    'show-inheritance': True,
    # builder and paging methods from the mixins, and __call__ (what calling returns); not the
    # machinery every request shares (documented once, on pycamunda.base.CamundaRequest)
    'inherited-members': 'Request,CamundaRequest,QueryBodyMixin,Model,Enum,int,str,BaseException,'
                         'object',
    'special-members': '__call__',
    'ignore-module-all': True,
    'exclude-members': 'http_method, path, exclusive, extra_endpoints, engine_name, auth, session, '
                       'timeout, value_filters, answer',
}
autoclass_content = 'both'
suppress_warnings = ['ref.python']
nitpicky = False
exclude_patterns = ['_build']
html_theme = 'furo'
html_title = 'pycamunda'
html_short_title = 'pycamunda'
html_static_path = ['_static']
html_css_files = ['custom.css']
templates_path = []


# the module's endpoint table links every class; a page TOC of hundreds of members would
# also be copied into the navigation of every page
toc_object_entries = False


def setup(app):
    app.add_domain(_generate.cached_python_domain(), override=True)
    app.connect('builder-inited', lambda app: _generate.write_all(HERE))
    app.connect('autodoc-process-docstring', _generate.describe_endpoints)
    app.connect('autodoc-process-docstring', _generate.describe_returns)
    app.connect('autodoc-process-bases', _generate.public_bases)
    app.connect('autodoc-process-signature', _generate.dataclass_signature)
    app.connect('build-finished', _generate.check_complete)
