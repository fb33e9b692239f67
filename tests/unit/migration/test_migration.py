"""What the migration classes send, and what they make of the engine's answers."""
import pycamunda.migration as migration

from unit.fakehttp import URL

INSTRUCTION = {'sourceActivityIds': ['task'], 'targetActivityIds': ['task'],
               'updateEventTrigger': False}
PLAN = {'sourceProcessDefinitionId': 's:1', 'targetProcessDefinitionId': 's:2',
        'instructions': [INSTRUCTION], 'variables': {'v': {'value': 1, 'type': 'Integer'}}}


def test_generate_sends_the_definitions_and_parses_the_plan(http):
    http.respond(json=PLAN)
    generate = migration.Generate(URL, 's:1', 's:2', update_event_triggers=True)
    generate.add_variable('v', 1)
    plan = generate()
    assert (http.method, http.path) == ('POST', '/migration/generate')
    assert http.json == {'sourceProcessDefinitionId': 's:1', 'targetProcessDefinitionId': 's:2',
                         'updateEventTriggers': True,
                         'variables': {'v': {'value': 1, 'type': 'Integer'}}}
    assert plan == migration.MigrationPlan(
        's:1', 's:2', (migration.MigrationInstruction(['task'], ['task'], False),),
        {'v': {'value': 1, 'type': 'Integer'}})


def test_generate_tolerates_a_plan_without_instructions_or_variables(http):
    http.respond(json={'sourceProcessDefinitionId': 's:1', 'targetProcessDefinitionId': 's:2'})
    plan = migration.Generate(URL, 's:1', 's:2')()
    assert http.json['updateEventTriggers'] is False and 'variables' not in http.json
    assert (plan.instructions, plan.variables) == ((), None)


def test_validate_sends_instructions_and_returns_the_failures(http):
    failure = {'instruction': {'sourceActivityIds': ['start'], 'targetActivityIds': ['review'],
                               'updateEventTrigger': False},
               'failures': ['incompatible activity types']}
    http.respond(json={'instructionReports': [failure], 'variableReports': {}})
    validate = migration.Validate(URL, 's:1', 's:2')
    validate.add_instruction(['start'], ['review'])
    validate.add_instruction(['task'], ['task'], update_event_trigger=True)
    reports = validate()
    assert (http.method, http.path) == ('POST', '/migration/validate')
    assert http.json == {'sourceProcessDefinitionId': 's:1', 'targetProcessDefinitionId': 's:2',
                         'instructions': [failure['instruction'], dict(INSTRUCTION,
                                                                       updateEventTrigger=True)]}
    assert reports == (migration.InstructionReport(
        migration.MigrationInstruction(['start'], ['review'], False),
        ('incompatible activity types',)),)


def test_validate_from_a_plan_and_an_empty_report(http):
    http.respond(json={})
    validate = migration.Validate.from_migration_plan(URL, migration.MigrationPlan.load(PLAN))
    assert validate() == ()
    assert http.json == PLAN


def test_execute_nests_the_plan(http):
    execute = migration.Execute(URL, 's:1', 's:2', ['p1', 'p2'], skip_io_mappings=True)
    execute.add_instruction(['task'], ['task'])
    assert execute() is None
    assert (http.method, http.path) == ('POST', '/migration/execute')
    assert http.json == {'migrationPlan': {'sourceProcessDefinitionId': 's:1',
                                           'targetProcessDefinitionId': 's:2',
                                           'instructions': [INSTRUCTION]},
                         'processInstanceIds': ['p1', 'p2'], 'skipCustomListeners': False,
                         'skipIoMappings': True}


def test_execute_async_from_a_plan_gives_a_batch(http):
    http.respond(json={'id': 'b1', 'type': 'instance-migration', 'totalJobs': 1})
    execute = migration.Execute.from_migration_plan(URL, migration.MigrationPlan.load(PLAN), None,
                                                    skip_custom_listeners=True, async_=True)
    execute.process_instance_query = {'processDefinitionId': 's:1'}
    batch = execute()
    assert (http.method, http.path) == ('POST', '/migration/executeAsync')
    assert http.json == {'migrationPlan': PLAN, 'skipCustomListeners': True, 'skipIoMappings': False,
                         'processInstanceQuery': {'processDefinitionId': 's:1'}}
    assert (batch.id_, batch.type_, batch.total_jobs) == ('b1', 'instance-migration', 1)
