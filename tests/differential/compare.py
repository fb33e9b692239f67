"""Comparing the two sides' results, and the file of deliberate differences."""
from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Set, Tuple

HERE = Path(__file__).resolve().parent
DELIBERATE = HERE / 'deliberate.json'
PAGE = HERE.parents[1] / 'docs' / 'differences.rst'
#: Sections of the page whose items are differences (the rest lists additions).
DIFFERENCE_SECTIONS = ('Fixes', 'Where the engine needs it', 'Production defaults', 'Values')


def same(oracle: Any, ours: Any) -> bool:
    """Whether ``ours`` shows a user what ``oracle`` shows: equal values; an exception that is
    (by name) every class 0.6.1's was; a dataclass with at least 0.6.1's fields; an int or str
    enum where 0.6.1 had its plain value."""
    if isinstance(oracle, dict) and '$raises' in oracle:
        return (isinstance(ours, dict) and '$raises' in ours
                and set(oracle['$raises']) <= set(ours['$raises']))
    if isinstance(ours, dict) and ours.get('plain') and not isinstance(oracle, dict):
        return same(oracle, ours['value'])  # an IntEnum where 0.6.1 had its int
    if isinstance(oracle, dict) and '$dataclass' in oracle:
        return (isinstance(ours, dict) and ours.get('$dataclass') == oracle['$dataclass']
                and all(name in ours['fields'] and same(value, ours['fields'][name])
                        for name, value in oracle['fields'].items()))
    if isinstance(oracle, dict):
        return (isinstance(ours, dict) and oracle.keys() == ours.keys()
                and all(same(value, ours[key]) for key, value in oracle.items()))
    if isinstance(oracle, list):
        return (isinstance(ours, list) and len(oracle) == len(ours)
                and all(same(a, b) for a, b in zip(oracle, ours)))
    return type(oracle) is type(ours) and oracle == ours


def differences(case: Mapping[str, Any], oracle: Mapping[str, Any],
                ours: Mapping[str, Any]) -> Iterator[Dict[str, Any]]:
    """A record per aspect that differs, keyed ``module.Class|aspect|case``."""
    module = case['module'].split('.', 1)[1]
    for aspect in sorted(oracle.keys() | ours.keys()):
        mine, theirs = ours.get(aspect), oracle.get(aspect)
        if aspect == 'call' and theirs is not None and mine is not None:
            parts = [('returned', theirs['returned'], mine['returned'])]
            if len(theirs['sent']) != len(mine['sent']):
                parts.append(('call', theirs, mine))
            else:  # each argument of Session.request on its own: method, url, params, json, ...
                parts.extend((f'call-{key}', sent[key], mine_sent.get(key))
                             for sent, mine_sent in zip(theirs['sent'], mine['sent']) for key in sent)
        else:
            parts = [(aspect, theirs, mine)]
        for name, a, b in parts:
            if not same(a, b):
                yield {'key': f'{module}.{case["cls"]}|{name}|{case["label"]}',
                       'oracle': a, 'ours': b}


def comparisons(oracle: Mapping[str, Any]) -> int:
    """How many values one case compares (each argument of each request sent counts)."""
    count = 0
    for aspect, value in oracle.items():
        sent = value.get('sent') if aspect == 'call' and isinstance(value, dict) else None
        count += 1 + sum(len(call) for call in sent) if sent is not None else 1
    return count


def load_deliberate() -> Dict[str, List[Dict[str, Any]]]:
    """deliberate.json: ``differences`` (each an item of the page) and ``pending`` (known
    differences still to fix, each naming who fixes it)."""
    entries: Dict[str, List[Dict[str, Any]]] = json.loads(DELIBERATE.read_text())
    return entries


def _raised(value: Any) -> List[str]:
    """The MRO names of what a side raised (for a whole call: what the call raised)."""
    if isinstance(value, dict) and 'returned' in value:
        value = value['returned']
    return value['$raises'] if isinstance(value, dict) and '$raises' in value else []


def matches(record: Mapping[str, Any], entry: Mapping[str, Any]) -> bool:
    """Whether an entry explains a difference: a ``match`` pattern fits its key, and, where the
    entry says so, 0.6.1 raised one of ``oracle_raises`` / ours raised one of ``ours_raises``,
    where the two first differ (``at``, a pattern of the path) 0.6.1 has ``oracle_is`` / ours
    has ``ours_is``. An entry with
    ``cases`` explains what any of them (each a ``match`` with its conditions) explains."""
    if 'cases' in entry:
        return any(matches(record, case) for case in entry['cases'])
    if not any(fnmatch.fnmatchcase(record['key'], pattern) for pattern in entry.get('match', ())):
        return False
    for side in ('oracle', 'ours'):
        raises = entry.get(f'{side}_raises')
        if raises is not None and not set(raises) & set(_raised(record[side])[:1]):
            return False
    if 'oracle_is' in entry or 'ours_is' in entry or 'at' in entry:
        where, theirs, mine = first_difference(record['oracle'], record['ours'])
        if entry.get('oracle_is', theirs) != theirs or entry.get('ours_is', mine) != mine:
            return False
        if not fnmatch.fnmatchcase(where, entry.get('at', '*')):
            return False
    return True


def covered(record: Mapping[str, Any], entries: List[Dict[str, Any]]) -> List[str]:
    """The labels of the entries that explain a difference."""
    return [entry['label'] for entry in entries if matches(record, entry)]


def page_labels() -> Set[str]:
    """The bold lead of each item in the page's difference sections."""
    labels: Set[str] = set()
    section = ''
    lines = PAGE.read_text().splitlines()
    for number, line in enumerate(lines):
        if number + 1 < len(lines) and re.fullmatch(r'-{3,}', lines[number + 1]):
            section = line.strip()
        elif section in DIFFERENCE_SECTIONS and line.startswith('- '):
            lead = re.match(r'- \*\*(.+?)\*\*', line)
            labels.add(lead.group(1) if lead else f'<no bold lead: {line[:60]}>')
    return labels


def first_difference(oracle: Any, ours: Any, path: str = '') -> Tuple[str, Any, Any]:
    """Where two renderings first differ (``.fields.links``), and the values there."""
    if isinstance(oracle, dict) and isinstance(ours, dict) and '$raises' not in oracle:
        for key in oracle:
            if key not in ours:
                return f'{path}.{key} (missing)', oracle[key], None
            if not same(oracle[key], ours[key]):
                return first_difference(oracle[key], ours[key], f'{path}.{key}')
    if isinstance(oracle, list) and isinstance(ours, list) and len(oracle) == len(ours):
        for index, (a, b) in enumerate(zip(oracle, ours)):
            if not same(a, b):
                return first_difference(a, b, f'{path}[{index}]')
    return path or '.', oracle, ours


def render(record: Mapping[str, Any]) -> str:
    def short(value: Any) -> str:
        text = json.dumps(value, sort_keys=True)
        return text if len(text) < 300 else text[:297] + '...'
    where = first_difference(record['oracle'], record['ours'])[0]
    return (f'{record["key"]} (at {where})\n    0.6.1: {short(record["oracle"])}\n'
            f'    ours:  {short(record["ours"])}')


#: The summary line(s) the conftest prints at the end of the run.
SUMMARY: List[str] = []
