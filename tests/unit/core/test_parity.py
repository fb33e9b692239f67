"""What code and tests written for PyCamunda 0.6.1 observe (issue 12, items 1-7)."""
from __future__ import annotations

import dataclasses
import unittest.mock
from typing import Any, Optional

import pytest

import pycamunda
import pycamunda.auth
import pycamunda.base
import pycamunda.caseinst
import pycamunda.deployment
import pycamunda.externaltask
import pycamunda.filter
import pycamunda.message
import pycamunda.migration
import pycamunda.processdef
import pycamunda.processinst
import pycamunda.task
import pycamunda.user
import pycamunda.variable
from pycamunda.model import Model
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

TASK = {'id': 't1', 'name': 'Approve'}


class Fake:
    """A response as users' tests fake it: a truth value, json(), content and text, no more."""

    def __init__(self, ok: bool = True, json: Any = None, content: bytes = b'x', text: str = ''):
        self.ok, self._json, self.content, self.text = ok, json, content, text

    def __bool__(self) -> bool:
        return self.ok

    def json(self) -> Any:
        return self._json


@pytest.fixture
def fake():
    """``Session.request`` answers with the ``Fake`` put in ``fake.answer``."""
    holder = unittest.mock.Mock()
    with unittest.mock.patch('requests.Session.request', side_effect=lambda *a, **k: holder.answer):
        yield holder


# --------------------------------------------------------------- 1. _raise_for_status

def test_error_answers_go_through_a_patched_raise_for_status(http):
    http.respond(404, json={'type': 'NotFound', 'message': 'no user'})

    class Patched(Exception):
        pass

    with unittest.mock.patch('pycamunda.base._raise_for_status', side_effect=Patched) as patched:
        with pytest.raises(Patched):
            pycamunda.user.GetProfile(URL, 'jdoe')()
    (response,), _ = patched.call_args
    assert response.status_code == 404


def test_a_raise_for_status_patched_to_return_lets_the_call_go_on(http):
    http.respond(500, json={'id': 'jdoe', 'firstName': 'J'})
    with unittest.mock.patch('pycamunda.base._raise_for_status'):
        profile = pycamunda.user.GetProfile(URL, 'jdoe')()
    assert (profile.id_, profile.first_name) == ('jdoe', 'J')


def test_raise_for_status_raises_the_structured_error(http):
    http.respond(404, json={'type': 'InvalidRequestException', 'message': 'no user'})
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.user.GetProfile(URL, 'jdoe')()
    error = info.value
    assert (error.status_code, error.type_, error.method) == (404, 'InvalidRequestException', 'GET')
    assert error.url == URL + '/user/jdoe/profile'
    with unittest.mock.patch('pycamunda.base._raise_for_status') as patched:
        http.respond(json={'id': 'jdoe'})
        pycamunda.user.GetProfile(URL, 'jdoe')()
    patched.assert_not_called()  # success answers never reach it


def test_raise_for_status_called_directly_takes_the_call_from_the_response():
    response = unittest.mock.Mock(status_code=403, url='http://u:secret@e/rest/task?x=1')
    response.json.return_value = {'message': 'no'}
    response.request.method, response.request.url = 'POST', response.url
    with pytest.raises(pycamunda.Forbidden) as info:
        pycamunda.base._raise_for_status(response)
    assert (info.value.method, info.value.url, info.value.message) == (
        'POST', 'http://***@e/rest/task', 'no')


# --------------------------------------------------------------- 2. the truth value

def test_success_is_the_truth_value_of_a_fake_response(fake):
    fake.answer = Fake(json=TASK)
    assert pycamunda.task.Get(URL, 't1')().name == 'Approve'
    fake.answer = Fake(json={'count': '3'})
    assert pycamunda.task.Count(URL)() == 3  # through int(), as PyCamunda
    fake.answer = Fake(content=b'\x89PNG')
    assert pycamunda.processdef.GetProcessDiagram(URL, id_='a:1')() == b'\x89PNG'


def test_an_error_fake_without_status_code_raises_no_success(fake):
    fake.answer = Fake(ok=False, json={'type': 'X', 'message': 'broken'})
    with pytest.raises(pycamunda.NoSuccess) as info:
        pycamunda.task.Get(URL, 't1')()
    assert (info.value.status_code, info.value.type_, info.value.message) == (None, 'X', 'broken')
    fake.answer = Fake(ok=False, json=None, text='plain text')
    with pytest.raises(pycamunda.NoSuccess, match='plain text'):
        pycamunda.task.Get(URL, 't1')()


# --------------------------------------------------------------- 3. models at call time

