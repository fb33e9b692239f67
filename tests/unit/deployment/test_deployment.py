"""What the deployment classes send, and what they make of the engine's answers."""
import datetime as dt
import io

import pytest

import pycamunda.deployment
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

DEPLOYMENT = {'links': [], 'id': 'd1', 'name': 'orders', 'source': 'ci', 'tenantId': None,
              'deploymentTime': '2024-05-02T10:11:12.345+0200'}
PROCDEF = {'id': 'p:1:x', 'key': 'p', 'category': 'c', 'description': None, 'name': 'P',
           'version': 1, 'resource': 'p.bpmn', 'deploymentId': 'd1', 'diagram': None,
           'suspended': False, 'tenantId': None, 'versionTag': None, 'historyTimeToLive': 7,
           'startableInTasklist': True}
DECISION = {'id': 'dec:1:x', 'key': 'dec', 'category': 'c', 'name': 'D', 'version': 1,
            'resource': 'd.dmn', 'deploymentId': 'd1', 'tenantId': None,
            'decisionRequirementsDefinitionId': None, 'decisionRequirementsDefinitionKey': None,
            'historyTimeToLive': 7, 'versionTag': None}
CASEDEF = {'id': 'c:1:x', 'key': 'c', 'category': 'c', 'name': 'C', 'version': 1,
           'resource': 'c.cmmn', 'deploymentId': 'd1', 'tenantId': None, 'historyTimeToLive': 7}
WITH_DEFINITIONS = dict(DEPLOYMENT, links=[{'method': 'GET', 'href': 'http://x/deployment/d1',
                                            'rel': 'self'}],
                        deployedProcessDefinitions={'p:1:x': PROCDEF},
                        deployedCaseDefinitions={'c:1:x': CASEDEF},
                        deployedDecisionDefinitions={'dec:1:x': DECISION},
                        deployedDecisionRequirementsDefinitions=None)


def test_get_list_sends_filters_and_parses_dates(http):
    http.respond(json=[DEPLOYMENT])
    after = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    found = pycamunda.deployment.GetList(URL, name_like='ord%', without_source=True,
                                         tenant_id_in=['a', 'b'], after=after,
                                         sort_by='deployment_time', ascending=False,
                                         first_result=0, max_results=5)()
    assert (http.method, http.path) == ('GET', '/deployment')
    assert http.params == {'nameLike': 'ord%', 'withoutSource': 'true', 'tenantIdIn': 'a,b',
                           'after': '2024-01-01T00:00:00.000+0000', 'sortBy': 'deploymentTime',
                           'sortOrder': 'desc', 'firstResult': 0, 'maxResults': 5}
    assert found[0].id_ == 'd1' and found[0].source == 'ci'
    assert found[0].deployment_time == dt.datetime(2024, 5, 2, 10, 11, 12, 345000,
                                                   dt.timezone(dt.timedelta(hours=2)))


def test_count_and_get(http):
    http.respond(json={'count': 4})
    assert pycamunda.deployment.Count(URL, name='orders', sort_by='name')() == 4
    assert (http.method, http.path, http.params) == ('GET', '/deployment/count', {'name': 'orders'})
    http.respond(json={'id': 'd1'})
    deployment = pycamunda.deployment.Get(URL, 'd1')()
    assert (http.method, http.path) == ('GET', '/deployment/d1')
    assert deployment == pycamunda.deployment.Deployment('d1', None, None, None)


def test_get_list_sends_without_source_false_as_pycamunda_did(http):
    http.respond(json=[])
    pycamunda.deployment.GetList(URL, without_source=False)()
    assert http.params == {'withoutSource': 'false'}
    http.respond(json=[])
    pycamunda.deployment.GetList(URL)()
    assert http.params == {}


def test_create_sends_multipart_fields_and_files(http):
    http.respond(json=WITH_DEFINITIONS)
    create = pycamunda.deployment.Create(URL, name='orders', source='ci',
                                         enable_duplicate_filtering=True, tenant_id='t1')
    bpmn = io.BytesIO(b'<definitions/>')
    bpmn.name = '/some/dir/p.bpmn'
    create.add_resource(bpmn)
    create.add_resource('<definitions/>', name='d.dmn')
    create.add_resource(b'{}', plain=True)
    assert create.files == {'resource-0': bpmn, 'resource-1': ('d.dmn', '<definitions/>'),
                            'resource-2': ('resource-2', b'{}')}  # PyCamunda's part names
    result = create()
    assert (http.method, http.path) == ('POST', '/deployment/create')
    assert http.last['data'] == {'deployment-name': 'orders', 'deployment-source': 'ci',
                                 'enable-duplicate-filtering': 'true', 'tenant-id': 't1',
                                 'deploy-changed-only': 'false'}
    assert http.last['files'] == create.files
    assert http.json is None
    assert result.deployed_process_definitions['p:1:x'].startable_in_tasklist is True
    assert result.deployed_case_definitions['c:1:x'].history_time_to_live == 7
    assert result.deployed_decision_definitions['dec:1:x'].key == 'dec'
    assert result.deployed_decision_requirements_definitions is None
    assert result.links[0].rel == 'self'


