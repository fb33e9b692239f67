"""examples/flask_app.py through Flask's test client, its worker in the background."""
import importlib
import sys
import time
from pathlib import Path

import pytest
import requests

EXAMPLES = Path(__file__).resolve().parents[3] / 'examples'


@pytest.fixture(scope='module')
def flask_app(engine_url):
    """The imported example (it deploys the order process and starts its worker)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv('CAMUNDA_URL', engine_url)
        patch.syspath_prepend(str(EXAMPLES))
        for name in ('_common', 'flask_app'):
            sys.modules.pop(name, None)
        module = importlib.import_module('flask_app')
        try:
            yield module
        finally:
            module.worker.stop()
            sys.modules.pop('flask_app', None)


def shipping_tasks(client, instance):
    """The instance's shipping task, once the worker has charged the card."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        page = client.get(f'/tasks?group=shipping&process_instance={instance}')
        listed = page.get_json()
        if listed:
            return listed
        time.sleep(0.2)
    return []


def history(url, instance, name):
    found = requests.get(f'{url}/history/variable-instance', timeout=10, params={
        'processInstanceId': instance, 'variableName': name}).json()
    return [(v['type'], v['value']) for v in found]


def test_flask_app(engine_url, flask_app):
    """'flask_app.py': start an order, the worker charges it, claim and complete."""
    client = flask_app.app.test_client()
    demo = {'Authorization': 'Basic ZGVtbzpkZW1v'}  # demo:demo, passed on to the engine
    started = client.post('/orders', json={'amount': 12.5, 'express': True},
                          headers=demo).get_json()['id']
    listed = shipping_tasks(client, started)
    assert [t['name'] for t in listed] == ['Ship order'], 'the worker did not charge'
    assert history(engine_url, started, 'charged') == [('Double', 12.5)]
    assert history(engine_url, started, 'express') == [('Boolean', True)]

    task = listed[0]['id']
    assert client.post(f'/tasks/{task}/claim', headers=demo).status_code == 204
    assert client.get(f'/tasks/{task}').get_json()['assignee'] == 'demo'
    done = client.post(f'/tasks/{task}/complete', json={'trackingNumber': 'TRK-9'})
    assert done.status_code == 204
    assert history(engine_url, started, 'trackingNumber') == [('String', 'TRK-9')]
    assert client.get(f'/tasks/{task}').status_code == 404


def test_flask_app_error_pages(flask_app, monkeypatch):
    client = flask_app.app.test_client()
    assert client.post('/tasks/some-task/claim').status_code == 401
    missing = client.get('/tasks/no-such-task')
    assert missing.status_code == 404 and 'no-such-task' in missing.get_json()['error']
    monkeypatch.setattr(flask_app, 'URL', 'http://127.0.0.1:9/engine-rest')
    down = client.get('/tasks')
    assert down.status_code == 503 and down.headers['Retry-After'] == '30'
    assert down.get_json() == {'error': 'the workflow engine is unavailable'}
