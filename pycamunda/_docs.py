"""Parameter descriptions shared by every request class, and the code that fills them in.

Many parameters recur across hundreds of classes (``first_result``, ``tenant_id_in``,
``process_instance_id``, ...). Their text lives once, in :data:`TABLE`; filters named by
Camunda's conventions (``*_like``, ``*_in``, ``*_before``, ``with_*``, ...) are described by
:data:`_RULES`. When a request class is created, :func:`complete` appends a ``:param name:``
line for every parameter its hand-written docstring leaves out, and a line saying what
calling it returns, so ``help()`` and the API reference show the same text.

The work per class is a few string operations (no ``inspect.signature``): about 4 ms of CPU
for the 68 classes ``import pycamunda.task`` creates, of roughly 250 ms for that import.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

#: Text for parameters by name, whatever the class. ``{what}`` is the resource the class's
#: path names (``process instance``), ``{key}`` the parameter's wire key.
TABLE: Dict[str, str] = {
    'url': "The engine's REST root, e.g. ``http://localhost:8080/engine-rest``.",
    'first_result': 'Skip this many matches first (paging; the engine counts from 0).',
    'max_results': 'Return at most this many matches (paging; ``pages()`` sets it per page).',
    'sort_by': 'Sort the matches by this key (one of the names listed in the class); the '
               'engine refuses ``ascending`` without it.',
    'ascending': 'Sort ascending (``True``) or descending; sent only with ``sort_by``.',
    'sorting': "Camunda's list of sort keys, e.g. ``[{'sortBy': 'created', 'sortOrder': "
               "'desc'}]``, for sorting by more than one key.",
    'tenant_id_in': 'Only matches that belong to one of these tenants.',
    'without_tenant_id': 'Only matches that belong to no tenant.',
    'tenant_id': 'The tenant; with ``key``, picks that tenant\'s definition.',
    'id_': 'The id of the {what}.',
    'id_in': 'Only matches whose id is one of these.',
    'key': 'The key of the definition; the latest version with this key is used.',
    'business_key': 'The business key: your own identifier of the process instance.',
    'variables': 'Variables as ``{name: value}``; plain Python values are sent with their '
                 'inferred Camunda type (see the variables guide).',
    'local': 'Only local variables (of this scope), not those of parent scopes.',
    'deserialize_values': 'Deserialize object variables on the server and return their JSON '
                          '(``False``: return them as the engine stores them).',
    'deserialize_value': 'Deserialize an object value on the server and return its JSON '
                         '(``False``: return it as the engine stores it).',
    'binary': 'Return the raw content (``bytes``) from the ``.../data`` endpoint instead of '
              'the JSON description.',
    'variable_names_ignore_case': 'Compare variable names of the value filters case-'
                                  'insensitively.',
    'variable_values_ignore_case': 'Compare string values of the value filters case-'
                                   'insensitively.',
    'skip_custom_listeners': 'Do not run the execution listeners the model defines.',
    'skip_io_mappings': 'Do not run the input/output mappings the model defines.',
    'process_instance_ids': 'The process instances to act on, by id.',
    'process_instance_query': 'A process instance query (dict of its filter keys) whose '
                              'matches are acted on, besides ``process_instance_ids``.',
    'historic_process_instance_query': 'A historic process instance query (dict of its '
                                       'filter keys) whose matches are acted on.',
    'delete_reason': 'Why it was deleted; the history keeps the reason.',
    'retries': 'The number of retries left; 0 creates an incident.',
    'worker_id': 'The id of the worker that locks (or holds the lock of) the external task.',
    'lock_duration': 'How long the lock lasts, in milliseconds.',
    'error_message': 'A short message describing the failure (shown in the incident).',
    'error_details': 'The details of the failure, e.g. a stack trace.',
    'error_code': 'The code of the BPMN error; a boundary event catching it takes over.',
    'message_name': 'The name of the message, as the model declares it.',
    'message': 'The text of the message.',
    'topic_name': 'The topic of the external tasks.',
    'priority': 'The priority (a higher number is more urgent).',
    'due_date': 'The due date; dates go out in Camunda\'s format.',
    'name': 'The name.',
    'value': 'The value; its Camunda type is inferred unless ``type_`` is given.',
    'type_': "The Camunda type name (``'String'``, ``'Integer'``, ``'Json'``, ...); inferred "
             'from the value when left out.',
    'value_info': "Camunda's ``valueInfo`` for the type, e.g. ``{'objectTypeName': ...}`` or a "
                  "file's ``{'filename': ..., 'mimetype': ...}``.",
    'operator': "The comparison: ``'eq'``, ``'neq'``, ``'gt'``, ``'gteq'``, ``'lt'``, "
                "``'lteq'`` or ``'like'``.",
    'page_size': 'How many matches to fetch per request.',
    'activity_id': 'The id of the activity in the model (the BPMN element id).',
    'activity_instance_id': 'The id of an activity instance.',
    'cancel_current_active_activity_instances': 'Cancel the activity instances that are '
                                                'active now before the start instructions.',
    'async_': 'Run it as a batch in the background and return the batch.',
    'compact': 'Leave out the fields Camunda marks as expensive.',
    'password': 'The password; never shown in ``repr`` or logs.',
    'user_id': 'The id of the user.',
    'group_id': 'The id of the group.',
    'version_tag': 'The version tag of the definition.',
    'history_time_to_live': 'How many days the history of its instances is kept.',
    'annotation': 'A note the engine stores with the operation log entry.',
    'description': 'The description.',
    'owner': 'The user responsible for the task.',
    'assignee': 'The user the task is assigned to.',
    'deployment_id': 'The id of the deployment.',
    'process_definition_id': 'The id of the process definition.',
    'process_definition_key': 'The key of the process definition.',
    'process_instance_id': 'The id of the process instance.',
    'execution_id': 'The id of the execution.',
    'task_id': 'The id of the task.',
    'case_instance_id': 'The id of the case instance.',
    'case_execution_id': 'The id of the case execution.',
    'case_definition_id': 'The id of the case definition.',
    'job_id': 'The id of the job.',
    'batch_id': 'The id of the batch.',
    'incident_id': 'The id of the incident.',
    'with_incident': 'Return with each match whether it has an incident.',
    'incident_type': "The type of incident, e.g. ``'failedJob'`` or ``'failedExternalTask'``.",
    'active': 'Only matches that are active (not suspended).',
    'suspended': 'Only matches that are suspended.',
    'first_name': "The user's first name.",
    'last_name': "The user's last name.",
    'email': "The user's e-mail address.",
    'cascade': 'Also delete what depends on it (e.g. the historic data of a batch).',
    'skip_subprocesses': 'Do not delete the sub-process instances it called.',
    'fail_if_not_exists': 'Raise an error if it does not exist (``False``: succeed anyway).',
    'failed_jobs': 'Count the failed jobs of each result.',
    'incidents': 'Count the incidents of each result.',
    'absolute_removal_time': 'Set this removal time on the historic data.',
    'cleared_removal_time': 'Clear the removal time of the historic data.',
    'calculated_removal_time': 'Calculate the removal time from the history time to live.',
    'hierarchical': 'Apply the removal time to the whole process hierarchy.',
    'process_definition_without_tenant_id': 'Only definitions that belong to no tenant.',
    'deletions': 'The names of variables to delete.',
    'modifications': 'Variables to set, as ``{name: value}`` (types inferred).',
    'version': 'The version.',
    'resource_type': 'The resource type of the authorization, as its number (e.g. 0 for '
                     'applications) or :class:`~pycamunda.resource.ResourceType`.',
    'resource_id': "The id of the resource, or ``'*'`` for all.",
    'permissions': "The permissions, e.g. ``['READ', 'UPDATE']``.",
    'reporter': 'Only metrics reported by this engine host.',
    'date': 'The date and time; it goes out in Camunda\'s format.',
    'repeatable': 'Keep the entity\'s state and count repetitions when the case activity '
                  'repeats.',
    'var_name': 'The name of the variable.',
    'comment_id': 'The id of the comment.',
    'attachment_id': 'The id of the attachment.',
    'source_process_definition_id': 'The process definition the instances run on now.',
    'target_process_definition_id': 'The process definition to migrate the instances to.',
    'source': 'Where the deployment comes from (free text, e.g. the tool that made it).',
    'operation_id': 'The id of the user operation log entry.',
    'job_definition_id': 'The id of the job definition.',
    'process_definition_tenant_id': 'The tenant of the process definition (with a key).',
    'delegation_state': "``'PENDING'`` or ``'RESOLVED'`` (:class:`~pycamunda.task."
                        "DelegationState`).",
    'due': 'When the task is due.',
    'follow_up': 'When the task should be followed up.',
    'parent_task_id': 'The id of the parent task.',
    'completed': 'Only completed ones.',
    'resource_names': 'Redeploy only the resources with these names.',
    'properties': 'The properties as ``{name: value}``.',
    'immediately_due': 'Make the job due now.',
    'disable_binary_fetching': 'Leave out the content of binary variables.',
    'disable_custom_object_deserialization': 'Return object variables serialized, without '
                                             'deserializing them on the server.',
    'update_in_chunks': 'Update the historic data in chunks (for large histories).',
    'update_chunk_size': 'How many rows each chunk updates.',
    'username': 'The name of the user.',
    'start_date': 'The start of the interval (inclusive).',
    'end_date': 'The end of the interval (exclusive).',
    'variable_names': 'Return only these variables.',
    'escalation_code': 'The code of the BPMN escalation; a boundary event catching it takes '
                       'over.',
    'enable_telemetry': 'Turn the engine\'s telemetry on (``True``) or off.',
    'new_id': 'The new id.',
    'new_name': 'The new name.',
    'authenticated_user_password': 'The password of the user making the change (checked '
                                   'by the engine).',
    'new_user_id': 'The user to delegate the task to.',
    'or_queries': "Nested queries (dicts of Camunda's filter keys); a match must meet at "
                  'least one criterion of each.',
    'before_timestamp': 'Only entries before this date and time.',
    'after_timestamp': 'Only entries after this date and time.',
    'root_decision_instances_only': 'Only decision instances that no other decision called.',
    'success_log': 'Only log entries of successful runs.',
    'failure_log': 'Only log entries of failed runs.',
    'creation_log': 'Only log entries of creations.',
    'deletion_log': 'Only log entries of deletions.',
    'latest_version': 'Only the latest version of each definition.',
    'complete_scope': 'Only activity instances that completed their scope.',
    'repetition': 'Only case activity instances that repeat.',
    'no_retries_left': 'Only matches without retries left.',
    'messages': 'Only jobs of message (asynchronous continuation) type.',
    'timers': 'Only jobs of timer type.',
    'unassigned': 'Only unassigned tasks.',
    'assigned': 'Only assigned tasks.',
    'content': 'The content of the file to attach (``bytes`` or an open binary file).',
    'apply': 'A function applied to each value before it is returned.',
    'obj': 'The object to describe.',
}

#: ``(pattern, text)`` for filters of list queries; the pattern's group ``s`` is the stem,
#: said in words (``process_definition_key`` -> ``process definition key``).
_RULES: Tuple[Tuple[str, str], ...] = (
    (r'(?P<s>\w+)_not_in', 'Only matches whose {s} is none of these.'),
    (r'(?P<s>\w+)_not_like', 'Only matches whose {s} does not match this pattern (``%`` is '
                             'the wildcard).'),
    (r'(?P<s>\w+)_not_equal', 'Only matches whose {s} differs from this.'),
    (r'(?P<s>\w+)_like', 'Only matches whose {s} matches this pattern (``%`` is the '
                         'wildcard).'),
    (r'(?P<s>\w+)_ids', 'The {s} ids to act on.'),
    (r'(?P<s>\w+)_in', 'Only matches whose {s} is one of these.'),
    (r'(?P<s>\w+ed)_before', 'Only matches {s} before this date and time.'),
    (r'(?P<s>\w+ed)_after', 'Only matches {s} after this date and time.'),
    (r'(?P<s>\w+)_before', 'Only matches whose {s} is before this date and time.'),
    (r'(?P<s>\w+)_after', 'Only matches whose {s} is after this date and time.'),
    (r'(?P<s>\w+)_(?:lower_than_or_equals|lower_equals)', 'Only matches whose {s} is at most '
                                                          'this.'),
    (r'(?P<s>\w+)_higher_than_or_equals', 'Only matches whose {s} is at least this.'),
    (r'max_(?P<s>\w+)', 'Only matches whose {s} is at most this.'),
    (r'min_(?P<s>\w+)', 'Only matches whose {s} is at least this.'),
    (r'with_(?P<s>\w+)_in_return', 'Return the {s} with each match.'),
    (r'without_(?P<s>\w+)', 'Only matches without {s}.'),
    (r'with_(?P<s>\w+)', 'Only matches with {s}.'),
    (r'include_(?P<s>\w+)', 'Also include {s}.'),
    (r'(?P<s>\w+)_query', 'A {s} query (dict of its filter keys) whose matches are acted on.'),
)
#: Text for parameters of builder methods (``add_variable``, ``add_*_value_filter``, ...).
METHODS: Dict[str, str] = {
    'name': 'The name of the variable.',
    'value': 'The value; its Camunda type is inferred unless ``type_`` is given.',
    'local': 'Set the variable in the local scope only, not in a parent scope.',
    'page_size': 'How many matches to fetch per request.',
    'apply': 'A function applied to each value (e.g. to make it JSON-serialisable).',
    'params': 'The parameters by attribute name, e.g. a constructor\'s ``locals()``.',
    'file': 'An open binary file or ``bytes``.',
}
#: Query parameters whose table text also suits a filter of a list query.
_ANY_CONTEXT = frozenset({
    'url', 'first_result', 'max_results', 'sort_by', 'ascending', 'sorting', 'tenant_id_in',
    'without_tenant_id', 'id_in', 'deserialize_values', 'deserialize_value', 'binary',
    'variable_names_ignore_case', 'variable_values_ignore_case', 'active', 'suspended',
    'with_incident', 'compact', 'local', 'apply', 'obj', 'page_size', 'variables',
    'process_instance_query', 'historic_process_instance_query', 'incident_type'})
_COMPILED = tuple((re.compile(pattern + r'\Z'), text) for pattern, text in _RULES)
_PARAM = re.compile(r':param (?:[^:\n]+ )?(\w+):')
_RETURNS = {
    'None': 'Calling it sends the request and returns ``None``.',
    'int': 'Calling it returns the number of matches (``int``).',
}


def words(name: str) -> str:
    """``process_definition_key`` -> ``process definition key``."""
    return name.strip('_').replace('_', ' ')


def resource(cls: type) -> str:
    """The resource the class's path names, in words: ``/process-instance/{id}`` ->
    ``process instance``; ``/history/task`` -> ``historic task``."""
    path = getattr(cls, 'path', '')
    path = path[-1] if isinstance(path, tuple) else path
    parts = [p for p in path.split('/') if p and '{' not in p]
    if not parts:
        return 'resource'
    if parts[0] == 'history' and len(parts) > 1:
        return 'historic ' + parts[1].replace('-', ' ')
    return parts[0].replace('-', ' ')


_QUERY_BASES = frozenset({'PagingMixin', 'CountMixin', 'QueryBodyMixin'})


def _is_query(cls: type) -> bool:
    name = cls.__name__
    return (name in ('GetList', 'Query', 'QueryCount', 'Count') or 'Report' in name
            or 'Stat' in name or any(k.__name__ in _QUERY_BASES for k in cls.__mro__))


def describe(cls: type, name: str) -> Optional[str]:
    """The text for parameter ``name`` of ``cls``'s constructor, or ``None``."""
    query = _is_query(cls)
    text = TABLE.get(name)
    if text is not None and (not query or name in _ANY_CONTEXT or not text.startswith('The ')):
        return text.replace('{what}', resource(cls)) if '{what}' in text else text
    param = cls.__dict__.get(name) or getattr(cls, name, None)
    key = getattr(param, 'key', None)
    flag = getattr(param, 'provide', None) is not None and getattr(param, 'mapping', 1) is None
    for pattern, rule in _COMPILED:
        match = pattern.match(name)
        if match:
            return rule.format(s=words(match.group('s')))
    if query or flag:
        if flag and query:
            return f'Only matches that are {words(name)}.'
        if key is not None and query:
            return f'Only matches whose {words(name)} is this.'
    if text is not None:
        return text.replace('{what}', resource(cls)) if '{what}' in text else text
    if flag:
        return f'Sends ``{key}=true`` when true (the engine\'s default is false).'
    if key is not None:
        kind = type(param).__name__
        where = {'PathParameter': 'in the URL', 'QueryParameter': 'in the query string'}.get(
            kind, 'in the body')
        return f'The {words(name)}, sent as ``{key}`` {where}.'
    return None