def test_a_patched_load_is_honoured_by_every_class_returning_the_model(http):
    marker = object()
    with unittest.mock.patch.object(pycamunda.task.Task, 'load', return_value=marker):
        http.respond(json=[TASK])
        assert pycamunda.task.GetList(URL)() == (marker,)
        http.respond(json=[TASK, TASK])
        assert pycamunda.filter.Execute(URL, 'f1')() == (marker, marker)
        http.respond(json=TASK)
        assert pycamunda.filter.Execute(URL, 'f1', single_result=True)() is marker
        http.respond(json=TASK)
        assert pycamunda.task.Get(URL, 't1')() is marker
    http.respond(json=[TASK])
    (task,) = pycamunda.task.GetList(URL)()  # the fast path again
    assert isinstance(task, pycamunda.task.Task) and task.name == 'Approve'


def test_a_replaced_model_class_is_looked_up_on_its_module(http):
    with unittest.mock.patch('pycamunda.task.Task') as replaced:
        replaced.load.side_effect = lambda data: ('loaded', data['id'])
        http.respond(json=[TASK])
        assert pycamunda.filter.Execute(URL, 'f1')() == (('loaded', 't1'),)
        http.respond(json=[TASK])
        assert pycamunda.task.GetList(URL)() == (('loaded', 't1'),)
    with unittest.mock.patch('pycamunda.externaltask.ExternalTask') as replaced:
        replaced.load.side_effect = lambda data: data['id']
        http.respond(json=[{'id': 'e1'}])
        assert pycamunda.externaltask.FetchAndLock(URL, 'w', 1)() == ('e1',)


def test_variable_scopes_honour_a_patched_variable_load(http):
    with unittest.mock.patch.object(pycamunda.variable.Variable, 'load', side_effect=lambda d: d['value']):
        http.respond(json={'a': {'value': 1, 'type': 'Integer'}})
        assert pycamunda.processinst.VariablesGetList(URL, 'pi1')() == {'a': 1}
    http.respond(json={'a': {'value': 1, 'type': 'Integer'}})
    assert pycamunda.processinst.VariablesGetList(URL, 'pi1')()['a'].value == 1


@dataclasses.dataclass
class _Inner(Model):
    name: str


@dataclasses.dataclass
class _Outer(Model):
    inner: Optional[_Inner] = None


def test_field_converters_never_capture_a_temporarily_patched_class():
    with unittest.mock.patch.object(_Inner, 'load', return_value='patched'):
        assert _Outer.load({'inner': {'name': 'x'}}).inner == 'patched'  # the first load
    assert _Outer.load({'inner': {'name': 'x'}}).inner == _Inner('x')


# --------------------------------------------------------------- 4. what is sent

def test_empty_lists_are_left_out_of_the_query():
    get_list = pycamunda.processinst.GetList(URL, process_instance_ids=[], tenant_id_in=())
    assert get_list.query_parameters() == {}


def test_empty_dicts_pycamunda_never_sent_are_left_out():
    failure = pycamunda.externaltask.HandleFailure(URL, 't1', 'w1', 'boom', None, 0, 0)
    assert 'variables' not in failure.body_parameters()
    generate = pycamunda.migration.Generate(URL, 's:1', 's:2')
    assert 'variables' not in generate.body_parameters()
    correlate = pycamunda.message.CorrelateSingle(URL, 'go')
    assert 'processVariablesToTriggeredScope' not in correlate.body_parameters()


def test_flags_pycamunda_always_sent_are_sent_false_too():
    fetch = pycamunda.externaltask.FetchAndLock(URL, 'w1', 1)
    fetch.add_topic('charge', 1000)
    body = fetch.body_parameters()
    assert body['usePriority'] is False and body['topics'][0]['deserializeValues'] is False
    modify = pycamunda.processinst.Modify(URL, 'pi1').body_parameters()
    assert (modify['skipCustomListeners'], modify['skipIoMappings']) == (False, False)
    stats = pycamunda.processdef.GetProcessInstanceStats(URL).query_parameters()
    assert stats == {'failedJobs': 'false'}
    correlate = pycamunda.message.CorrelateAll(URL, 'go').body_parameters()
    assert (correlate['resultEnabled'], correlate['variablesInResultEnabled']) == (False, False)
    assert pycamunda.task.Complete(URL, 't1').body_parameters()['withVariablesInReturn'] is False


def test_case_instance_deletions_by_name():
    for deletions in (['a', 'b'], 'a b'):
        close = pycamunda.caseinst.Close(URL, 'c1', deletions=deletions)
        assert close.body_parameters()['deletions'] == [{'name': 'a'}, {'name': 'b'}]
    assert pycamunda.caseinst.Complete(URL, 'c1').body_parameters()['deletions'] == []


