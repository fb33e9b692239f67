"""The task classes against the real engine."""
import datetime as dt

import pytest

import pycamunda
import pycamunda.task
import pycamunda.variable
from pycamunda.task import DelegationState

from integration.conftest import at_least, fixture_text


@pytest.fixture
def standalone(engine_url, camunda, uid):
    """A standalone task with the id ``uid``."""
    pycamunda.task.Create(engine_url, id_=uid, name=f'{uid} report', priority=70)()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/task/{uid}'))
    return uid


@pytest.fixture
def user_task(engine_url, camunda, uid):
    """The task of a started user_task.bpmn instance (assignee ``uid``, candidate group sales)."""
    camunda.deploy_fixture('user_task.bpmn', key=uid)
    instance = camunda.start(uid, variables={'assignee': {'value': uid, 'type': 'String'}},
                             business_key=f'{uid}-bk')
    (task,) = pycamunda.task.GetList(engine_url, process_instance_id=instance['id'])()
    return task


@pytest.fixture
def forms_task(engine_url, camunda, uid):
    """The "fill" task of a started task_forms.bpmn instance."""
    camunda.deploy(('task_forms.bpmn', fixture_text('task_forms.bpmn', key=uid)),
                   ('task_form.html', fixture_text('task_form.html')))
    instance = camunda.start(uid)
    (task,) = pycamunda.task.GetList(engine_url, process_instance_id=instance['id'])()
    return task


def _open_tasks(engine_url, process_instance_id):
    return [t.task_definition_key
            for t in pycamunda.task.GetList(engine_url, process_instance_id=process_instance_id)()]


def test_create_get_update_delete(engine_url, uid):
    due = dt.datetime(2031, 5, 6, 7, 8, 9, tzinfo=dt.timezone.utc)
    pycamunda.task.Create(engine_url, id_=uid, name='Write', description='a report',
                          owner='owner1', priority=70, due=due)()
    try:
        task = pycamunda.task.Get(engine_url, uid)()
        assert (task.id_, task.name, task.description, task.owner, task.priority) == (
            uid, 'Write', 'a report', 'owner1', 70)
        assert task.due == due and task.created.tzinfo is not None
        assert task.process_instance_id is None and task.suspended is False
        pycamunda.task.Update(engine_url, uid, name='Rewrite', description=None, assignee='me',
                              owner=None, delegation_state=DelegationState.pending, due=None,
                              follow_up=due, priority=10, parent_task_id=None,
                              case_instance_id=None, tenant_id=None)()
        task = pycamunda.task.Get(engine_url, uid)()
        assert (task.name, task.description, task.assignee, task.priority) == (
            'Rewrite', None, 'me', 10)
        assert (task.delegation_state, task.due, task.follow_up) == ('PENDING', None, due)
    finally:
        pycamunda.task.Delete(engine_url, uid)()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.task.Get(engine_url, uid)()


def test_list_count_and_query(engine_url, camunda, uid):
    for suffix, priority in (('a', 10), ('b', 20)):
        pycamunda.task.Create(engine_url, id_=f'{uid}{suffix}', name=f'{uid} {suffix}',
                              priority=priority)()
        camunda.later(lambda s=suffix: camunda.session.delete(f'{engine_url}/task/{uid}{s}'))
    listed = pycamunda.task.GetList(engine_url, name_like=f'{uid}%', sort_by='priority',
                                    ascending=False)()
    assert [t.id_ for t in listed] == [f'{uid}b', f'{uid}a']
    assert pycamunda.task.Count(engine_url, name_like=f'{uid}%', min_priority=15)() == 1
    queried = pycamunda.task.Query(engine_url, name_like=f'{uid}%', task_id_in=[f'{uid}a'],
                                   sorting=[{'sortBy': 'priority', 'sortOrder': 'asc'}])()
    assert [t.id_ for t in queried] == [f'{uid}a']
    assert pycamunda.task.QueryCount(engine_url, name_like=f'{uid}%')() == 2
    assert pycamunda.task.QueryCount(engine_url, name_like=f'{uid}%', or_queries=[
        {'name': f'{uid} a', 'priority': 20}])() == 2


def test_list_by_process_with_variables(engine_url, user_task, uid):
    tasks = pycamunda.task.GetList(engine_url, process_definition_key=uid, assignee=uid,
                                   candidate_groups=['sales'], include_assigned_tasks=True,
                                   process_instance_business_key=f'{uid}-bk',
                                   with_task_variables_in_return=True)()
    assert [t.id_ for t in tasks] == [user_task.id_]
    task = tasks[0]
    assert (task.task_definition_key, task.form_key) == ('approve', 'embedded:app:forms/approve.html')
    if at_least('7.24'):  # withTaskVariablesInReturn since 7.24 (OpenAPI /task); 7.17 ignores it
        assert task.variables['assignee'].value == uid
    else:
        assert task.variables is None
    assert pycamunda.task.GetList(engine_url, process_definition_key=uid, unassigned=True)() == ()