def _returns(cls: type) -> Optional[str]:
    answer = getattr(cls, 'answer', None)
    binary = ''
    for klass in cls.__mro__:
        call = klass.__dict__.get('__call__')
        if call is None:
            continue
        if klass.__name__ == 'CountMixin':
            return _RETURNS['int']
        if klass.__name__ == 'DataMixin':
            binary = ' (with ``binary=True``, the raw content as ``bytes``)'
            continue
        hint = getattr(call, '__annotations__', {}).get('return')
        if hint is None or hint == 'Any':
            return None
        hint = str(hint)
        if answer is not None and hint == 'M':
            return (f'Calling it returns a :class:`~{answer.__module__}.{answer.__qualname__}`'
                    f'{binary}.')
        if answer is not None and hint.startswith('Tuple[M'):
            return (f'Calling it returns a tuple of :class:`~{answer.__module__}.'
                    f'{answer.__qualname__}`{binary}.')
        return _RETURNS.get(hint, f'Calling it returns ``{hint}``.')
    return None


def _clean(doc: Optional[str]) -> List[str]:
    """The docstring's lines, indentation removed as ``inspect.cleandoc`` does."""
    if not doc:
        return []
    lines = doc.expandtabs().split('\n')
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()),
                 default=0)
    result = [lines[0].strip()] + [line[margin:].rstrip() for line in lines[1:]]
    while result and not result[0]:
        result.pop(0)
    while result and not result[-1]:
        result.pop()
    return result


