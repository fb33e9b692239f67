"""Task filters the engine would ignore if a key were wrong: expressions and variable conditions.

The engine forbids expressions in ad-hoc queries (``enableExpressionsInAdhocQueries`` is off by
default) and evaluates them in stored queries (filters). So each ``*_expression`` filter of an
ad-hoc query must make the engine refuse it (a key it did not know would be ignored), and a
filter storing the body :class:`pycamunda.task.Query` builds must leave out what the
expression excludes.
"""
import datetime as dt

import pytest
import requests
from requests.auth import HTTPBasicAuth

import pycamunda
import pycamunda.base
import pycamunda.filter
import pycamunda.task

from integration.conftest import at_least

ADMIN = HTTPBasicAuth('demo', 'demo')
EXPRESSIONS = ['process_instance_business_key', 'process_instance_business_key_like', 'assignee',
               'assignee_like', 'owner', 'candidate_group', 'candidate_user', 'involved_user',
               'due_date', 'due_after', 'due_before', 'follow_up_date', 'follow_up_after',
               'follow_up_before', 'follow_up_before_or_not_existent', 'created_on',
               'created_after', 'created_before', 'updated_after', 'candidate_groups']


@pytest.mark.parametrize('cls', [pycamunda.task.Count, pycamunda.task.QueryCount])
@pytest.mark.parametrize('name', EXPRESSIONS)
def test_the_engine_reads_every_expression_filter(engine_url, cls, name):
    if name == 'updated_after' and not at_least('7.18'):
        pytest.skip('since 7.18: updatedAfterExpression (OpenAPI /task); older engines ignore it')
    value = '${currentUserGroups()}' if name == 'candidate_groups' else '${now()}'
    with pytest.raises(pycamunda.BadRequest, match='Expressions are forbidden in adhoc queries'):
        cls(engine_url, **{f'{name}_expression': value})()


def _tasks(url, uid, auth=None, **fields):
    """Standalone tasks ``{uid}-{suffix}`` with the given fields; deleted afterwards."""
    created = []
    for suffix, values in fields.items():
        create = pycamunda.task.Create(url, id_=f'{uid}-{suffix}', name=f'{uid} {suffix}', **values)
        create.auth = auth
        create()
        created.append(create.id_)
    return created


def _run_stored(url, query, auth=None):
    """Create a filter storing ``query``, run it and delete it: the names of the tasks found."""
    created = requests.post(f'{url}/filter/create', auth=auth, timeout=30,
                            json={'resourceType': 'Task', 'name': 'expr', 'query': query})
    created.raise_for_status()
    filter_id = created.json()['id']
    try:
        execute = pycamunda.filter.Execute(url, filter_id, max_results=10)
        execute.auth = auth
        return sorted(task.name for task in execute())
    finally:
        requests.delete(f'{url}/filter/{filter_id}', auth=auth, timeout=30)


@pytest.fixture
def cleanup():
    ids = []
    yield ids
    for url, task_id, auth in ids:
        requests.delete(f'{url}/task/{task_id}', auth=auth, timeout=30)


def test_a_stored_due_before_expression_leaves_out_later_tasks(engine_url, uid, cleanup):
    now = dt.datetime.now(dt.timezone.utc)
    ids = _tasks(engine_url, uid, past={'due': now - dt.timedelta(days=1)},
                 future={'due': now + dt.timedelta(days=30)})
    cleanup.extend((engine_url, i, None) for i in ids)
    query = pycamunda.task.Query(engine_url, name_like=f'{uid} %',
                                 due_before_expression='${now()}').body_parameters()
    assert query == {'nameLike': f'{uid} %', 'dueBeforeExpression': '${now()}'}
    assert _run_stored(engine_url, query) == [f'{uid} past']


def test_a_stored_assignee_expression_is_the_authenticated_user(auth_engine_url, uid, cleanup):
    ids = _tasks(auth_engine_url, uid, ADMIN, mine={'assignee': 'demo'},
                 theirs={'assignee': f'{uid}-other'})
    cleanup.extend((auth_engine_url, i, ADMIN) for i in ids)
    query = pycamunda.task.Query(auth_engine_url, name_like=f'{uid} %',
                                 assignee_expression='${currentUser()}').body_parameters()
    assert _run_stored(auth_engine_url, query, ADMIN) == [f'{uid} mine']


def test_query_variable_conditions_filter_however_given(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid)
    for customer, amount in (('ann', 50), ('bob', 150)):
        camunda.start(uid, variables={'assignee': {'value': uid, 'type': 'String'},
                                      'customer': {'value': customer, 'type': 'String'},
                                      'amount': {'value': amount, 'type': 'Integer'}})
    assert pycamunda.task.Count(engine_url, process_definition_key=uid)() == 2
    # the GET form's values are strings (as the engine takes them in a GET query)
    (found,) = pycamunda.task.Query(engine_url, process_definition_key=uid,
                                    process_variables=['customer_eq_bob'])()
    typed = pycamunda.task.Query(engine_url, process_definition_key=uid,
                                 process_variables=[('amount', 'gt', 100)])()
    assert typed == (found,)
    assert pycamunda.task.QueryCount(
        engine_url, process_definition_key=uid,
        process_variables=[pycamunda.base.VariableFilter('amount', 'lteq', 100),
                           {'name': 'customer', 'operator': 'like', 'value': 'a%'}])() == 1