def test_claim_assign_delegate_resolve(engine_url, user_task, uid):
    task_id = user_task.id_
    pycamunda.task.Unclaim(engine_url, task_id)()
    assert pycamunda.task.Get(engine_url, task_id)().assignee is None
    pycamunda.task.Claim(engine_url, task_id, user_id='alice')()
    assert pycamunda.task.Get(engine_url, task_id)().assignee == 'alice'
    with pytest.raises(pycamunda.NoSuccess):  # already claimed
        pycamunda.task.Claim(engine_url, task_id, user_id='bob')()
    pycamunda.task.SetAssignee(engine_url, task_id, user_id='carol')()
    pycamunda.task.Delegate(engine_url, task_id, user_id='dave')()
    task = pycamunda.task.Get(engine_url, task_id)()
    assert (task.assignee, task.owner, task.delegation_state) == ('dave', 'carol', 'PENDING')
    resolve = pycamunda.task.Resolve(engine_url, task_id)
    resolve.add_variable('checked', True)
    resolve()
    task = pycamunda.task.Get(engine_url, task_id)()
    assert (task.assignee, task.delegation_state) == ('carol', 'RESOLVED')
    assert pycamunda.task.VariablesGet(engine_url, task_id, 'checked')().value is True


def test_identity_links_and_candidate_group_report(engine_url, standalone, uid):
    pycamunda.task.IdentityLinksAdd(engine_url, standalone, type_='candidate', group_id=uid)()
    pycamunda.task.IdentityLinksAdd(engine_url, standalone, type_='candidate', user_id=uid)()
    links = pycamunda.task.IdentityLinksGetList(engine_url, standalone, type_='candidate')()
    assert {(link.user_id, link.group_id) for link in links} == {(None, uid), (uid, None)}
    report = pycamunda.task.GetCountByCandidateGroup(engine_url)()
    assert [r.task_count for r in report if r.group_name == uid] == [1]
    pycamunda.task.IdentityLinksDelete(engine_url, standalone, type_='candidate', group_id=uid)()
    links = pycamunda.task.IdentityLinksGetList(engine_url, standalone)()
    assert [(link.user_id, link.type_) for link in links] == [(uid, 'candidate')]


def test_comments(engine_url, standalone):
    first = pycamunda.task.CommentCreate(engine_url, standalone, message='first')()
    assert (first.task_id, first.message) == (standalone, 'first') and first.time.tzinfo
    second = pycamunda.task.CommentCreate(engine_url, standalone, message='second')()
    assert pycamunda.task.CommentGet(engine_url, standalone, first.id_)().message == 'first'
    assert len(pycamunda.task.CommentGetList(engine_url, standalone)()) == 2
    pycamunda.task.CommentUpdate(engine_url, standalone, first.id_, message='edited')()  # 7.23
    assert pycamunda.task.CommentGet(engine_url, standalone, first.id_)().message == 'edited'
    listed = pycamunda.task.CommentGetList(engine_url, standalone)()
    assert {c.id_: c.message for c in listed} == {first.id_: 'edited', second.id_: 'second'}
    pycamunda.task.CommentDelete(engine_url, standalone, first.id_)()
    assert [c.id_ for c in pycamunda.task.CommentGetList(engine_url, standalone)()] == [second.id_]
    pycamunda.task.CommentDelete(engine_url, standalone)()
    assert pycamunda.task.CommentGetList(engine_url, standalone)() == ()


def test_attachments(engine_url, standalone):
    file = pycamunda.task.AttachmentCreate(engine_url, standalone, name='notes.txt',
                                           description='notes', type_='text/plain',
                                           content=b'some\x00bytes')()
    link = pycamunda.task.AttachmentCreate(engine_url, standalone, name='site',
                                           attachment_url='https://example.org/')()
    assert (file.task_id, file.name, file.type_, file.url) == (standalone, 'notes.txt',
                                                                'text/plain', None)
    got = pycamunda.task.AttachmentGet(engine_url, standalone, link.id_)()
    assert (got.name, got.url) == ('site', 'https://example.org/')
    data = pycamunda.task.AttachmentGetData(engine_url, standalone, file.id_)()
    assert data == b'some\x00bytes'
    listed = pycamunda.task.AttachmentGetList(engine_url, standalone)()
    assert {a.id_ for a in listed} == {file.id_, link.id_}
    pycamunda.task.AttachmentDelete(engine_url, standalone, file.id_)()
    assert [a.id_ for a in pycamunda.task.AttachmentGetList(engine_url, standalone)()] == [link.id_]