def _for_method(cls: type, name: str, method: str) -> Optional[str]:
    criteria = re.match(r'add_(\w+)_criteria\Z', method)
    if criteria or 'topic' in method:
        owner = criteria.group(1) if criteria else ''
        if owner in ('process_definition', 'process_instance', 'case_definition',
                     'case_instance'):
            name = f'{owner}_{name}'
        for pattern, rule in _COMPILED:
            match = pattern.match(name)
            if match:
                return rule.format(s=words(match.group('s')))
        if name in _ANY_CONTEXT:
            return TABLE[name]
        return f'Only matches whose {words(name)} is this.'
    return METHODS.get(name) or describe(cls, name)


_MIXINS_DONE: set = set()


def _complete_function(cls: type, function: Callable, attr: str) -> None:
    signature = function.__dict__.get('__signature__')
    if signature is not None:
        names = list(signature.parameters)
    else:
        code = function.__code__  # type: ignore[attr-defined]
        names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    doc = function.__doc__ or ''
    have = set(_PARAM.findall(doc)) if ':param' in doc else set()
    added = {}
    for name in names[1:]:
        if name not in have and name not in ('args', 'kwargs'):
            text = describe(cls, name) if attr == '__init__' else _for_method(cls, name, attr)
            if text:
                added[name] = f':param {name}: {text}'
    if not added:
        return
    lines = _clean(doc)
    blocks: Dict[str, List[str]] = {}
    if have:  # the hand-written field list ends the docstring: merge in signature order
        first = next(i for i, line in enumerate(lines) if line.startswith(':param '))
        for line in lines[first:]:
            match = _PARAM.match(line)
            if match:
                current = blocks.setdefault(match.group(1), [])
            current.append(line)
        lines = lines[:first]
    while lines and not lines[-1]:
        lines.pop()
    fields = [line for name in names[1:] for line in blocks.pop(name, None) or
              ([added[name]] if name in added else [])]
    fields += [line for block in blocks.values() for line in block]
    function.__doc__ = '\n'.join(lines + ([''] if lines else []) + fields)


