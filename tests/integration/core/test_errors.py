"""Errors as the engine causes them: a conflict with a class of its own, a URL that is not the root."""
import pytest

import pycamunda
import pycamunda.task
import pycamunda.version


def test_claiming_a_claimed_task_raises_task_already_claimed(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    instance = camunda.start(uid)['id']
    (task,) = pycamunda.task.GetList(engine_url, process_instance_id=instance)()
    pycamunda.task.Unclaim(engine_url, task.id_)()
    pycamunda.task.Claim(engine_url, task.id_, user_id=f'{uid}-ann')()
    with pytest.raises(pycamunda.TaskAlreadyClaimedException) as caught:
        pycamunda.task.Claim(engine_url, task.id_, user_id=f'{uid}-bob')()
    error = caught.value
    assert isinstance(error, pycamunda.ProcessEngineException)
    assert isinstance(error, pycamunda.InternalServerError) and isinstance(error, pycamunda.NoSuccess)
    assert error.status_code == 500 and error.type_ == 'TaskAlreadyClaimedException'


def test_a_url_that_is_not_the_rest_root_says_so(engine_url):
    root = engine_url.rsplit('/engine-rest', 1)[0]
    with pytest.raises(pycamunda.NotFound, match="is the URL the engine's REST root"):
        pycamunda.version.Get(root)()
