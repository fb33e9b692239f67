"""``pages()``/``iterate()`` of POST ``Query`` classes against the engine."""
import pycamunda.execution
import pycamunda.processinst
import pycamunda.schemalog
import pycamunda.variable


def test_post_queries_page_through_every_match(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    ids = sorted(camunda.start(uid, variables={'n': {'value': n, 'type': 'Integer'}})['id']
                 for n in range(5))
    by_id = [{'sortBy': 'instanceId', 'sortOrder': 'asc'}]
    instances = pycamunda.processinst.Query(engine_url, process_definition_key=uid, sorting=by_id)
    assert [len(page) for page in instances.pages(page_size=2)] == [2, 2, 1]
    assert [i.id_ for i in instances.iterate(page_size=2)] == ids
    executions = pycamunda.execution.Query(engine_url, process_definition_key=uid)
    assert len(list(executions.iterate(page_size=3))) == 5
    variables = pycamunda.variable.Query(engine_url, process_instance_id_in=ids)
    variables.add_greater_than_equal_value_filter('n', 1)  # typed in a POST body
    assert sorted(v.value for v in variables.iterate(page_size=2)) == [1, 2, 3, 4]
    entries = list(pycamunda.schemalog.Query(engine_url).iterate(page_size=1))
    assert entries and all(e.version for e in entries)
