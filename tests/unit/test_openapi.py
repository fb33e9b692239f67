"""Conformance with Camunda's OpenAPI document: every key pycamunda sends is one the engine reads.

The engine ignores query parameters and JSON keys it does not know, so a misspelt filter returns
everything and only a test that asserts the filtering would notice. Here every request class is
built with every parameter set (see :mod:`unit.openapidoc`), and what it sends is compared with
the operation of the document it goes to: query keys, body keys (nested, through ``$ref`` and
``allOf``) and value types. Where the document is wrong, the engine's source is the judge: those
entries are listed in ``DOCUMENT_ERRORS`` with the reason. CMMN endpoints are not in the 7.24
document; their classes are checked against the engine by the integration tests.

Coverage: every query parameter of the document can be sent by the class of its operation, and
every body property a client sets (``NOT_SENT`` lists the others, with the reason).
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Set, Tuple

import pytest

from unit.openapidoc import Document, Sent, document, sent_requests
from unit.test_inventory import INVENTORY as INVENTORY_FILE

_BY_KEY = r'/process-definition/key/\{key\}(/tenant-id/\{tenant-id\})?'
_INSTRUCTIONS = (r'POST (/process-definition/(key/\{key\}(/tenant-id/\{tenant-id\})?|\{id\})/start '
                 r'body startInstructions|/process-instance/\{id\}/modification(-async)? body '
                 r'instructions)\[\]\.variables\.var1')

#: Where the document is wrong (a regular expression of "METHOD path where key"), and why: the
#: engine's source (engine-rest, 7.24) is the judge.
DOCUMENT_ERRORS: Dict[str, str] = {
    rf'(DELETE {_BY_KEY}/delete|GET {_BY_KEY}/static-called-process-definitions'
    rf'|POST {_BY_KEY}/restart(-async)?) operation':
        'the document leaves these by-key operations out; the engine serves them: '
        'ProcessDefinitionRestService.getProcessDefinitionByKey(key) (and ...ByKeyAndTenantId) '
        'return the whole ProcessDefinitionResource, every sub-resource of the by-id path included',
    r'POST /deployment/create body (?!deployment|enable|deploy|tenant)\S+':  # not a named field
        'resources are form parts named after the resource; the document declares one part '
        '"data", but DeploymentRestServiceImpl.createDeployment deploys every part that is not '
        'one of the named fields (deployment-name, enable-duplicate-filtering, ...)',
    r'POST /history/external-task-log query (firstResult|maxResults)':
        'HistoricExternalTaskLogRestService.queryHistoricExternalTaskLogs takes firstResult and '
        'maxResults as @QueryParam, like every other POST query; the document leaves them out',
    r'POST /history/variable-instance(/count)? body variableValue\.':
        'the document types variableValue as an object; HistoricVariableInstanceQueryDto holds it '
        'as an Object compared with the variable values: a string, number or boolean',
    _INSTRUCTIONS:
        'the document types an instruction\'s variables as one TriggerVariableValueDto; the '
        'engine\'s instruction DTOs (ProcessInstanceModificationInstructionDto, '
        'StartProcessInstanceDto.startInstructions) hold a map of variable name to typed value',
    r'POST /task body (withCommentAttachmentInfo|withTaskVariablesInReturn'
    r'|withTaskLocalVariablesInReturn)':
        'TaskRestServiceImpl.queryTasks reads these flags of TaskQueryDto (and the tasks come back '
        'with comment/attachment info and variables); the document\'s TaskQueryDto omits them',
}

#: Keys sent that the engine ignores, kept for PyCamunda 0.6.1 (the class warns when given).
IGNORED_BY_ENGINE: Dict[str, str] = {
    r'(GET /task(/count)? query|POST /task(/count)? body) caseInstanceName(Like)?':
        'PyCamunda 0.6.1 has caseInstanceName/caseInstanceNameLike on the task queries; the '
        'engine\'s TaskQueryDto has no such field: sent as 0.6.1 did, with a UserWarning',
    r'GET /authorization/check query permissionValue':
        'PyCamunda 0.6.1 requires permission_value; AuthorizationRestServiceImpl.isUserAuthorized '
        'reads permissionName only: sent as 0.6.1 did, with a UserWarning',
    r'GET /external-task/count query (firstResult|maxResults|sortBy|sortOrder)':
        'PyCamunda 0.6.1\'s externaltask.Count was its GetList and sent paging and sorting; the '
        'count ignores them: sent as 0.6.1 did (the differential suite compares it)',
    r'GET /(execution|process-instance|task)/\{id\}/(localVariables|variables)/\{varName\}/data '
    r'query deserializeValue':
        'PyCamunda 0.6.1 sends deserializeValue with every variable get, the /data variant '
        'included; the /data endpoint ignores it: sent as 0.6.1 did',
}

_COMMENT = r'(POST /task/\{id\}/comment/create|PUT /(task|process-instance)/\{id\}/comment)'
_TASK = r'(POST /task/create|PUT /task/\{id\})'

#: Body properties no client sets (a regular expression of "METHOD path key"), and why.
NOT_SENT: Dict[str, str] = {
    r'POST /.+/count sorting':
        'a count is not sorted: the document reuses the list query\'s DTO, and the engine reads '
        'sorting for lists only',
    r'POST /deployment/create data':
        'resources are parts named after the resource (see DOCUMENT_ERRORS)',
    r'POST /process-instance/job-retries(-historic-query-based)? (jobIds|jobQuery)':
        'SetJobRetriesByProcessDto inherits them from SetJobRetriesDto, but the by-process '
        'endpoints read only process instance ids and queries (setRetriesByProcess*)',
    rf'{_TASK} (camundaFormRef|caseDefinitionId|caseExecutionId|created|executionId|formKey'
    r'|lastUpdated|processDefinitionId|processInstanceId|suspended|taskDefinitionKey|taskState)'
    r'|PUT /task/\{id\} id':
        'read-only fields of TaskDto: TaskDto.updateTask takes name, description, priority, '
        'assignee, owner, delegation state, due and follow-up dates, parent task, case instance '
        'and tenant; the task\'s id to update is in the path',
    rf'{_COMMENT} (links|processInstanceId|removalTime|rootProcessInstanceId|taskId|time|userId)'
    r'|POST /task/\{id\}/comment/create id':
        'read-only fields of CommentDto: the engine takes the message (and, to update, the '
        'comment\'s id) and sets the rest itself',
    r'POST /task/\{id\}/resolve withVariablesInReturn':
        'a flag of CompleteTaskDto that resolving does not read: TaskResource.resolve answers '
        '204 without variables',
    r'PUT /process-definition/(key/\{key\}(/tenant-id/\{tenant-id\})?|\{id\})/suspended '
    r'(processDefinitionId|processDefinitionKey)':
        'the path names the definition; ProcessDefinitionResourceImpl.updateSuspensionState sets '
        'the id from it',
    r'PUT /process-definition/suspended processDefinitionId':
        'the engine refuses it there ("Only processDefinitionKey can be set"); by id, '
        'processdef.Suspend/Activate send to /process-definition/{id}/suspended',
}

#: Paths the document leaves out: CMMN (checked against the engine by the integration tests).
UNDOCUMENTED = re.compile(r'^/(case-definition|case-instance|case-execution|history/case-)')

def _inventory() -> Document:
    """The operations the engine serves (``tests/contract/camunda-rest-endpoints.tsv``)."""
    paths: Dict[str, Dict[str, Any]] = {}
    for line in INVENTORY_FILE.read_text().splitlines()[1:]:
        method, path = line.split('\t')[:2]
        paths.setdefault(path, {})[method.lower()] = {}
    return Document({'paths': paths})


INVENTORY = _inventory()
_DATE = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$')


class Checker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: List[str] = []
        self.query_seen: Set[Tuple[str, str, str]] = set()
        self.body_seen: Set[Tuple[str, str, str]] = set()

    def problem(self, where: str, what: str, sent: Sent) -> None:
        self.problems.append(f'{where}: {what} [{sent.name}]')

    def check(self, sent: Sent) -> None:
        operation = self.doc.match(sent.method, sent.path)
        if operation is None:
            if not UNDOCUMENTED.match(sent.path):
                served = INVENTORY.match(sent.method, sent.path)
                where = ' '.join(served) if served else f'{sent.method} {sent.path}'
                self.problem(f'{where} operation', 'not in the document', sent)
            return
        method, template = operation
        declared = self.doc.query_parameters(operation)
        for key, value in sent.params.items():
            where = f'{method} {template} query {key}'
            if key not in declared:
                self.problem(where, 'not a parameter of the operation', sent)
                continue
            self.query_seen.add((method, template, key))
            self.query_value(declared[key], value, where, sent)
        media, schema = self.doc.body_schema(operation)
        if media == 'multipart/form-data':
            parts = {**sent.data, **sent.files}
            self.body_seen.update((method, template, k) for k in parts)
            known = schema.get('properties', {})
            for key in parts:
                if key not in known and not schema.get('additionalProperties'):
                    self.problem(f'{method} {template} body {key}', 'not a form part', sent)
        elif sent.json is not None and sent.json != {}:
            if media is None:
                self.problem(f'{method} {template} body', 'the operation takes no body', sent)
                return
            if isinstance(sent.json, dict):
                self.body_seen.update((method, template, k) for k in sent.json)
            self.body_value(schema, sent.json, f'{method} {template} body ', sent)

    def query_value(self, schema: Dict[str, Any], value: Any, where: str, sent: Sent) -> None:
        schema = self.doc.resolve(schema)
        kind = schema.get('type')
        text = str(value)
        if kind == 'boolean' and text not in ('true', 'false'):
            self.problem(where, f'{value!r} is not true/false', sent)
        elif kind == 'integer' and not re.fullmatch(r'-?\d+', text):
            self.problem(where, f'{value!r} is not an integer', sent)
        elif kind == 'string' and schema.get('format') == 'date-time' and not _DATE.match(text):
            self.problem(where, f'{value!r} is not a date in Camunda\'s format', sent)
        elif kind == 'string' and 'enum' in schema and text not in schema['enum']:
            self.problem(where, f'{value!r} is not one of {schema["enum"]}', sent)

    def body_value(self, schema: Dict[str, Any], value: Any, where: str, sent: Sent) -> None:
        schema = self.doc.resolve(schema)
        if value is None:
            return
        kind = schema.get('type') or ('object' if 'properties' in schema else None)
        if kind == 'object':
            if not isinstance(value, dict):
                self.problem(where.rstrip(), f'{value!r} is not an object', sent)
                return
            properties = schema.get('properties', {})
            extra = schema.get('additionalProperties')
            for key, item in value.items():
                if key in properties:
                    self.body_value(properties[key], item, f'{where}{key}.', sent)
                elif isinstance(extra, dict):
                    self.body_value(extra, item, f'{where}*.', sent)
                elif properties and not extra:
                    self.problem(f'{where}{key}', 'not a property', sent)
        elif kind == 'array':
            if not isinstance(value, list):
                self.problem(where.rstrip('.'), f'{value!r} is not an array', sent)
                return
            for item in value:
                self.body_value(schema.get('items', {}), item, where.rstrip('.') + '[].', sent)
        elif kind == 'string':
            if not isinstance(value, str):
                self.problem(where.rstrip('.'), f'{value!r} is not a string', sent)
            elif schema.get('format') == 'date-time' and not _DATE.match(value):
                self.problem(where.rstrip('.'), f'{value!r} is not a date in Camunda\'s format', sent)
            elif 'enum' in schema and value not in schema['enum']:
                self.problem(where.rstrip('.'), f'{value!r} is not one of {schema["enum"]}', sent)
        elif kind == 'integer' and (not isinstance(value, int) or isinstance(value, bool)):
            self.problem(where.rstrip('.'), f'{value!r} is not an integer', sent)
        elif kind == 'number' and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            self.problem(where.rstrip('.'), f'{value!r} is not a number', sent)
        elif kind == 'boolean' and not isinstance(value, bool):
            self.problem(where.rstrip('.'), f'{value!r} is not a boolean', sent)


@pytest.fixture(scope='module')
def checked() -> Checker:
    checker = Checker(Document(document()))
    for sent in sent_requests():
        checker.check(sent)
    return checker


def _listed(key: str, listing: Dict[str, str]) -> bool:
    return any(re.fullmatch(pattern, key) for pattern in listing)


def _known(problem: str) -> bool:
    where = problem.split(': ', 1)[0]
    return _listed(where, DOCUMENT_ERRORS) or _listed(where, IGNORED_BY_ENGINE)


def test_everything_sent_is_in_the_document(checked: Checker) -> None:
    unexpected = sorted({p for p in checked.problems if not _known(p)})
    assert not unexpected, f'{len(unexpected)} differences:\n' + '\n'.join(unexpected)


def test_every_listed_document_error_still_occurs(checked: Checker) -> None:
    occurring = {p.split(': ', 1)[0] for p in checked.problems}
    listed = {**DOCUMENT_ERRORS, **IGNORED_BY_ENGINE}
    stale = [pattern for pattern in listed if not any(re.fullmatch(pattern, w) for w in occurring)]
    assert not stale, stale


def test_every_query_parameter_can_be_sent(checked: Checker, pytestconfig: Any) -> None:
    doc = checked.doc
    declared = {(m, t, key) for (m, t) in doc.operations for key in doc.query_parameters((m, t))}
    covered = declared & checked.query_seen
    _figure(pytestconfig, f'query parameters: {len(covered)}/{len(declared)}')
    assert covered == declared, sorted(declared - covered)


def test_every_body_property_a_client_sets_can_be_sent(checked: Checker, pytestconfig: Any) -> None:
    doc = checked.doc
    declared = set()
    for operation in doc.operations:
        media, schema = doc.body_schema(operation)
        if media is not None:
            declared.update((*operation, key) for key in schema.get('properties', {}))
    settable = {d for d in declared if not _listed(' '.join(d), NOT_SENT)}
    covered = settable & checked.body_seen
    _figure(pytestconfig, f'body properties: {len(covered)}/{len(settable)} '
                          f'(and {len(declared) - len(settable)} no client sets, listed with the reason)')
    assert covered == settable, sorted(settable - covered)
    sent = {' '.join(d) for d in declared - settable} & {' '.join(d) for d in checked.body_seen}
    assert not sent, f'listed as not sent, but sent: {sorted(sent)}'
    unused = [p for p in NOT_SENT if not any(re.fullmatch(p, ' '.join(d)) for d in declared)]
    assert not unused, unused


def _figure(config: Any, line: str) -> None:
    figures = config.__dict__.setdefault('_openapi_figures', [])
    if line not in figures:
        figures.append(line)
