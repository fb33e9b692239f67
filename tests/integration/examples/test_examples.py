"""Every script in examples/ runs unchanged against the real engine."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[3] / 'examples'


def run(name, url, **env):
    result = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True,
                            timeout=120, env={**os.environ, 'CAMUNDA_URL': url, **env})
    return result.returncode, result.stdout + result.stderr


def test_quickstart(engine_url):
    code, out = run('quickstart.py', engine_url)
    assert code == 0, out
    assert 'started process instance' in out and 'business key order-42' in out
    assert 'external task "charge-card": charged 99.5' in out
    assert 'user task "Ship order" completed' in out
    assert ': COMPLETED in ' in out


def test_start_instance(engine_url):
    code, out = run('start_instance.py', engine_url)
    assert code == 0 and 'started ' in out and 'pycamunda-order:' in out, out


def test_fetch_and_complete(engine_url):
    code, out = run('fetch_and_complete.py', engine_url)
    assert code == 0, out
    assert 'with InitVariable=1' in out


def test_authentication_against_an_engine_with_basic_auth(auth_engine_url):
    code, out = run('authentication.py', auth_engine_url)
    assert code == 0 and 'task(s) visible' in out, out
    code, out = run('authentication.py', auth_engine_url, CAMUNDA_USER='nobody',
                    CAMUNDA_PASSWORD='wrong')
    assert code == 1 and 'authentication failed' in out, out


def test_session(auth_engine_url):
    code, out = run('session.py', auth_engine_url)
    assert code == 0 and 'through the session' in out and 'unchanged: demo' in out, out


def test_inspect_requests(engine_url):
    code, out = run('inspect_requests.py', engine_url)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == f'{engine_url}/process-definition/174cb832-a8a7/start'
    assert lines[1] == f'{engine_url}/process-definition/key/MyProcess/start'
    assert lines[2:4] == ['John None', 'John Doe']
    assert lines[4] == "{'firstName': 'John', 'lastName': 'Doe'}"
    assert "'credentials': {'password': 'changeme'}" in lines[5]
    assert 'changeme' not in lines[6]
    assert lines[7] == "['inspected.bpmn']" or 'inspected.bpmn' in lines[7]


@pytest.mark.parametrize('name', sorted(p.stem for p in EXAMPLES.glob('*.py')
                                        if not p.name.startswith('_')))
def test_every_example_is_tested(name):
    tests = Path(__file__).resolve().parents[1]
    text = ''.join(p.read_text() for p in tests.rglob('test_*.py'))
    assert f'def test_{name}' in Path(__file__).read_text() or f"'{name}.py'" in text, (
        f'examples/{name}.py has no test')


def test_variables(engine_url):
    code, out = run('variables.py', engine_url)
    assert code == 0, out
    for line in ["approved     Boolean  True", "quantity     Integer  3", "price        Double   9.99",
                 "items        Json     [{'sku': 'A-1', 'qty': 3}]", "signature    Bytes    b'\\x89PNG'",
                 "note         Null     None", "count        Long     12", "receipt: paid in full",
                 "address      Json     {'city': 'Berlin'}"]:
        assert line in out, (line, out)
    assert 'ordered      Date     datetime.datetime(2026, 11, 1, 9, 30' in out


def test_errors(engine_url):
    code, out = run('errors.py', engine_url)
    assert code == 0, out
    assert out.startswith('404 ') and 'no-such-process' in out
    assert f'while sending GET {engine_url}/process-definition/key/no-such-process' in out
    assert 'refused before sending' in out and 'id_' in out and 'key' in out
    assert 'BadRequest:' in out


def test_paging(engine_url):
    code, out = run('paging.py', engine_url)
    assert code == 0, out
    assert 'page sizes: [2, 2' in out
    assert 'window: [2, 1]' in out and 'count: ' in out


def test_timeouts(engine_url, engine_version):
    code, out = run('timeouts.py', engine_url)
    assert code == 0, out
    assert f'engine version: {engine_version}' in out
    assert 'ConnectionFailed: caused by ConnectionError' in out
    assert f'through my session: {engine_version}' in out


@pytest.mark.parametrize('processes', ['0', '1'], ids=['threads', 'processes'])
def test_worker(engine_url, camunda, processes):
    """examples/worker.py works a shop process until SIGTERM, then exits 0 (its handlers on
    threads, or in processes)."""
    import signal
    import time

    camunda.deploy(('shop.bpmn', (EXAMPLES / 'shop.bpmn').read_text()))
    in_stock = [camunda.start('pycamunda-shop', {'item': {'value': 'pen', 'type': 'String'},
                                                 'quantity': {'value': 0, 'type': 'Integer'},
                                                 'amount': {'value': 5.0, 'type': 'Double'}})['id']
                for _ in range(3)]
    sold_out = camunda.start('pycamunda-shop', {'item': {'value': 'car', 'type': 'String'},
                                                'quantity': {'value': 100, 'type': 'Integer'},
                                                'amount': {'value': 9.0, 'type': 'Double'}})['id']
    worker = subprocess.Popen([sys.executable, str(EXAMPLES / 'worker.py')], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              env={**os.environ, 'CAMUNDA_URL': engine_url,
                                   'EXAMPLE_FAILURE_RATE': '0',
                                   'EXAMPLE_PROCESSES': processes})
    try:
        deadline = time.monotonic() + 60
        ended = {}
        while time.monotonic() < deadline and len(ended) < 4:
            for instance in in_stock + [sold_out]:
                found = camunda.request('GET', '/history/activity-instance',
                                        params={'processInstanceId': instance,
                                                'activityType': 'noneEndEvent'})
                if found:
                    ended[instance] = found[0]['activityId']
            time.sleep(0.3)
        worker.send_signal(signal.SIGTERM)
        out, _ = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, out
    assert ended == {**{i: 'shipped' for i in in_stock}, sold_out: 'outOfStockEnd'}, out
    assert 'done:' in out


def test_dmn_evaluation(engine_url):
    code, out = run('dmn_evaluation.py', engine_url)
    assert code == 0, out
    assert out.splitlines() == ['amount    50.0: 0 % discount', 'amount   250.0: 5 % discount',
                                'amount  5000.0: 10 % discount']


def test_task_inbox(engine_url):
    code, out = run('task_inbox.py', engine_url)
    assert code == 0, out
    assert 'open: Ship order' in out and 'claimed by demo' in out
    assert 'completed: Ship order' in out and out.rstrip().endswith('0 task(s) left')


def test_message_correlation(engine_url):
    code, out = run('message_correlation.py', engine_url)
    assert code == 0, out
    assert 'Execution: execution' in out and 'waiting instance: True' in out


def test_history_report(engine_url):
    code, out = run('history_report.py', engine_url)
    assert code == 0, out
    assert 'finished orders; the latest: report-2' in out
    assert 'average' in out
    assert 'path: Order received -> Charge card -> Ship order -> Order shipped' in out


def test_migration(engine_url):
    code, out = run('migration.py', engine_url)
    assert code == 0, out
    assert "(['charge'], ['charge'])" in out and 'validation failures: []' in out
    assert '2 of 2 orders now run on version 2' in out


def test_upgrading(engine_url):
    """The PyCamunda-style code and its pycamunda counterpart both run (docs/migrating.rst)."""
    code, out = run('upgrading.py', engine_url)
    assert code == 0, out
    assert 'before: failed with NotFound' in out
    assert 'after: not found: ' in out
    assert out.count(' 0 task(s)') == 2, out


def test_test_with_mocks():
    """examples/test_with_mocks.py (testing code that uses pycamunda, no engine) passes as it is."""
    result = subprocess.run([sys.executable, '-m', 'pytest', '-q', '-p', 'no:cacheprovider',
                             str(EXAMPLES / 'test_with_mocks.py')], capture_output=True, text=True,
                            timeout=120, cwd=EXAMPLES)
    assert result.returncode == 0 and '4 passed' in result.stdout, result.stdout + result.stderr
