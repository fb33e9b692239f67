"""Every operation on one definition, of every kind, by id, by key and by key and tenant.

One deployment (of a tenant for the ``tenant`` addressing) holds a process with a start form, a
decision, decisions with their requirements diagram and a case, each with a diagram image, so that forms,
``xml``, ``diagram``, ``evaluate``, ``create``, ``restart`` and ``history-time-to-live`` all
answer with success for each way of addressing the definition.
"""
import time
import uuid
from typing import Any, Dict, Iterator

import pytest
import requests

import pycamunda.batch
import pycamunda.casedef as cd
import pycamunda.decisiondef as dd
import pycamunda.decisionreqdef as drd
import pycamunda.processdef as pd

from integration.conftest import fixture_text

PNG = b'\x89PNG\r\n\x1a\n a diagram'


@pytest.fixture(params=['id', 'key', 'tenant'])
def deployed(request: Any, engine_url: str, uid: str) -> Iterator[Dict[str, Any]]:
    """The deployment's keys and definition ids, and ``by(kind)``: the addressing arguments."""
    keys = {'process': uid, 'decision': f'{uid}d', 'drd': f'drd_{uid}r', 'case': f'{uid}c'}
    files = {'p.bpmn': fixture_text('processdef_start_form.bpmn', key=uid).encode(),
             f'{uid}-form.html': b'<form>start here</form>', 'p.png': PNG,
             'd.dmn': fixture_text('decision.dmn', key=keys['decision']).encode(), 'd.png': PNG,
             'r.dmn': fixture_text('decisionreqdef_drd.dmn', key=f'{uid}r').encode(), 'r.png': PNG,
             'c.cmmn': fixture_text('case.cmmn', key=keys['case']).encode(), 'c.png': PNG}
    tenant = f't{uuid.uuid4().hex[:8]}' if request.param == 'tenant' else None
    data = {'deployment-name': uid, **({'tenant-id': tenant} if tenant else {})}
    session = requests.Session()
    answer = session.post(f'{engine_url}/deployment/create', data=data, timeout=30,
                          files={name: (name, body) for name, body in files.items()})
    assert answer.ok, answer.text
    deployment = answer.json()
    deployed = {'process': 'deployedProcessDefinitions', 'decision': 'deployedDecisionDefinitions',
                'drd': 'deployedDecisionRequirementsDefinitions', 'case': 'deployedCaseDefinitions'}
    ids = {kind: next(d['id'] for d in deployment[field].values() if d['key'] == keys[kind])
           for kind, field in deployed.items()}

    def by(kind: str) -> Dict[str, Any]:
        if request.param == 'id':
            return {'id_': ids[kind]}
        return {'key': keys[kind], 'tenant_id': tenant}

    try:
        yield {'keys': keys, 'ids': ids, 'by': by, 'session': session}
    finally:
        session.delete(f'{engine_url}/deployment/{deployment["id"]}', timeout=30,
                       params={'cascade': 'true', 'skipCustomListeners': 'true'})
        session.close()


def test_process_definition(engine_url, deployed):
    by, definition = deployed['by']('process'), deployed['ids']['process']
    assert pd.Get(engine_url, **by)().id_ == definition
    assert f'id="{deployed["keys"]["process"]}"' in pd.GetXML(engine_url, **by)()
    assert pd.GetProcessDiagram(engine_url, **by)() == PNG
    assert pd.GetStartForm(engine_url, **by)().key.endswith('-form.html')
    assert 'cam-variable-name="amount"' in pd.GetRenderedStartForm(engine_url, **by)()
    assert pd.GetDeployedStartForm(engine_url, **by)() == b'<form>start here</form>'
    assert pd.GetStartFormVariables(engine_url, **by)()['amount'].value == 42
    pd.UpdateHistoryTimeToLive(engine_url, 3, **by)()
    pd.Suspend(engine_url, **by)()
    pd.Activate(engine_url, **by)()
    submitted = pd.SubmitStartForm(engine_url, business_key='form', **by)()
    started = pd.StartInstance(engine_url, business_key='start', **by)()
    assert {s.definition_id for s in (submitted, started)} == {definition}
    assert [s.instances for s in pd.GetActivityInstanceStats(engine_url, **by)()] == [2]

    session = deployed['session']
    for instance in (submitted, started):
        session.delete(f'{engine_url}/process-instance/{instance.id_}', timeout=30)
    restart = pd.RestartProcessInstance(engine_url, by.get('id_'), [submitted.id_],
                                        key=by.get('key'), tenant_id=by.get('tenant_id'))
    restart.add_before_activity_instruction('check')
    assert restart() is None
    restart = pd.RestartProcessInstance(engine_url, by.get('id_'), [started.id_], async_=True,
                                        key=by.get('key'), tenant_id=by.get('tenant_id'))
    restart.add_before_activity_instruction('check')
    batch = restart()
    assert isinstance(batch, pycamunda.batch.Batch)
    deadline = time.monotonic() + 120  # a definition deleted under a running batch fails (500)
    while session.get(f'{engine_url}/batch/{batch.id_}', timeout=30).ok:
        assert time.monotonic() < deadline, 'the restart batch did not finish'
        time.sleep(0.2)
    pd.Delete(engine_url, cascade=True, **by)()
    assert pd.Count(engine_url, id_=definition)() == 0


def test_static_called_process_definitions(engine_url, deployed):  # since 7.16
    assert pd.GetStaticCalledProcessDefinitions(engine_url, **deployed['by']('process'))() == ()


def test_process_definition_all_versions_by_key(engine_url, deployed):
    by = deployed['by']('process')
    if 'key' not in by:
        pytest.skip('all versions are addressed by key')
    pd.DeleteAllVersions(engine_url, by['key'], cascade=True, tenant_id=by['tenant_id'])()
    assert pd.Count(engine_url, id_=deployed['ids']['process'])() == 0


def test_decision_definition(engine_url, deployed):
    by = deployed['by']('decision')
    assert dd.Get(engine_url, **by)().id_ == deployed['ids']['decision']
    assert f'id="{deployed["keys"]["decision"]}"' in dd.GetXML(engine_url, **by)()
    assert dd.GetDiagram(engine_url, **by)() == PNG
    evaluate = dd.Evaluate(engine_url, **by)
    evaluate.add_variable('amount', 120)
    assert evaluate()[0]['result'].value == 'large'
    dd.UpdateHistoryTimeToLive(engine_url, 3, **by)()


def test_decision_requirements_definition(engine_url, deployed):
    by = deployed['by']('drd')
    assert drd.Get(engine_url, **by)().id_ == deployed['ids']['drd']
    assert f'id="{deployed["keys"]["drd"]}"' in drd.GetXML(engine_url, **by)()
    assert drd.GetDiagram(engine_url, **by)() == PNG


def test_case_definition(engine_url, deployed):
    by = deployed['by']('case')
    assert cd.Get(engine_url, **by)().id_ == deployed['ids']['case']
    assert f'id="{deployed["keys"]["case"]}"' in cd.GetXML(engine_url, **by)()
    assert cd.GetDiagram(engine_url, **by)() == PNG
    assert cd.CreateInstance(engine_url, business_key='case', **by)().business_key == 'case'
    cd.UpdateHistoryTimeToLive(engine_url, 3, **by)()