def test_local_variables(engine_url, user_task):
    task_id = user_task.id_
    pycamunda.task.LocalVariablesUpdate(engine_url, task_id, 'note', 'hello')()
    pycamunda.task.LocalVariablesUpdate(
        engine_url, task_id, 'blob', b'\x01\x02', type_='File',
        value_info={'filename': 'blob.bin', 'mimeType': 'application/octet-stream'})()
    modify = pycamunda.task.LocalVariablesModify(engine_url, task_id, deletions=['note'])
    modify.add_variable('count', 3)
    modify()
    local = pycamunda.task.LocalVariablesGetList(engine_url, task_id)()
    assert set(local) == {'blob', 'count'} and local['count'].value == 3
    assert pycamunda.task.LocalVariablesGet(engine_url, task_id, 'count')().type_ == 'Integer'
    assert pycamunda.task.LocalVariablesGet(engine_url, task_id, 'blob', binary=True)() == b'\x01\x02'
    pycamunda.task.LocalVariablesDelete(engine_url, task_id, 'count')()
    assert set(pycamunda.task.LocalVariablesGetList(engine_url, task_id)()) == {'blob'}


def test_variables(engine_url, user_task, uid):
    task_id = user_task.id_
    pycamunda.task.VariablesUpdate(engine_url, task_id, 'amount', 12, type_='Long')()
    pycamunda.task.VariablesUpdate(engine_url, task_id, 'raw', b'abc', type_='Bytes')()
    modify = pycamunda.task.VariablesModify(engine_url, task_id, deletions=['raw'])
    modify.add_variable('data', pycamunda.variable.Json({'a': [1, 2]}))
    modify()
    visible = pycamunda.task.VariablesGetList(engine_url, task_id)()
    assert visible['assignee'].value == uid and visible['data'].value == {'a': [1, 2]}
    assert 'raw' not in visible
    assert pycamunda.task.VariablesGet(engine_url, task_id, 'amount')().type_ == 'Long'
    assert pycamunda.task.LocalVariablesGetList(engine_url, task_id)() == {}  # on the instance
    pycamunda.task.VariablesUpdate(engine_url, task_id, 'raw', b'xyz', type_='Bytes')()
    assert pycamunda.task.VariablesGet(engine_url, task_id, 'raw', binary=True)() == b'xyz'
    pycamunda.task.VariablesDelete(engine_url, task_id, 'amount')()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.task.VariablesGet(engine_url, task_id, 'amount')()


def test_complete_returns_variables(engine_url, user_task, uid):
    complete = pycamunda.task.Complete(engine_url, user_task.id_, with_variables_in_return=True)
    complete.add_variable('approved', True)
    variables = complete()
    assert variables['approved'].value is True and variables['assignee'].value == uid
    assert _open_tasks(engine_url, user_task.process_instance_id) == []
    with pytest.raises(pycamunda.NotFound):
        pycamunda.task.Get(engine_url, user_task.id_)()


def test_generated_form_and_submit(engine_url, forms_task):
    assert pycamunda.task.GetForm(engine_url, forms_task.id_)().key.endswith('/rendered-form')
    html = pycamunda.task.GetRenderedForm(engine_url, forms_task.id_)()
    assert 'amount' in html and 'approved' in html
    variables = pycamunda.task.GetFormVariables(engine_url, forms_task.id_)()
    assert variables['amount'].value == 42 and variables['amount'].type_ == 'Long'
    only = pycamunda.task.GetFormVariables(engine_url, forms_task.id_, variable_names=['amount'])()
    assert set(only) == {'amount'}
    submit = pycamunda.task.SubmitForm(engine_url, forms_task.id_, with_variables_in_return=True)
    submit.add_variable('amount', 7, type_='Long')
    submit.add_variable('approved', True)
    assert submit()['amount'].value == 7
    (review,) = pycamunda.task.GetList(engine_url,
                                       process_instance_id=forms_task.process_instance_id)()
    form = pycamunda.task.GetForm(engine_url, review.id_)()
    assert form.key == 'embedded:deployment:task_form.html'
    assert 'cam-variable-name="amount"' in pycamunda.task.GetDeployedForm(engine_url, review.id_)()


def test_bpmn_error_is_caught_by_the_boundary_event(engine_url, forms_task):
    error = pycamunda.task.HandleBPMNError(engine_url, forms_task.id_, error_code='TASK_ERROR',
                                           error_message='went wrong')
    error.add_variable('reason', 'testing')
    error()
    instance = forms_task.process_instance_id
    assert _open_tasks(engine_url, instance) == ['after_error']
    (task,) = pycamunda.task.GetList(engine_url, process_instance_id=instance)()
    visible = pycamunda.task.VariablesGetList(engine_url, task.id_)()
    assert (visible['caughtCode'].value, visible['caughtMessage'].value) == ('TASK_ERROR',
                                                                             'went wrong')
    assert visible['reason'].value == 'testing'


def test_escalation_is_caught_by_the_boundary_event(engine_url, forms_task):
    pycamunda.task.HandleEscalation(engine_url, forms_task.id_,
                                    escalation_code='TASK_ESCALATION')()
    assert _open_tasks(engine_url, forms_task.process_instance_id) == ['after_escalation']
