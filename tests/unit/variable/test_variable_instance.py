"""What the variable instance classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.variable as var

from unit.fakehttp import URL

INSTANCE = {'id': 'v1', 'name': 'amount', 'type': 'Integer', 'value': 5, 'valueInfo': {},
            'processDefinitionId': 'd1', 'processInstanceId': 'pi1', 'executionId': 'pi1',
            'caseInstanceId': None, 'caseExecutionId': None, 'taskId': None, 'batchId': None,
            'activityInstanceId': 'pi1', 'tenantId': None, 'errorMessage': None}


def test_get_list_sends_filters_and_value_filters(http):
    http.respond(json=[INSTANCE])
    query = var.GetList(URL, name_like='am%', process_instance_id_in=['pi1', 'pi2'],
                        sort_by='variable_name', ascending=False, max_results=5,
                        execution_id_in=['e1'])
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_equal_value_filter('amount', 5)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_not_equal_value_filter('flag', True)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_greater_than_value_filter('a', 1)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_greater_than_equal_value_filter('b', 2)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_less_than_value_filter('c', 3)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_less_than_equal_value_filter('d', 4)
    query.add_like_value_filter('name', 'Jo%')
    result = query()
    assert (http.method, http.path) == ('GET', '/variable-instance')
    assert http.params == {'variableNameLike': 'am%', 'processInstanceIdIn': 'pi1,pi2',
                           'executionIdIn': 'e1',
                           'variableValues': 'amount_eq_5,flag_neq_true,a_gt_1,b_gteq_2,c_lt_3,'
                                             'd_lteq_4,name_like_Jo%',
                           'sortBy': 'variableName', 'sortOrder': 'desc', 'maxResults': 5,
                           'deserializeValues': 'false'}
    assert result[0].name == 'amount' and result[0].value == 5 and result[0].process_definition_id == 'd1'


def test_get_list_without_value_filters_sends_none(http):
    http.respond(json=[])
    assert var.GetList(URL, name='x')() == ()
    assert http.params == {'variableName': 'x', 'deserializeValues': 'false'}


def test_count_sends_filters_only(http):
    http.respond(json={'count': 7})
    count = var.Count(URL, task_id_in=['t1'], sort_by='tenant_id', deserialize_values=True)
    count.add_equal_value_filter('x', 'y')
    assert count() == 7
    assert (http.method, http.path, http.params) == ('GET', '/variable-instance/count',
                                                     {'taskIdIn': 't1', 'variableValues': 'x_eq_y'})


def test_query_and_query_count_send_bodies(http):
    http.respond(json=[INSTANCE])
    query = var.Query(URL, name='amount', variable_scope_id_in=['pi1'],
                      sorting=[{'sortBy': 'variableName', 'sortOrder': 'asc'}], first_result=1)
    query.add_greater_than_value_filter('amount', 4)
    assert query()[0].id_ == 'v1'
    assert (http.method, http.path, http.params) == ('POST', '/variable-instance',
                                                     {'firstResult': 1, 'deserializeValues': 'false'})
    assert http.json == {'variableName': 'amount', 'variableScopeIdIn': ['pi1'],
                         'variableValues': [{'name': 'amount', 'operator': 'gt', 'value': 4}],
                         'sorting': [{'sortBy': 'variableName', 'sortOrder': 'asc'}]}
    http.respond(json={'count': 1})
    assert var.QueryCount(URL, name='amount', sorting=[{'sortBy': 'variableName'}])() == 1
    assert (http.path, http.params, http.json) == ('/variable-instance/count', {},
                                                   {'variableName': 'amount'})


def test_get_decodes_the_value_by_type(http):
    http.respond(json=dict(INSTANCE, type='Date', value='2024-03-01T10:00:00.000+0000'))
    instance = var.Get(URL, 'v1')()
    assert (http.method, http.path, http.params) == ('GET', '/variable-instance/v1',
                                                     {'deserializeValue': 'false'})
    assert instance.value == dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc)
    assert instance.raw_value == '2024-03-01T10:00:00.000+0000'


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'v1', 'name': 'n', 'type': 'Null', 'value': None})
    instance = var.Get(URL, 'v1', deserialize_value=True)()
    assert http.params == {'deserializeValue': 'true'}
    assert instance.value is None and instance.batch_id is None and instance.task_id is None


def test_get_data_returns_the_content(http):
    http.respond(content=b'%PDF')
    assert var.GetData(URL, 'v1')() == b'%PDF'
    assert (http.method, http.path) == ('GET', '/variable-instance/v1/data')
