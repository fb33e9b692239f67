"""The filter classes against the real engine."""
import pytest

import pycamunda
import pycamunda.filter
import pycamunda.task


@pytest.fixture
def two_tasks(engine_url, camunda, uid):
    """Two instances of user_task.bpmn (key ``uid``): assignees ``uid-a`` and ``uid-b``."""
    camunda.deploy_fixture('user_task.bpmn', key=uid)
    for who in ('a', 'b'):
        camunda.start(uid, variables={'assignee': {'value': f'{uid}-{who}', 'type': 'String'}})
    return uid


@pytest.fixture
def task_filter(engine_url, camunda, uid, two_tasks):
    create = pycamunda.filter.Create(engine_url, name=f'{uid} filter', owner='demo',
                                     properties={'color': '#3e4d2f', 'priority': 5})
    create.add_process_definition_criteria(key=uid)
    create.add_task_criteria(definition_key='approve')
    created = create()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/filter/{created.id_}'))
    return created


def test_create_get_list_and_count(engine_url, uid, task_filter):
    assert (task_filter.name, task_filter.owner, task_filter.resource_type) == (
        f'{uid} filter', 'demo', 'Task')
    assert task_filter.query.processDefinitionKey == uid
    assert task_filter.query.taskDefinitionKey == 'approve'
    assert vars(task_filter.properties) == {'color': '#3e4d2f', 'priority': 5}
    got = pycamunda.filter.Get(engine_url, task_filter.id_, item_count=True)()
    assert got.item_count == 2 and got.query == task_filter.query
    listed = pycamunda.filter.GetList(engine_url, name_like=f'{uid}%', item_count=True,
                                      sort_by='name')()
    assert [(f.id_, f.item_count) for f in listed] == [(task_filter.id_, 2)]
    assert pycamunda.filter.Count(engine_url, name=f'{uid} filter', owner='demo')() == 1
    assert pycamunda.filter.Count(engine_url, name=f'{uid} filter', owner='nobody')() == 0


def test_execute_and_extend(engine_url, uid, task_filter):
    tasks = pycamunda.filter.Execute(engine_url, task_filter.id_)()
    assert sorted(t.assignee for t in tasks) == [f'{uid}-a', f'{uid}-b']
    assert len(pycamunda.filter.Execute(engine_url, task_filter.id_, max_results=1)()) == 1
    assert pycamunda.filter.ExecuteCount(engine_url, task_filter.id_)() == 2
    with pytest.raises(pycamunda.NoSuccess):  # two tasks match
        pycamunda.filter.Execute(engine_url, task_filter.id_, single_result=True)()
    single = pycamunda.filter.Execute(engine_url, task_filter.id_, single_result=True)
    single.add_user_criteria(assignee=f'{uid}-b')
    task = single()
    assert isinstance(task, pycamunda.task.Task) and task.assignee == f'{uid}-b'
    extended = pycamunda.filter.Execute(engine_url, task_filter.id_)
    extended.add_user_criteria(assignee_like=f'{uid}-a%')
    assert [t.assignee for t in extended()] == [f'{uid}-a']
    count = pycamunda.filter.ExecuteCount(engine_url, task_filter.id_)
    count.add_user_criteria(assignee='nobody')
    assert count() == 0
    none = pycamunda.filter.Execute(engine_url, task_filter.id_, single_result=True)
    none.add_user_criteria(assignee='nobody')
    assert none() is None


def test_update_replaces_name_and_query(engine_url, uid, task_filter):
    update = pycamunda.filter.Update(engine_url, task_filter.id_, name=f'{uid} renamed')
    update.add_process_definition_criteria(key=uid)
    update.add_user_criteria(assignee=f'{uid}-a')
    update()
    got = pycamunda.filter.Get(engine_url, task_filter.id_)()
    assert got.name == f'{uid} renamed' and got.owner is None
    assert got.query.assignee == f'{uid}-a' and not hasattr(got.query, 'taskDefinitionKey')
    assert pycamunda.filter.ExecuteCount(engine_url, task_filter.id_)() == 1
    single = pycamunda.filter.Execute(engine_url, task_filter.id_, single_result=True)()  # GET
    assert single.assignee == f'{uid}-a'


def test_options_and_delete(engine_url, task_filter):
    assert {link.rel for link in pycamunda.filter.Options(engine_url)()} >= {'list', 'create'}
    item = pycamunda.filter.Options(engine_url, id_=task_filter.id_)()
    assert {link.rel for link in item} >= {'self', 'delete', 'update'}
    pycamunda.filter.Delete(engine_url, task_filter.id_)()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.filter.Get(engine_url, task_filter.id_)()
