"""The web and testing guides show only named parts of files the suite runs: at most 30
lines, 88 columns wide."""
import re
import types
from pathlib import Path

import pytest
from sphinx.directives.code import LiteralIncludeReader

ROOT = Path(__file__).resolve().parents[3]
GUIDES = [ROOT / 'docs' / 'guide' / 'web.rst', ROOT / 'docs' / 'guide' / 'testing.rst']
#: Where the files the guides include are run: the test that runs each.
RUN_BY = {
    'examples/flask_app.py': 'tests/integration/examples/test_flask_app.py',
    'tests/integration/examples/test_flask_app.py': 'tests/integration/examples/test_flask_app.py',
    'examples/django_site/': 'tests/integration/examples/test_django_site.py',
    'examples/testing/': 'tests/integration/examples/test_testing_examples.py',
}
DIRECTIVE = re.compile(r'^\.\. (literalinclude|code-block|code)::\s*(\S*)\n((?:   .*\n)*)',
                       re.MULTILINE)


def includes():
    for guide in GUIDES:
        for kind, target, body in DIRECTIVE.findall(guide.read_text()):
            options = dict(re.findall(r'^   :([\w-]+):\s*(.*)$', body, re.MULTILINE))
            name = options.get('pyobject') or options.get('start-after') or target
            yield pytest.param(guide, kind, target, options, id=f'{guide.stem}:{name}')


@pytest.mark.parametrize('guide, kind, target, options', list(includes()))
def test_each_block_is_a_named_part_of_a_file_the_suite_runs(guide, kind, target, options):
    assert kind == 'literalinclude', f'{guide.name}: a code block not taken from a tested file'
    assert {'pyobject', 'start-after'} & set(options), f'{target}: include a named part'
    path = (guide.parent / target).resolve()
    relative = path.relative_to(ROOT).as_posix()
    runner = next(test for prefix, test in RUN_BY.items() if relative.startswith(prefix))
    assert (ROOT / runner).is_file()
    config = types.SimpleNamespace(source_encoding='utf-8-sig')
    text, _ = LiteralIncludeReader(str(path), options, config).read()
    assert text.strip(), f'{relative} {options}: nothing included'
    assert len(text.splitlines()) <= 30, f'{relative} {options}: more than 30 lines'
    long = [line for line in text.splitlines() if len(line) > 88]
    assert not long, f'{relative} {options}: lines over 88 characters: {long}'
