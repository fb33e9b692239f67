"""The differential cases, generated from the contract (tests/contract): a table of values per
parameter type, every parameter of every request class and ``add_*`` method varied one at a time
over its values, and every dataclass loaded from the engine's JSON, whole and with each key left
out. Inputs are tagged JSON (see runner.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / 'tests' / 'contract'
ENGINE = 'http://engine.invalid/engine-rest'

NAIVE = {'$dt': '2020-05-06T07:08:09.123000'}
AWARE = {'$dt': '2020-05-06T07:08:09.123000+02:00'}
UTC = {'$dt': '2020-05-06T07:08:09+00:00'}
#: A date as the engine sends it.
ENGINE_DATE = '2020-05-06T07:08:09.123+0200'
VARIABLES = {'count': {'value': 1, 'type': 'Integer'}}
#: An id with characters a path must encode.
PATH_ID = '../a b/c'

#: Values of parameters whose name says more than their annotation.
BY_NAME: Dict[str, List[Any]] = {
    'value': ['text', 3, True, {'k': 1}, None],
    'value_info': [{'objectTypeName': 'java.lang.String'}, None],
    'file': [{'$file': 'model.bpmn', 'content': '<definitions/>'}],
}
DATE_FIELDS = {'created', 'due', 'follow_up', 'time'}
#: Answers that wrap a list in an object: the key the list is under.
WRAPPED = {('pycamunda.identity', 'GetPasswordPolicy'): 'rules',
           ('pycamunda.identity', 'ValidatePassword'): 'rules',
           ('pycamunda.migration', 'Validate'): 'instructionReports'}
#: The key of the XML in the answer of a module's ``GetXML``.
XML = {'pycamunda.processdef': 'bpmn20Xml', 'pycamunda.casedef': 'cmmnXml',
       'pycamunda.decisiondef': 'dmnXml'}
#: A decision's result: a variable per output.
DECISION_RESULT = [{'out': {'type': 'String', 'value': 'yes', 'valueInfo': {}}}]


def camel(name: str) -> str:
    """Camunda's key for a field the wire table leaves out (0.6.1 computes it)."""
    first, *rest = name.rstrip('_').split('_')
    return first + ''.join(part.title() for part in rest)


class Contract:
    """The contract's request classes and dataclasses, with the 0.6.1 wire keys of the fields."""

    def __init__(self) -> None:
        data = json.loads((CONTRACT / 'pycamunda-api.json').read_text())
        self.requests: Dict[Tuple[str, str], Any] = {}
        self.dataclasses: Dict[Tuple[str, str], Any] = {}
        for module, spec in data['modules'].items():
            for name, cls in spec['classes'].items():
                if cls['kind'] == 'request':
                    self.requests[module, name] = cls
                elif cls['kind'] == 'dataclass':
                    self.dataclasses[module, name] = cls
        self.modules = sorted(data['modules'])
        self.wire = self._wire_keys((CONTRACT / 'pycamunda-wire.md').read_text())

    @staticmethod
    def _wire_keys(text: str) -> Dict[Tuple[str, str], Dict[str, str]]:
        keys: Dict[Tuple[str, str], Dict[str, str]] = {}
        module = ''
        for line in text.splitlines():
            heading = re.match(r'## `([\w.]+)`', line)
            if heading:
                module = heading.group(1)
            row = re.match(r'- \*(\w+)\* \(dataclass\): (.*)', line)
            if row:
                keys[module, row.group(1)] = dict(re.findall(r'`(\w+)`←`(\w+)`', row.group(2)))
        return keys

    def resolve(self, module: str, name: str) -> Optional[Tuple[str, str]]:
        """The dataclass a type name in ``module`` stands for."""
        qualified = tuple(name.rsplit('.', 1)) if '.' in name else (module, name)
        return qualified if qualified in self.dataclasses else None  # type: ignore[return-value]


