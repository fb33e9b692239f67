"""Conditional start events against the real engine."""
import pycamunda.condition


def test_evaluate_starts_only_when_the_condition_holds(engine_url, camunda, uid):
    variable = f'{uid}_temperature'
    deployment = camunda.deploy_fixture('conditional_start.bpmn', key=uid, variable=variable)
    definition = next(iter(deployment['deployedProcessDefinitions']))
    cold = pycamunda.condition.Evaluate(engine_url, process_definition_id=definition)
    cold.add_variable(variable, 20)
    assert cold() == ()
    hot = pycamunda.condition.Evaluate(engine_url, business_key=uid, process_definition_id=definition)
    hot.add_variable(variable, 120)
    (started,) = hot()
    assert (started.definition_id, started.business_key, started.ended) == (definition, uid, False)
    variables = camunda.request('GET', f'/process-instance/{started.id_}/variables')
    assert variables[variable]['value'] == 120
