"""What the case definition classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.casedef as cd
import pycamunda.caseinst

from unit.fakehttp import URL

CASEDEF = {'id': 'c:1:x', 'key': 'c', 'category': 'http://test', 'name': 'Case', 'version': 1,
           'resource': 'c.cmmn', 'deploymentId': 'd1', 'tenantId': None, 'historyTimeToLive': 7}


def test_get_list_and_count(http):
    http.respond(json=[CASEDEF])
    found = cd.GetList(URL, id_='c:1:x', resource_name_like='%.cmmn', sort_by='deployment_id',
                       first_result=10)()
    assert (http.method, http.path) == ('GET', '/case-definition')
    assert http.params == {'caseDefinitionId': 'c:1:x', 'resourceNameLike': '%.cmmn',
                           'sortBy': 'deploymentId', 'sortOrder': 'asc', 'firstResult': 10}
    assert found == (cd.CaseDefinition('c:1:x', 'c', 'http://test', 'Case', 1, 'c.cmmn', 'd1',
                                       None, 7),)
    http.respond(json={'count': 0})
    assert cd.Count(URL, tenant_id_in=['t'], include_without_tenant_id=True)() == 0
    assert (http.path, http.params) == ('/case-definition/count', {
        'tenantIdIn': 't', 'includeCaseDefinitionsWithoutTenantId': 'true'})


@pytest.mark.parametrize('kwargs, prefix', [
    ({'id_': 'c:1:x'}, '/case-definition/c:1:x'),
    ({'key': 'c'}, '/case-definition/key/c'),
    ({'key': 'c', 'tenant_id': 't'}, '/case-definition/key/c/tenant-id/t'),
])
def test_definition_requests_by_id_key_or_tenant(http, kwargs, prefix):
    http.respond(json={'id': 'c:1:x'})
    assert cd.Get(URL, **kwargs)().key is None
    assert (http.method, http.path) == ('GET', prefix)
    http.respond(json={'id': 'c:1:x', 'cmmnXml': '<cmmn/>'})
    assert cd.GetXML(URL, **kwargs)() == '<cmmn/>'
    assert http.path == prefix + '/xml'
    http.respond(status=204)
    assert cd.GetDiagram(URL, **kwargs)() == b''
    assert http.path == prefix + '/diagram'
    cd.UpdateHistoryTimeToLive(URL, 5, **kwargs)()
    assert (http.method, http.path, http.json) == ('PUT', prefix + '/history-time-to-live',
                                                   {'historyTimeToLive': 5})


def test_create_instance(http):
    http.respond(json={'links': [{'method': 'GET', 'href': 'u', 'rel': 'self'}], 'id': 'ci1',
                       'caseDefinitionId': 'c:1:x', 'businessKey': 'bk', 'tenantId': None,
                       'active': True, 'completed': False})
    create = cd.CreateInstance(URL, key='c', business_key='bk')
    create.add_variable('amount', 5)
    instance = create()
    assert (http.method, http.path) == ('POST', '/case-definition/key/c/create')
    assert http.json == {'businessKey': 'bk', 'variables': {'amount': {'value': 5, 'type': 'Integer'}}}
    assert instance == pycamunda.caseinst.CaseInstance(
        'ci1', 'c:1:x', None, 'bk', True, False, instance.links)
    assert instance.links[0].rel == 'self'