class Generator:
    """Cases for every request class and dataclass of the contract."""

    def __init__(self, contract: Contract, described: Mapping[str, Any]) -> None:
        self.contract = contract
        self.mappings: Mapping[str, List[str]] = described['mappings']
        self.enums: Mapping[str, List[Tuple[str, Any]]] = described['enums']

    # -- values -------------------------------------------------------------------------------
    def _enum(self, module: str, annotation: str) -> Optional[str]:
        for name in re.findall(r'[\w.]+', annotation):
            qualified = name if '.' in name else f'{module}.{name}'
            if qualified in self.enums:
                return qualified
        return None

    def values(self, module: str, cls: str, param: Mapping[str, Any]) -> List[Any]:
        """The values a parameter is tried with; the first is the one other cases use."""
        name, annotation = param['name'], param.get('annotation') or ''
        mapping = self.mappings.get(f'{module}.{cls}.{name}')
        if name in BY_NAME:
            return BY_NAME[name]
        if mapping and 'bool' not in annotation:
            return list(mapping)
        enum = self._enum(module, annotation)
        if enum:
            members = self.enums[enum]
            return [*({'$enum': enum, 'member': m} for m, _ in members), members[0][1]]
        if annotation == 'bool':
            return [True, False]
        if annotation.startswith('typing.Union[int') or annotation == 'int':
            return [7, 0]
        if annotation == 'dt.datetime':
            return [NAIVE, AWARE, UTC]
        if 'Iterable' in annotation:
            return [['a', 'b'], [], {'$tuple': ['a']}]
        if 'Mapping' in annotation or 'Dict' in annotation or name == 'variables':
            return [VARIABLES, {}]
        if annotation == 'typing.Any':
            return ['text', 3, None]
        if name == 'id_':
            return [f'{name}-1', PATH_ID]
        return [f'{name}-1']

    # -- request cases ------------------------------------------------------------------------
    def _varied(self, module: str, cls: str, params: List[Mapping[str, Any]],
                base: Mapping[str, Any]) -> Iterator[Tuple[str, Dict[str, Any]]]:
        for param in params:
            name = param['name']
            if name == 'url':
                continue
            tried = self.values(module, cls, param)
            if param.get('default') not in (None, 'None'):
                tried = [*tried, None]
            for value in tried:
                if name in base and value == base[name]:
                    continue
                yield f'{name}={json.dumps(value)[:40]}', {**base, name: value}

    def _required(self, module: str, cls: str, params: List[Mapping[str, Any]]) -> Dict[str, Any]:
        return {p['name']: self.values(module, cls, p)[0]
                for p in params if p.get('required') and p['name'] != 'url'}

    @staticmethod
    def _fit(case: Dict[str, Any]) -> Dict[str, Any]:
        """A case whose arguments ask for one result (``single_result``) is answered with one."""
        if case['args'].get('single_result') is True and isinstance(case['answer'], list):
            return {**case, 'answer': case['answer'][0]}
        return case

    def request_cases(self) -> Iterator[Dict[str, Any]]:
        return map(self._fit, self._request_cases())

    def _request_cases(self) -> Iterator[Dict[str, Any]]:
        for (module, cls), spec in sorted(self.contract.requests.items()):
            params = spec['init']['params']
            required = self._required(module, cls, params)
            bases = [{'url': ENGINE, **required, **variant['args']} for variant in spec['variants']]
            bases = bases or [{'url': ENGINE, **required}]
            common = {'kind': 'request', 'module': module, 'cls': cls,
                      'answer': self.answer(module, spec.get('call_return'))}
            if (module, cls) in WRAPPED:
                common['answer'] = {WRAPPED[module, cls]: common['answer']}
            for number, base in enumerate(bases):
                yield {**common, 'label': f'variant{number}', 'args': base, 'errors': True}
            base = bases[0]
            for label, args in self._varied(module, cls, params, base):
                yield {**common, 'label': label, 'args': args}
            for method, method_spec in sorted(spec['methods'].items()):
                if not method.startswith('add_'):
                    continue  # from_migration_plan takes a loaded MigrationPlan (compared by load)
                method_params = method_spec['signature']['params']
                first = self._required(module, cls, method_params)
                yield {**common, 'label': f'{method}()', 'args': base, 'methods': [[method, first]]}
                for label, arguments in self._varied(module, cls, method_params, first):
                    yield {**common, 'label': f'{method}({label})', 'args': base,
                           'methods': [[method, arguments]]}

    # -- engine JSON --------------------------------------------------------------------------
    def value(self, module: str, field: str, annotation: str, depth: int = 0) -> Any:
        """A value the engine could send for a field of this type."""
        inner = re.match(r'typing\.(?:Tuple|List|Iterable|Optional)\[(.*?)(?:, \.\.\.)?\]$', annotation)
        if annotation.startswith('typing.Optional['):
            return self.value(module, field, annotation[16:-1], depth)
        if inner:
            return [self.value(module, field, inner.group(1), depth)] if depth < 2 else []
        mapped = re.match(r'typing\.Dict\[str, (.*)\]$', annotation)
        if mapped:
            return {'k': self.value(module, field, mapped.group(1), depth)}
        if annotation.startswith('typing.Dict') or annotation.startswith('typing.Mapping'):
            return {'k': 'v'}
        dataclass = self.contract.resolve(module, annotation)
        if dataclass:
            return self.payload(*dataclass, depth=depth + 1) if depth < 3 else None
        enum = self._enum(module, annotation)
        if enum:
            return self.enums[enum][0][1]
        if annotation == 'dt.datetime' or field in DATE_FIELDS or field.endswith('_time'):
            return ENGINE_DATE
        return {'int': 3, 'bool': True}.get(annotation, f'{field}-v')

    def payload(self, module: str, cls: str, depth: int = 0) -> Dict[str, Any]:
        """The engine's JSON for a dataclass: a key for every field."""
        keys = self.contract.wire.get((module, cls), {})
        return {keys.get(field['name']) or camel(field['name']):
                self.value(module, field['name'], field['type'], depth)
                for field in self.contract.dataclasses[module, cls]['fields']}

    def answer(self, module: str, returns: Optional[str]) -> Any:
        """The JSON a successful call of a class returning ``returns`` is answered with."""
        if returns in (None, 'None'):
            return None
        if returns == 'int':
            return {'count': 3}
        if returns == 'str':
            return {'id': 'definition-id', XML.get(module, 'xml'): '<definitions/>'}
        if returns == 'typing.Tuple[typing.Dict]':
            return DECISION_RESULT
        union = re.match(r'typing\.Union\[([\w.]+), (.*)\]$', returns)
        if union:  # a list where the alternative is one (filter.Execute), else the model
            returns = union.group(2) if union.group(2).startswith('typing.Tuple') else union.group(1)
        return self.value(module, 'answer', returns)

    def load_cases(self) -> Iterator[Dict[str, Any]]:
        for module, cls in sorted(self.contract.dataclasses):
            full = self.payload(module, cls)
            common = {'kind': 'load', 'module': module, 'cls': cls}
            yield {**common, 'label': 'full', 'data': full}
            yield {**common, 'label': 'nulls', 'data': {key: None for key in full}}
            for key in full:
                yield {**common, 'label': f'without {key}',
                       'data': {k: v for k, v in full.items() if k != key}}

    def cases(self) -> List[Dict[str, Any]]:
        return [*self.request_cases(), *self.load_cases()]