def test_create_without_resources_sends_nothing(http):
    with pytest.raises(InvalidInput, match='add_resource') as raised:
        pycamunda.deployment.Create(URL, name='empty')()
    assert isinstance(raised.value, AssertionError)  # what PyCamunda raised
    assert http.calls == []


def test_create_sends_deploy_changed_only_and_activation_time(http):
    http.respond(json={'id': 'd2'})
    create = pycamunda.deployment.Create(URL, 'x', deploy_changed_only=True,
                                         activation_time=dt.datetime(2030, 1, 1,
                                                                     tzinfo=dt.timezone.utc))
    create.add_resource(b'x', name='a.bpmn')
    result = create()
    assert http.last['data'] == {'deployment-name': 'x', 'deploy-changed-only': 'true',
                                 'enable-duplicate-filtering': 'false',
                                 'deployment-activation-time': '2030-01-01T00:00:00.000+0000'}
    assert result.id_ == 'd2' and result.links == () and result.deployed_process_definitions is None


def test_redeploy_and_registered(http):
    http.respond(json=WITH_DEFINITIONS)
    result = pycamunda.deployment.Redeploy(URL, 'd1', resource_names=['p.bpmn'], source='again')()
    assert (http.method, http.path) == ('POST', '/deployment/d1/redeploy')
    assert http.json == {'resourceNames': ['p.bpmn'], 'source': 'again'}
    assert result.name == 'orders'
    http.respond(json=['d1', 'd2'])
    assert pycamunda.deployment.GetRegistered(URL)() == ('d1', 'd2')
    assert (http.method, http.path) == ('GET', '/deployment/registered')


def test_resources(http):
    resource = {'id': 'r1', 'name': 'p.bpmn', 'deploymentId': 'd1'}
    http.respond(json=[resource])
    assert pycamunda.deployment.GetResources(URL, 'd1')() == (
        pycamunda.deployment.Resource('r1', 'p.bpmn', 'd1'),)
    assert (http.method, http.path) == ('GET', '/deployment/d1/resources')
    http.respond(json={'id': 'r1'})
    assert pycamunda.deployment.GetResource(URL, 'd1', 'r1')().name is None
    assert http.path == '/deployment/d1/resources/r1'
    http.respond(content=b'<xml/>')
    get = pycamunda.deployment.GetResource(URL, 'd1', 'r/1', binary=True)
    assert get() == b'<xml/>'
    assert http.raw_path == '/deployment/d1/resources/r%2F1/data' and get.url == http.last['url']


def test_delete_sends_every_flag_as_pycamunda(http):
    pycamunda.deployment.Delete(URL, 'd1', cascade=True)()
    assert (http.method, http.path, http.params) == ('DELETE', '/deployment/d1', {
        'cascade': 'true', 'skipCustomListeners': 'false', 'skipIoMappings': 'false'})



@pytest.mark.parametrize('name', ['p.bpmn', 'P.BPMN20.XML', 'd.dmn11.xml', 'c.cmmn', 'f.form',
                                  'forms/start.html', 'scripts/a.groovy', 'p.png', 'p.svg'])
def test_create_takes_the_resources_the_engine_recognises(name):
    create = pycamunda.deployment.Create(URL, name='n')
    create.add_resource(b'x', name=name)
    assert names(create) == [name]


def test_create_names_unnamed_content_by_the_model_it_holds():
    create = pycamunda.deployment.Create(URL, name='n')
    create.add_resource(b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>')
    create.add_resource('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"/>')
    create.add_resource('<definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL"/>')
    create.add_resource(b'{"components": [], "type": "default"}')
    assert names(create) == ['resource-0.bpmn', 'resource-1.dmn', 'resource-2.cmmn',
                             'resource-3.form']


def test_create_refuses_a_name_the_engine_would_silently_ignore():
    create = pycamunda.deployment.Create(URL, name='n')
    with pytest.raises(InvalidInput, match="resource name 'process.xml'.*plain=True"):
        create.add_resource(b'<definitions/>', name='process.xml')
    with pytest.raises(InvalidInput, match="'notes.txt'"):
        create.add_resource(io.BytesIO(b'x'), name='notes.txt')
    assert create.files == {}
    create.add_resource(b'x', name='process.xml', plain=True)
    with pytest.warns(UserWarning, match="'resource-1'.*plain=True"):
        create.add_resource(b'no model')  # PyCamunda took unnamed content: a warning
    assert names(create) == ['process.xml', 'resource-1']


def names(create):
    """The resource names of a Create's multipart parts (PyCamunda's part keys: resource-N)."""
    return [value[0] for value in create.files.values()]