def complete(cls: type) -> None:
    """Fill in the docstrings of a request class created just now (see the module's doc)."""
    own = cls.__dict__
    for attr, value in own.items():
        if attr == '__init__' or (not attr.startswith('_') and hasattr(value, '__code__')):
            _complete_function(cls, value, attr)
    for mixin in cls.__mro__[1:]:  # builder methods of mixins, once per mixin
        if '_query_plan' in mixin.__dict__ or mixin in _MIXINS_DONE or mixin is object:
            continue
        _MIXINS_DONE.add(mixin)
        for attr, value in list(mixin.__dict__.items()):
            if not attr.startswith('_') and hasattr(value, '__code__'):
                _complete_function(cls, value, attr)
    if getattr(cls, 'path', None):
        returns = _returns(cls)
        if returns and 'returns' not in (cls.__doc__ or ''):
            lines = _clean(cls.__doc__)
            cls.__doc__ = '\n'.join(lines + ([''] if lines else []) + [returns])


def _shown_functions(cls: type) -> List[Tuple[str, Callable]]:
    """The constructor and the public methods a class's reference page shows: its own and
    those of its mixins, not the machinery of ``CamundaRequest`` (documented once there)."""
    shown: List[Tuple[str, Callable]] = [('__init__', cls.__init__)]  # type: ignore[misc]
    seen = {'__init__'}
    for klass in cls.__mro__:
        if klass.__name__ == 'CamundaRequest':
            break
        for attr, value in vars(klass).items():
            if attr not in seen and not attr.startswith('_') and hasattr(value, '__code__'):
                seen.add(attr)
                shown.append((attr, value))
    return shown


def coverage(classes: List[type]) -> Tuple[int, int, List[str]]:
    """(described, total, undescribed) parameter entries of the classes' reference pages."""
    import inspect
    described, total, missing = 0, 0, []
    for cls in classes:
        for attr, function in _shown_functions(cls):
            doc = function.__doc__ or ''
            if attr == '__init__':
                doc += '\n' + (cls.__doc__ or '')
            have = set(re.findall(r':param (?:[^:\n]+ )?(\w+):[ \t]*\S', doc))
            for name, param in inspect.signature(function).parameters.items():
                if name == 'self' or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                    continue
                total += 1
                if name in have:
                    described += 1
                else:
                    missing.append(f'{cls.__module__}.{cls.__qualname__}.{attr}({name})')
    return described, total, missing
