"""Every code snippet in the guides is a named part of a tested example (issue 19): a
``literalinclude`` of a file under ``examples/`` (or of the example tests that run them) with
``:pyobject:`` or start/end markers, short, and no line wider than the page shows (88
characters)."""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / 'docs'
WIDTH = 88
MOST_LINES = 30
#: Where included files live: the examples (each run by tests/integration/examples) and the
#: example tests themselves.
TESTED = ('examples/', 'tests/integration/examples/')
DIRECTIVE = re.compile(r'^\.\. literalinclude:: (\S+)\n((?:[ \t]+:[\w-]+:.*\n)*)', re.MULTILINE)


def includes():
    for page in sorted(DOCS.rglob('*.rst')):
        if '_build' in page.parts or page.parent.name == 'api':
            continue
        for match in DIRECTIVE.finditer(page.read_text()):
            pairs = re.findall(r':([\w-]+):[ \t]*(.*)', match.group(2))
            options = dict(pairs)
            assert len(options) == len(pairs), f'{page.name}: an option twice in {match.group(0)}'
            yield pytest.param(page, (page.parent / match.group(1)).resolve(), options,
                               id=f'{page.relative_to(DOCS)}:{match.group(1)}'
                                  f'[{options.get("pyobject") or options.get("start-after")}]')


def snippet(path, options):
    text = path.read_text()
    if 'pyobject' in options:
        node = ast.parse(text)
        for part in options['pyobject'].split('.'):
            node = next(n for n in ast.iter_child_nodes(node) if getattr(n, 'name', None) == part)
        first = min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', [])])
        return text.splitlines()[first - 1:node.end_lineno]
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if options['start-after'] in line) + 1
    end = next((i for i, line in enumerate(lines[start:], start)
                if 'end-before' in options and options['end-before'] in line), len(lines))
    return lines[start:end]


@pytest.mark.parametrize('page, path, options', list(includes()))
def test_snippet_is_a_named_part_of_a_tested_example(page, path, options):
    relative = path.relative_to(ROOT).as_posix()
    assert path.suffix == '.py' and relative.startswith(TESTED), path
    assert 'pyobject' in options or 'start-after' in options, (
        f'{page.name}: include a named part of {path.name}, not the whole file')
    lines = snippet(path, options)
    assert 1 <= len(lines) <= MOST_LINES, (page.name, path.name, len(lines))
    wide = [line for line in lines if len(line) > WIDTH]
    assert not wide, f'{page.name}: lines of {path.name} wider than {WIDTH}: {wide}'
