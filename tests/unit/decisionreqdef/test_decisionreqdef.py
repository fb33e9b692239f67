"""What the decision requirements definition classes send, and what they parse."""
import pytest

import pycamunda.decisionreqdef as drd

from unit.fakehttp import URL

DRD = {'id': 'drd:1:x', 'key': 'drd', 'name': 'DRD', 'category': 'http://test', 'version': 2,
       'resource': 'd.dmn', 'deploymentId': 'd1', 'tenantId': None}


def test_get_list_and_count(http):
    http.respond(json=[DRD])
    found = drd.GetList(URL, key='drd', version=2, sort_by='id_', ascending=False)()
    assert (http.method, http.path) == ('GET', '/decision-requirements-definition')
    assert http.params == {'key': 'drd', 'version': 2, 'sortBy': 'id', 'sortOrder': 'desc'}
    assert found == (drd.DecisionRequirementsDefinition('drd:1:x', 'drd', 'http://test', 'DRD', 2,
                                                        'd.dmn', 'd1', None),)
    http.respond(json={'count': 1})
    assert drd.Count(URL, name_like='D%', include_without_tenant_id=True)() == 1
    assert (http.path, http.params) == ('/decision-requirements-definition/count', {
        'nameLike': 'D%', 'includeDecisionRequirementsDefinitionsWithoutTenantId': 'true'})


@pytest.mark.parametrize('cls, kwargs, path', [
    (drd.Get, {'id_': 'drd:1:x'}, '/decision-requirements-definition/drd:1:x'),
    (drd.Get, {'key': 'drd', 'tenant_id': 't'}, '/decision-requirements-definition/key/drd/tenant-id/t'),
    (drd.GetXML, {'key': 'drd'}, '/decision-requirements-definition/key/drd/xml'),
    (drd.GetDiagram, {'id_': 'i'}, '/decision-requirements-definition/i/diagram'),
])
def test_single_definition_requests(http, cls, kwargs, path):
    http.respond(json={'id': 'drd:1:x', 'dmnXml': '<d/>'})
    result = cls(URL, **kwargs)()
    assert (http.method, http.path) == ('GET', path)
    if cls is drd.Get:
        assert result.id_ == 'drd:1:x' and result.name is None
    elif cls is drd.GetXML:
        assert result == '<d/>'
    else:
        assert result == b'{"id": "drd:1:x", "dmnXml": "<d/>"}'