def test_filter_queries_send_resource_type_task():
    assert pycamunda.filter.GetList(URL).query_parameters()['resourceType'] == 'Task'
    assert pycamunda.filter.Count(URL).query_parameters() == {'resourceType': 'Task'}


@pytest.mark.parametrize('cls, old, wire', [
    (pycamunda.user.GetList, 'id_', 'userId'), (pycamunda.filter.GetList, 'id_', 'filterId'),
    (pycamunda.variable.GetList, 'name', 'variableName'),
    (pycamunda.variable.GetList, 'type_', 'variableType'),
    (pycamunda.externaltask.GetList, 'task_priority', 'taskPriority')])
def test_sort_by_takes_pycamundas_keys(cls, old, wire):
    assert cls(URL, sort_by=old).query_parameters()['sortBy'] == wire


# --------------------------------------------------------------- 5. helper classes

def test_filter_criteria_is_a_request_of_its_own():
    criteria = pycamunda.filter._Criteria(url=URL)
    assert isinstance(criteria, pycamunda.base.CamundaRequest)
    criteria.add_user_criteria(assignee='demo', delegation_state='PENDING')
    assert criteria.delegation_state is pycamunda.task.DelegationState.pending
    assert criteria.body_parameters() == {'query': {'assignee': 'demo',
                                                    'delegationState': 'PENDING'}}


# --------------------------------------------------------------- 6. loaded dataclasses

def test_lists_pycamunda_kept_stay_lists_and_tuples_stay_tuples():
    authorization = pycamunda.auth.Authorization.load({'permissions': ['READ'], 'links': []})
    assert authorization.permissions == ['READ'] and authorization.links == ()
    deployment = pycamunda.deployment.DeploymentWithDefinitions.load(
        {'links': [{'method': 'GET', 'href': 'h', 'rel': 'self'}]})
    assert isinstance(deployment.links, list) and deployment.links[0].rel == 'self'
    instruction = pycamunda.migration.MigrationInstruction.load(
        {'sourceActivityIds': ['a'], 'targetActivityIds': ['b'], 'updateEventTrigger': False})
    assert (instruction.source_activity_ids, instruction.target_activity_ids) == (['a'], ['b'])
    task = pycamunda.externaltask.ExternalTask.load({'id': 'e1'})
    assert pycamunda.processinst.ProcessInstance.load({'links': []}).links == () and task.id_ == 'e1'


# --------------------------------------------------------------- 7. input checks

@pytest.mark.parametrize('cls', [pycamunda.task.IdentityLinksAdd, pycamunda.task.IdentityLinksDelete])
def test_identity_links_need_exactly_one_of_user_and_group(cls):
    for kwargs in ({}, {'user_id': 'u', 'group_id': 'g'}):
        with pytest.raises(AssertionError):
            cls(URL, 't1', 'candidate', **kwargs)
        with pytest.raises(InvalidInput, match='exactly one of user_id or group_id'):
            cls(URL, 't1', 'candidate', **kwargs)
    assert cls(URL, 't1', 'candidate', group_id='g').body_parameters()['groupId'] == 'g'


def test_authorizations_need_exactly_one_of_user_and_group(http):
    create = pycamunda.auth.Create(URL, 1, ['READ'], 7, '*')
    with pytest.raises(AssertionError):
        create()
    assert http.calls == []


def test_statistics_refuse_pycamundas_invalid_combinations():
    with pytest.raises(pycamunda.PyCamundaException):
        pycamunda.processdef.GetProcessInstanceStats(URL, incidents=True, root_incidents=True)
    with pytest.raises(InvalidInput, match='incidents'):
        pycamunda.processdef.GetActivityInstanceStats(URL, id_='a:1', incidents=True,
                                                      incidents_for_type='failedJob')
    with pytest.raises(pycamunda.PyCamundaException):
        pycamunda.processdef.StartInstance(URL, id_='a:1', key='a')
    with pytest.raises(pycamunda.PyCamundaException):
        pycamunda.processdef.StartInstance(URL, id_='a:1', tenant_id='t')


def test_a_deployment_without_resources_raises_an_assertion_error(http):
    with pytest.raises(AssertionError):
        pycamunda.deployment.Create(URL, 'empty')()
    assert http.calls == []


def test_statistics_flags_must_be_booleans():
    for flags in ({'incidents': None}, {'root_incidents': None}):
        with pytest.raises(TypeError):
            pycamunda.processdef.GetProcessInstanceStats(URL, **flags)
