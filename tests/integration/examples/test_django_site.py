"""examples/django_site: its own Django test suite (Django's test client, the real engine).

It runs in a subprocess (``manage.py test``), so Django's settings never enter this process.
The site talks to the engine with HTTP Basic authentication as its service account.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parents[3] / 'examples' / 'django_site'

TESTS = [
    'OrderFlowTests.test_order_form_starts_a_process_with_typed_variables',
    'OrderFlowTests.test_order_is_approved_in_the_reviewers_inbox_only',
    'OrderFlowTests.test_rejected_order_ends',
    'OrderFlowTests.test_invalid_form_starts_nothing',
    'OrderFlowTests.test_unknown_order_or_task_is_404',
    'OrderFlowTests.test_someone_elses_order_is_404',
    'OrderFlowTests.test_engine_down_is_503',
    'OrderFlowTests.test_pages_need_a_login',
    'DeployCommandTests.test_deploys_once',
    'MiddlewareTests.test_each_request_gets_its_own_session_closed_afterwards',
    'WorkerCommandTests.test_works_a_task_and_stops_on_sigterm',
]


def test_django_site(auth_engine_url):
    result = subprocess.run(
        [sys.executable, 'manage.py', 'test', '--verbosity', '2', '--noinput'], cwd=SITE,
        capture_output=True, text=True, timeout=240,
        env={**os.environ, 'CAMUNDA_URL': auth_engine_url, 'CAMUNDA_SERVICE_USER': 'demo',
             'CAMUNDA_SERVICE_PASSWORD': 'demo'})
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    for name in TESTS:  # Python 3.11 names the method in parentheses too, older ones don't
        cls, method = name.split('.')
        assert re.search(rf'{method} \(orders\.tests\.{cls}(\.{method})?\) \.\.\. ok', out), (name, out)
    assert f'Ran {len(TESTS)} tests' in out and '\nOK' in out, out
