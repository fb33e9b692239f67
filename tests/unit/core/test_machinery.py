"""Shared request machinery: POST query variants, value filters, null values, variable maps."""
import datetime as dt

import pytest

from pycamunda.base import (
    CamundaRequest,
    CountMixin,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    ValueFilterMixin,
    VariableFilter,
    value_is_true,
)
from pycamunda.request import BodyParameter, InvalidInput, QueryParameter
from pycamunda.variable import Variable

from unit.fakehttp import URL


class GetList(ValueFilterMixin, PagingMixin, CamundaRequest):
    http_method = RequestMethod.GET
    path = '/thing'
    name = QueryParameter('name')
    id_in = QueryParameter('idIn')
    active = QueryParameter('active', provide=value_is_true)
    variables = QueryParameter('variables', factory=list, provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'name': 'name', 'id_': 'id'})

    def __init__(self, url, name=None, id_in=None, active=False, sort_by=None, ascending=True,
                 first_result=None, max_results=None):
        super().__init__(url)
        self.set_parameters(locals())

    def __call__(self, *args, **kwargs):
        return super().__call__(self.http_method, *args, **kwargs).json()


class Count(CountMixin, GetList):
    path = '/thing/count'


class Query(QueryBodyMixin, GetList):
    or_queries = BodyParameter('orQueries')


class QueryCount(CountMixin, Query):
    path = '/thing/count'


def test_get_list_sends_filters_in_the_query(http):
    query = GetList(URL, name='a', id_in=['1', '2'], active=True, sort_by='id_', max_results=5)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_greater_than_value_filter('amount', 100)
    query.add_like_value_filter('city', 'Ber%')
    http.respond(json=[])
    query()
    assert http.params == {'name': 'a', 'idIn': '1,2', 'active': 'true', 'sortBy': 'id',
                           'sortOrder': 'asc', 'maxResults': 5,
                           'variables': 'amount_gt_100,city_like_Ber%'}


def test_the_post_variant_sends_the_same_filters_as_json(http):
    query = Query(URL, name='a', id_in=['1', '2'], active=True, sort_by='id_', ascending=False,
                  first_result=10, max_results=5)
    query.add_equal_value_filter('when', dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    query.or_queries = [{'name': 'b'}]
    http.respond(json=[])
    query()
    assert (http.method, http.path, http.params) == ('POST', '/thing',
                                                     {'firstResult': 10, 'maxResults': 5})
    assert http.json == {'name': 'a', 'idIn': ['1', '2'], 'active': True,
                         'variables': [{'name': 'when', 'operator': 'eq',
                                        'value': '2024-01-01T00:00:00.000+0000'}],
                         'orQueries': [{'name': 'b'}],
                         'sorting': [{'sortBy': 'id', 'sortOrder': 'desc'}]}


def test_counts_send_no_sorting_or_paging(http):
    http.respond(json={'count': 4})
    assert QueryCount(URL, name='a', sort_by='name', max_results=3)() == 4
    assert (http.method, http.path, http.params, http.json) == ('POST', '/thing/count', {},
                                                                {'name': 'a'})
    http.respond(json={'count': 2})
    assert Count(URL, name='a', sort_by='name', first_result=3)() == 2
    assert (http.method, http.path, http.params) == ('GET', '/thing/count', {'name': 'a'})


def test_unknown_filter_operator_is_refused():
    with pytest.raises(InvalidInput, match="operator='between'"):
        GetList(URL).add_value_filter('amount', 'between', 3)
    assert VariableFilter('a', 'eq', 1) == VariableFilter('a', 'eq', 1)


class SetDueDate(CamundaRequest):
    http_method = RequestMethod.PUT
    path = '/job/{id_}/duedate'
    id_ = QueryParameter('unused')
    duedate = BodyParameter('duedate', send_none=True)

    def __call__(self, *args, **kwargs):
        super().__call__(self.http_method, *args, **kwargs)


def test_send_none_sends_null(http):
    request = SetDueDate(URL, id_='j')
    assert request.body_parameters() == {'duedate': None}
    request.duedate = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert request.body_parameters() == {'duedate': '2024-01-01T00:00:00.000+0000'}


def test_variable_maps_and_pycamunda_style_access():
    variables = Variable.load_map({'a': {'value': '{"x": 1}', 'type': 'Json', 'valueInfo': {}},
                                   'b': {'value': 1, 'type': 'Integer'}})
    assert variables['a'].value == {'x': 1} and variables['a']['value'] == '{"x": 1}'
    assert variables['b']['type'] == 'Integer' and variables['b'].value_info is None
    with pytest.raises(KeyError):
        variables['b']['nope']


def test_query_classes_show_the_filters_they_pass_on():
    """help(), IDE call tips and the docs see GetList's filters, then Query's own keywords."""
    import inspect

    import pycamunda.caseinst
    import pycamunda.task
    for module, own in ((pycamunda.task, ['or_queries', 'sorting']), (pycamunda.caseinst, ['sorting'])):
        names = list(inspect.signature(module.Query).parameters)
        assert names == list(inspect.signature(module.GetList).parameters) + own
        assert all(inspect.signature(module.Query).parameters[n].kind is inspect.Parameter.KEYWORD_ONLY
                   for n in own)
