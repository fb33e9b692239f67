"""What the task classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.base
import pycamunda.task
import pycamunda.variable
from pycamunda.request import InvalidInput
from pycamunda.task import DelegationState

from unit.fakehttp import URL

TASK = {
    'id': 't1', 'name': 'Approve', 'assignee': 'demo', 'owner': None,
    'created': '2024-03-01T10:15:30.123+0100', 'lastUpdated': '2024-03-01T11:00:00.000+0100',
    'due': '2024-03-08T00:00:00.000+0000', 'followUp': None, 'delegationState': 'PENDING',
    'description': 'check it', 'executionId': 'e1', 'parentTaskId': None, 'priority': 50,
    'processDefinitionId': 'pd:1:x', 'processInstanceId': 'pi1', 'caseExecutionId': None,
    'caseDefinitionId': None, 'caseInstanceId': None, 'taskDefinitionKey': 'approve',
    'suspended': False, 'formKey': 'embedded:app:forms/approve.html', 'camundaFormRef': None,
    'tenantId': None, 'taskState': 'Updated', 'attachment': False, 'comment': True,
}
COMMENT = {'links': [], 'id': 'c1', 'userId': 'demo', 'taskId': 't1', 'processInstanceId': 'pi1',
           'time': '2024-03-01T10:15:30.000+0000', 'message': 'hello', 'removalTime': None,
           'rootProcessInstanceId': 'pi1'}
ATTACHMENT = {'links': [], 'id': 'a1', 'name': 'notes.txt', 'description': 'notes', 'taskId': 't1',
              'type': 'text/plain', 'url': None, 'createTime': '2024-03-01T10:15:30.000+0000',
              'removalTime': None, 'rootProcessInstanceId': None}
VARIABLE = {'value': '{"a": 1}', 'type': 'Json', 'valueInfo': {}}


def test_get_list_sends_filters_and_parses_tasks(http):
    http.respond(json=[TASK])
    created = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
    tasks = pycamunda.task.GetList(
        URL, process_instance_id_in=['p1', 'p2'], assignee='demo', without_tenant_id=True,
        active=False, unassigned=False, created_after=created, delegation_state=DelegationState.pending,
        task_id='t1', sort_by='due_date', ascending=False, first_result=0, max_results=5,
        with_task_variables_in_return=True)()
    assert (http.method, http.path) == ('GET', '/task')
    assert http.params == {'processInstanceIdIn': 'p1,p2', 'assignee': 'demo',
                           'withoutTenantId': 'true', 'unassigned': 'false',
                           'createdAfter': '2024-03-01T00:00:00.000+0000',
                           'delegationState': 'PENDING', 'taskId': 't1', 'sortBy': 'dueDate',
                           'sortOrder': 'desc', 'firstResult': 0, 'maxResults': 5,
                           'withTaskVariablesInReturn': 'true'}
    (task,) = tasks
    assert (task.id_, task.name, task.priority, task.delegation_state) == ('t1', 'Approve', 50,
                                                                         'PENDING')
    assert task.created == dt.datetime(2024, 3, 1, 10, 15, 30, 123000,
                                       dt.timezone(dt.timedelta(hours=1)))
    assert task.due.tzinfo == dt.timezone.utc and task.follow_up is None
    assert (task.task_state, task.comment, task.variables) == ('Updated', True, None)


def test_task_lacking_optional_fields(http):
    http.respond(json={'id': 't2', 'priority': 50, 'suspended': True,
                       'variables': {'x': VARIABLE}})
    task = pycamunda.task.Get(URL, 't2')()
    assert (http.method, http.path) == ('GET', '/task/t2')
    assert task.id_ == 't2' and task.created is None and task.assignee is None
    assert task.variables['x'].value == {'a': 1}


def test_unknown_sort_key_is_refused():
    with pytest.raises(InvalidInput, match='sort_by'):
        pycamunda.task.GetList(URL, sort_by='age')


def test_count_sends_filters_only(http):
    http.respond(json={'count': 4})
    assert pycamunda.task.Count(URL, name_like='A%', sort_by='name', max_results=3)() == 4
    assert (http.method, http.path, http.params) == ('GET', '/task/count', {'nameLike': 'A%'})


def test_query_sends_filters_in_the_body(http):
    http.respond(json=[TASK])
    tasks = pycamunda.task.Query(
        URL, process_definition_key='invoice', candidate_groups=['sales'], with_candidate_groups=True,
        due_before=dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc),
        task_variables=[{'name': 'x', 'operator': 'eq', 'value': 1}],
        or_queries=[{'assignee': 'a', 'owner': 'b'}],
        sorting=[{'sortBy': 'created', 'sortOrder': 'desc'}], first_result=10, max_results=20)()
    assert (http.method, http.path, http.params) == ('POST', '/task',
                                                     {'firstResult': 10, 'maxResults': 20})
    assert http.json == {'processDefinitionKey': 'invoice', 'candidateGroups': ['sales'],
                         'withCandidateGroups': True, 'dueBefore': '2024-01-02T00:00:00.000+0000',
                         'taskVariables': [{'name': 'x', 'operator': 'eq', 'value': 1}],
                         'orQueries': [{'assignee': 'a', 'owner': 'b'}],
                         'sorting': [{'sortBy': 'created', 'sortOrder': 'desc'}]}
    assert tasks[0].id_ == 't1'


def test_query_count_sends_no_sorting_or_paging(http):
    http.respond(json={'count': 2})
    count = pycamunda.task.QueryCount(URL, assignee='demo', sorting=[{'sortBy': 'id'}])
    assert count() == 2
    assert (http.method, http.path, http.params, http.json) == ('POST', '/task/count', {},
                                                                {'assignee': 'demo'})


def test_count_by_candidate_group(http):
    http.respond(json=[{'groupName': 'sales', 'taskCount': 3}, {'groupName': None, 'taskCount': 1}])
    counts = pycamunda.task.GetCountByCandidateGroup(URL)()
    assert (http.method, http.path) == ('GET', '/task/report/candidate-group-count')
    assert counts == (pycamunda.task.CountByCandidateGroup('sales', 3),
                      pycamunda.task.CountByCandidateGroup(None, 1))


def test_create_and_update(http):
    due = dt.datetime(2024, 5, 1, 12, tzinfo=dt.timezone.utc)
    pycamunda.task.Create(URL, id_='t1', name='Call', delegation_state=DelegationState.resolved,
                          due=due, priority=10)()
    assert (http.method, http.path) == ('POST', '/task/create')
    assert http.json == {'id': 't1', 'name': 'Call', 'delegationState': 'RESOLVED',
                         'due': '2024-05-01T12:00:00.000+0000', 'priority': 10}
    pycamunda.task.Update(URL, 't1', name='Call back', description=None, assignee='me', owner=None,
                          delegation_state=None, due=None, follow_up=due, priority=1,
                          parent_task_id='t0', case_instance_id=None, tenant_id=None)()
    assert (http.method, http.path) == ('PUT', '/task/t1')
    assert http.json == {'name': 'Call back', 'assignee': 'me',
                         'followUp': '2024-05-01T12:00:00.000+0000', 'priority': 1,
                         'parentTaskId': 't0'}


@pytest.mark.parametrize('cls, path', [
    (pycamunda.task.Claim, '/task/t1/claim'),
    (pycamunda.task.SetAssignee, '/task/t1/assignee'),
    (pycamunda.task.Delegate, '/task/t1/delegate'),
])
def test_user_actions(http, cls, path):
    assert cls(URL, 't1', user_id='demo')() is None
    assert (http.method, http.path, http.json) == ('POST', path, {'userId': 'demo'})


@pytest.mark.parametrize('cls, method, path', [
    (pycamunda.task.Unclaim, 'POST', '/task/t1/unclaim'),
    (pycamunda.task.Resolve, 'POST', '/task/t1/resolve'),
    (pycamunda.task.Delete, 'DELETE', '/task/t1'),
])
def test_id_actions(http, cls, method, path):
    assert cls(URL, id_='t1')() is None
    assert (http.method, http.path) == (method, path)


def test_complete_without_and_with_variables_in_return(http):
    complete = pycamunda.task.Complete(URL, 't1')
    complete.add_variable('ok', True)
    assert complete() is None
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/complete', {
        'variables': {'ok': {'value': True, 'type': 'Boolean'}}, 'withVariablesInReturn': False})
    http.respond(json={'ok': {'value': True, 'type': 'Boolean', 'valueInfo': {}}})
    result = pycamunda.task.Complete(URL, 't1', with_variables_in_return=True)()
    assert http.json == {'variables': {}, 'withVariablesInReturn': True}
    assert result['ok'].value is True and result['ok'].type_ == 'Boolean'


def test_submit_form(http):
    http.respond(json={'amount': {'value': 7, 'type': 'Long', 'valueInfo': {}}})
    submit = pycamunda.task.SubmitForm(URL, 't1', with_variables_in_return=True)
    submit.add_variable('amount', 7, type_='Long')
    assert submit()['amount'].value == 7
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/submit-form', {
        'variables': {'amount': {'value': 7, 'type': 'Long'}}, 'withVariablesInReturn': True})


def test_bpmn_error_and_escalation(http):
    error = pycamunda.task.HandleBPMNError(URL, 't1', error_code='E1', error_message='bad')
    error.add_variable('why', 'x')
    error()
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/bpmnError', {
        'errorCode': 'E1', 'errorMessage': 'bad', 'variables': {'why': {'value': 'x', 'type': 'String'}}})
    pycamunda.task.HandleEscalation(URL, 't1', escalation_code='ESC')()
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/bpmnEscalation', {
        'escalationCode': 'ESC', 'variables': {}})


def test_forms(http):
    http.respond(json={'key': 'embedded:app:form.html', 'contextPath': '/app'})
    form = pycamunda.task.GetForm(URL, 't1')()
    assert (http.method, http.path) == ('GET', '/task/t1/form')
    assert (form.key, form.context_path, form.camunda_form_ref) == ('embedded:app:form.html',
                                                                     '/app', None)
    http.respond(content=b'<form>x</form>')
    assert pycamunda.task.GetRenderedForm(URL, 't1')() == '<form>x</form>'
    assert http.path == '/task/t1/rendered-form'
    http.respond(content=b'<form>y</form>')
    assert pycamunda.task.GetDeployedForm(URL, 't1')() == '<form>y</form>'
    assert http.path == '/task/t1/deployed-form'
    http.respond(json={'x': VARIABLE})
    variables = pycamunda.task.GetFormVariables(URL, 't1', variable_names=['x', 'y'])()
    assert (http.method, http.path, http.params) == ('GET', '/task/t1/form-variables', {
        'variableNames': 'x,y', 'deserializeValues': 'false'})
    assert variables['x'].value == {'a': 1}


def test_identity_links(http):
    http.respond(json=[{'userId': None, 'groupId': 'sales', 'type': 'candidate'}])
    links = pycamunda.task.IdentityLinksGetList(URL, task_id='t1', type_='candidate')()
    assert (http.method, http.path, http.params) == ('GET', '/task/t1/identity-links',
                                                     {'type': 'candidate'})
    assert links == (pycamunda.task.IdentityLink(None, 'sales', 'candidate'),)
    pycamunda.task.IdentityLinksAdd(URL, 't1', type_='candidate', user_id='demo')()
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/identity-links', {
        'userId': 'demo', 'type': 'candidate'})
    pycamunda.task.IdentityLinksDelete(URL, 't1', type_='candidate', group_id='sales')()
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/identity-links/delete', {
        'groupId': 'sales', 'type': 'candidate'})


def test_comments(http):
    http.respond(json=[COMMENT, {'id': 'c2', 'taskId': 't1', 'message': 'bare'}])
    comments = pycamunda.task.CommentGetList(URL, 't1')()
    assert (http.method, http.path) == ('GET', '/task/t1/comment')
    assert comments[0].time == dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=dt.timezone.utc)
    assert comments[0].process_instance_id == 'pi1'
    assert (comments[1].user_id, comments[1].time, comments[1].removal_time) == (None, None, None)
    http.respond(json=COMMENT)
    assert pycamunda.task.CommentGet(URL, 't1', 'c1')().message == 'hello'
    assert http.path == '/task/t1/comment/c1'
    http.respond(json=COMMENT)
    assert pycamunda.task.CommentCreate(URL, 't1', message='hello')().id_ == 'c1'
    assert (http.method, http.path, http.json) == ('POST', '/task/t1/comment/create',
                                                   {'message': 'hello'})
    pycamunda.task.CommentUpdate(URL, 't1', 'c1', message='edited')()
    assert (http.method, http.path, http.json) == ('PUT', '/task/t1/comment',
                                                   {'id': 'c1', 'message': 'edited'})
    pycamunda.task.CommentDelete(URL, 't1', 'c1')()
    assert (http.method, http.path) == ('DELETE', '/task/t1/comment/c1')
    pycamunda.task.CommentDelete(URL, 't1')()
    assert (http.method, http.path) == ('DELETE', '/task/t1/comment')


def test_attachments(http):
    http.respond(json=[ATTACHMENT, {'id': 'a2', 'taskId': 't1', 'url': 'https://x'}])
    listed = pycamunda.task.AttachmentGetList(URL, 't1')()
    assert (http.method, http.path) == ('GET', '/task/t1/attachment')
    assert listed[0].type_ == 'text/plain' and listed[0].create_time.year == 2024
    assert (listed[1].name, listed[1].create_time, listed[1].url) == (None, None, 'https://x')
    http.respond(json=ATTACHMENT)
    assert pycamunda.task.AttachmentGet(URL, 't1', 'a1')().name == 'notes.txt'
    assert http.path == '/task/t1/attachment/a1'
    http.respond(content=b'\x00data')
    assert pycamunda.task.AttachmentGetData(URL, 't1', 'a1')() == b'\x00data'
    assert (http.method, http.path) == ('GET', '/task/t1/attachment/a1/data')
    pycamunda.task.AttachmentDelete(URL, 't1', 'a1')()
    assert (http.method, http.path) == ('DELETE', '/task/t1/attachment/a1')


def test_attachment_create_sends_multipart(http):
    http.respond(json=ATTACHMENT)
    created = pycamunda.task.AttachmentCreate(URL, 't1', name='notes.txt', type_='text/plain',
                                              content=b'abc')()
    assert (http.method, http.path) == ('POST', '/task/t1/attachment/create')
    assert http.last['files'] == {'attachment-name': (None, 'notes.txt'),
                                  'attachment-type': (None, 'text/plain'),
                                  'content': ('notes.txt', b'abc', 'application/octet-stream')}
    assert http.last['data'] == {} and 'json' not in http.last
    assert created.id_ == 'a1'
    http.respond(json=ATTACHMENT)
    pycamunda.task.AttachmentCreate(URL, 't1', attachment_url='https://x')()
    assert http.last['files'] == {'url': (None, 'https://x')}


@pytest.mark.parametrize('scope', ['localVariables', 'variables'])
def test_variables(http, scope):
    prefix = 'LocalVariables' if scope == 'localVariables' else 'Variables'
    cls = {name: getattr(pycamunda.task, prefix + name)
           for name in ('Get', 'GetList', 'Modify', 'Update', 'Delete')}
    http.respond(json=VARIABLE)
    assert cls['Get'](URL, 't1', 'x')().value == {'a': 1}
    assert (http.method, http.path, http.params) == ('GET', f'/task/t1/{scope}/x',
                                                     {'deserializeValue': 'false'})
    http.respond(content=b'raw')
    assert cls['Get'](URL, 't1', 'x', binary=True)() == b'raw'
    # deserializeValue goes to /data too, as PyCamunda sent it; the engine ignores it there
    assert (http.path, http.params) == (f'/task/t1/{scope}/x/data', {'deserializeValue': 'false'})
    http.respond(json={'x': VARIABLE})
    assert cls['GetList'](URL, 't1')()['x'].type_ == 'Json'
    assert (http.method, http.path) == ('GET', f'/task/t1/{scope}')
    modify = cls['Modify'](URL, 't1', deletions=['old'])
    modify.add_variable('n', pycamunda.variable.Json([1]))
    modify()
    assert (http.method, http.path, http.json) == ('POST', f'/task/t1/{scope}', {
        'modifications': {'n': {'value': '[1]', 'type': 'Json'}}, 'deletions': ['old']})
    cls['Update'](URL, 't1', 'n', 5)()
    assert (http.method, http.path, http.json) == ('PUT', f'/task/t1/{scope}/n',
                                                   {'value': 5, 'type': 'Integer'})
    cls['Update'](URL, 't1', 'f', b'xy', type_='File', value_info={'filename': 'f.bin'})()
    assert (http.method, http.path) == ('POST', f'/task/t1/{scope}/f/data')
    assert http.last['files']['data'][0] == 'f.bin'
    cls['Delete'](URL, 't1', 'n')()
    assert (http.method, http.path) == ('DELETE', f'/task/t1/{scope}/n')


def test_path_parameters_are_percent_encoded(http):
    pycamunda.task.Get(URL, '../user/x')
    http.respond(json={'id': 'x'})
    pycamunda.task.Get(URL, '../user/x')()
    assert http.raw_path == '/task/..%2Fuser%2Fx'


EXPRESSIONS = {
    'process_instance_business_key_expression': 'processInstanceBusinessKeyExpression',
    'process_instance_business_key_like_expression': 'processInstanceBusinessKeyLikeExpression',
    'assignee_expression': 'assigneeExpression', 'assignee_like_expression': 'assigneeLikeExpression',
    'owner_expression': 'ownerExpression', 'candidate_group_expression': 'candidateGroupExpression',
    'candidate_user_expression': 'candidateUserExpression',
    'involved_user_expression': 'involvedUserExpression', 'due_date_expression': 'dueDateExpression',
    'due_after_expression': 'dueAfterExpression', 'due_before_expression': 'dueBeforeExpression',
    'follow_up_date_expression': 'followUpDateExpression',
    'follow_up_after_expression': 'followUpAfterExpression',
    'follow_up_before_expression': 'followUpBeforeExpression',
    'follow_up_before_or_not_existent_expression': 'followUpBeforeOrNotExistentExpression',
    'created_on_expression': 'createdOnExpression',
    'created_after_expression': 'createdAfterExpression',
    'created_before_expression': 'createdBeforeExpression',
    'updated_after_expression': 'updatedAfterExpression',
    'candidate_groups_expression': 'candidateGroupsExpression',
}


@pytest.mark.parametrize('cls', [pycamunda.task.GetList, pycamunda.task.Count])
def test_the_expression_filters_go_in_the_query_string(http, cls):
    http.respond(json={'count': 0} if cls is pycamunda.task.Count else [])
    cls(URL, **{name: '${currentUser()}' for name in EXPRESSIONS})()
    assert http.params == {key: '${currentUser()}' for key in EXPRESSIONS.values()}


def test_the_expression_filters_go_in_the_body_of_a_post_query(http):
    http.respond(json=[])
    pycamunda.task.Query(URL, assignee_expression='${currentUser()}',
                         due_before_expression='${now()}')()
    assert http.json == {'assigneeExpression': '${currentUser()}', 'dueBeforeExpression': '${now()}'}


@pytest.mark.parametrize('name, key', [('case_instance_name', 'caseInstanceName'),
                                       ('case_instance_name_like', 'caseInstanceNameLike')])
def test_case_instance_name_warns_that_the_engine_ignores_it_and_is_sent_as_before(http, name, key):
    http.respond(json=[])
    with pytest.warns(UserWarning, match=f'the engine ignores {name}'):
        request = pycamunda.task.GetList(URL, **{name: 'c'})
    request()
    assert http.params == {key: 'c'}


def test_no_warning_when_case_instance_name_is_not_given(recwarn):
    pycamunda.task.GetList(URL, case_instance_name=None)
    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]


def test_query_sends_variable_conditions_as_objects_however_given(http):
    http.respond(json=[])
    pycamunda.task.Query(
        URL, process_variables=['amount_gteq_100', 'my_name_like_A%'],
        task_variables=[pycamunda.base.VariableFilter('ok', 'eq', True)],
        case_instance_variables=[{'name': 'x', 'operator': 'neq', 'value': 1}, ('y', 'lt', 2)])()
    assert http.json == {
        'processVariables': [{'name': 'amount', 'operator': 'gteq', 'value': '100'},
                             {'name': 'my_name', 'operator': 'like', 'value': 'A%'}],
        'taskVariables': [{'name': 'ok', 'operator': 'eq', 'value': True}],
        'caseInstanceVariables': [{'name': 'x', 'operator': 'neq', 'value': 1},
                                  {'name': 'y', 'operator': 'lt', 'value': 2}]}


def test_get_list_sends_variable_conditions_in_the_get_form(http):
    http.respond(json=[])
    request = pycamunda.task.GetList(URL, process_variables=['amount_gteq_100'],
                                     task_variables=[pycamunda.base.VariableFilter('ok', 'eq', 1),
                                                     ('n', 'like', 'A%')])
    assert request.process_variables == ['amount_gteq_100']
    request()
    assert http.params == {'processVariables': 'amount_gteq_100', 'taskVariables': 'ok_eq_1,n_like_A%'}


def test_a_variable_condition_in_no_known_form_is_refused():
    with pytest.raises(InvalidInput, match="Query: process_variables: 'amount>100' is not a "
                                           "condition"):
        pycamunda.task.Query(URL, process_variables=['amount>100'])


def test_query_count_leaves_out_what_only_a_list_returns(http):
    http.respond(json={'count': 3})
    assert pycamunda.task.QueryCount(URL, assignee='ann', with_task_variables_in_return=True,
                                     with_comment_attachment_info=True)() == 3
    assert http.json == {'assignee': 'ann'}
