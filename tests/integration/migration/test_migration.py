"""The migration classes against the real engine: two versions of one process."""
import time

import pytest

import pycamunda.batch
import pycamunda.migration as migration

from integration.conftest import at_least


def eventually(probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not probe():
        assert time.monotonic() < deadline, f'{probe} gave no answer within {timeout} s'
        time.sleep(0.2)


@pytest.fixture
def versions(camunda, uid):
    """Version 1 (migration_v1.bpmn) and 2 (migration_v2.bpmn) of process ``uid``."""
    source = camunda.deploy_fixture('migration_v1.bpmn', key=uid)
    target = camunda.deploy_fixture('migration_v2.bpmn', key=uid)
    return (next(iter(source['deployedProcessDefinitions'])),
            next(iter(target['deployedProcessDefinitions'])))


def start(camunda, definition_id):
    return camunda.request('POST', f'/process-definition/{definition_id}/start', json={})['id']


def definition_of(camunda, instance_id):
    return camunda.request('GET', f'/process-instance/{instance_id}')['definitionId']


def test_generate_validate_execute(engine_url, camunda, versions):
    source, target = versions
    instance = start(camunda, source)
    generate = migration.Generate(engine_url, source, target)
    generate.add_variable('migrated', True)
    plan = generate()
    assert (plan.source_process_definition_id, plan.target_process_definition_id) == versions
    assert migration.MigrationInstruction(['task'], ['task'], False) in plan.instructions
    if at_least('7.16'):  # variables of a migration since 7.16 (OpenAPI; 7.15 leaves them out)
        assert plan.variables['migrated']['value'] is True

    assert migration.Validate.from_migration_plan(engine_url, plan)() == ()

    execute = migration.Execute.from_migration_plan(engine_url, plan, [instance])
    assert execute() is None
    assert definition_of(camunda, instance) == target
    if at_least('7.16'):
        variable = camunda.request('GET', f'/process-instance/{instance}/variables/migrated')
        assert variable['value'] is True


def test_validate_reports_failing_instructions(engine_url, versions):
    validate = migration.Validate(engine_url, *versions)
    validate.add_instruction(['task'], ['task'])
    validate.add_instruction(['start'], ['review'])
    reports = validate()
    assert len(reports) == 1
    assert reports[0].instruction == migration.MigrationInstruction(['start'], ['review'], False)
    assert reports[0].failures and all(isinstance(f, str) for f in reports[0].failures)


def test_generate_updates_event_triggers_when_asked(engine_url, camunda, uid):
    ids = [next(iter(camunda.deploy_fixture('message.bpmn', key=uid, message=f'{uid}-{n}',
                                            signal=f'{uid}-sig')['deployedProcessDefinitions']))
           for n in (1, 2)]

    def trigger_updates(update):
        plan = migration.Generate(engine_url, *ids, update_event_triggers=update)()
        return {tuple(i.source_activity_ids): i.update_event_trigger for i in plan.instructions}

    assert trigger_updates(True)[('waitMessage',)] is True
    assert trigger_updates(False)[('waitMessage',)] is False


def test_execute_async_gives_a_batch(engine_url, camunda, versions):
    source, target = versions
    instances = [start(camunda, source), start(camunda, source)]
    execute = migration.Execute(engine_url, source, target, process_instance_ids=instances,
                                skip_custom_listeners=True, async_=True)
    execute.add_instruction(['task'], ['task'])
    batch = execute()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/batch/{batch.id_}',
                                                 params={'cascade': 'true'}))
    assert isinstance(batch, pycamunda.batch.Batch)
    assert (batch.type_, batch.total_jobs) == ('instance-migration', 2)
    eventually(lambda: all(definition_of(camunda, i) == target for i in instances))


def test_execute_by_process_instance_query(engine_url, camunda, versions):
    source, target = versions
    instance = start(camunda, source)
    execute = migration.Execute(engine_url, source, target, process_instance_ids=None,
                                process_instance_query={'processInstanceIds': [instance]})
    execute.add_instruction(['task'], ['task'])
    execute()
    assert definition_of(camunda, instance) == target
