"""pycamunda against the published PyCamunda 0.6.1, case by case (see generate.py): every
difference must be fixed or listed in deliberate.json, whose entries match the items of
docs/differences.rst one to one."""
from __future__ import annotations

import collections
import json
import warnings
from typing import Any, Dict, List

import pytest
from differential import compare, runner
from differential.generate import Contract, Generator
from differential.oracle import Oracle


@pytest.fixture(scope='module')
def outcome() -> Dict[str, Any]:
    contract = Contract()
    oracle = Oracle()
    try:
        generator = Generator(contract, oracle.describe(contract.modules))
        cases = generator.cases()
        oracle.submit('run', cases=cases)
        with warnings.catch_warnings():  # pycamunda's advice (GET value filters) is not compared
            warnings.simplefilter('ignore')
            ours = json.loads(json.dumps(runner.run(cases)))  # JSON, as the oracle's answer is
        theirs = oracle.answer()
    finally:
        oracle.close()
    found: List[Dict[str, Any]] = []
    count = 0
    for case, a, b in zip(cases, theirs, ours):
        found.extend(compare.differences(case, a, b))
        count += compare.comparisons(a)
    deliberate = compare.load_deliberate()
    entries, pending = deliberate['differences'], deliberate.get('pending', [])
    classes = {(c['module'], c['cls']) for c in cases if c['kind'] == 'request'}
    loaded = {(c['module'], c['cls']) for c in cases if c['kind'] == 'load'}
    compare.SUMMARY.append(
        f'differential: {len(classes)} classes, {len(loaded)} dataclasses, {len(cases)} cases, '
        f'{count} comparisons, {len(found)} differing, {len(entries)} documented differences, '
        f'{len(pending)} pending fixes')
    return {'contract': contract, 'cases': cases, 'theirs': theirs, 'ours': ours, 'found': found,
            'entries': entries, 'pending': pending, 'classes': classes, 'loaded': loaded}


def test_every_contract_class_is_compared(outcome: Dict[str, Any]) -> None:
    contract = outcome['contract']
    assert outcome['classes'] == set(contract.requests)
    assert outcome['loaded'] == set(contract.dataclasses)
    failed = [(case['module'], case['cls'], case['label'], result['harness'])
              for side in ('theirs', 'ours')
              for case, result in zip(outcome['cases'], outcome[side]) if 'harness' in result]
    assert not failed


def test_every_difference_is_deliberate(outcome: Dict[str, Any]) -> None:
    known = outcome['entries'] + outcome['pending']
    unexplained = [record for record in outcome['found'] if not compare.covered(record, known)]
    by_class = collections.Counter(record['key'].split('|')[0] for record in unexplained)
    shown = '\n'.join(compare.render(record) for record in unexplained[:80])
    assert not unexplained, (f'{len(unexplained)} differences from 0.6.1 not in deliberate.json '
                             f'(by class: {dict(by_class)}):\n{shown}')


def test_every_deliberate_entry_still_differs(outcome: Dict[str, Any]) -> None:
    known = outcome['entries'] + outcome['pending']
    matched = {label for record in outcome['found'] for label in compare.covered(record, known)}
    stale = [entry['label'] for entry in known
             if (entry.get('match') or entry.get('cases')) and entry['label'] not in matched]
    assert not stale, f'deliberate.json entries that no longer differ: {stale}'


def test_deliberate_entries_match_the_differences_page(outcome: Dict[str, Any]) -> None:
    labels = [entry['label'] for entry in outcome['entries']]
    assert len(labels) == len(set(labels)), 'an entry label is used twice'
    page = compare.page_labels()
    assert sorted(page - set(labels)) == [], 'items of docs/differences.rst without an entry'
    assert sorted(set(labels) - page) == [], 'entries without an item on docs/differences.rst'
    for entry in outcome['entries']:
        assert entry.get('match') or entry.get('cases') or entry.get('unobservable'), entry['label']
    for entry in outcome['pending']:
        assert entry.get('match') and entry.get('fixed_by'), entry['label']
