"""The shop against a real engine: ``CAMUNDA_URL=... ./manage.py test``

Keys, topic and user names carry a random part, so runs sharing an engine stay apart;
the process is deployed for the test class and deleted with cascade afterwards.
"""

import contextlib
import datetime as dt
import io
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from unittest import mock

import requests
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings

import pycamunda.deployment
import pycamunda.history.variableinst
import pycamunda.processdef
import pycamunda.task
from pycamunda.testing import deployed, wait_for_activity, wait_for_end

from .camunda import CamundaSessionMiddleware, service_auth
from .process import bpmn

RUN = uuid.uuid4().hex[:8]
SITE = Path(__file__).resolve().parents[1]


def engine(request_class, **parameters):
    """A request to the engine with the service account, for the tests' own checks."""
    call = request_class(url=settings.CAMUNDA_URL, **parameters)
    call.auth = service_auth()
    return call


def the_task(instance_id):
    tasks = engine(pycamunda.task.GetList, process_instance_id=instance_id,
                   max_results=1)()
    return tasks[0]


def variables(instance_id):
    """The instance's variables from the history: name -> (type, value)."""
    found = engine(pycamunda.history.variableinst.GetList,
                   process_instance_id=instance_id, max_results=50)()
    return {v.name: (v.type_, v.value) for v in found}


# [flow-tests]
@override_settings(ORDER_PROCESS_KEY=f'django-order-{RUN}',
                   ORDER_CHARGE_TOPIC=f'charge-{RUN}')
class OrderFlowTests(TestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()  # the settings above apply from here on
        stack = contextlib.ExitStack()
        cls.addClassCleanup(stack.close)
        stack.enter_context(deployed(settings.CAMUNDA_URL, ('order.bpmn', bpmn()),
                                     auth=service_auth()))

    @classmethod
    def setUpTestData(cls):
        cls.alice = User.objects.create_user(f'alice-{RUN}')
        cls.bob = User.objects.create_user(f'bob-{RUN}')

    def place_order(self, reference):
        """Alice orders, Bob reviews; the id of the process instance."""
        self.client.force_login(self.alice)
        response = self.client.post('/orders/new/', {
            'reference': reference, 'amount': '12.50', 'quantity': 3, 'express': 'on',
            'deliver_by': '2026-12-24', 'reviewer': self.bob.username})
        self.assertEqual(response.status_code, 302, response.content)
        return response.url.strip('/').split('/')[-1]

    def inbox_of(self, user):
        self.client.force_login(user)
        response = self.client.get('/')
        self.assertEqual(response.status_code, 200)
        return response

    def test_order_form_starts_a_process_with_typed_variables(self):
        instance = self.place_order(f'T-{RUN}')
        self.assertContains(self.client.get(f'/orders/{instance}/'), 'ACTIVE')
        sent = variables(instance)
        type_, deliver_by = sent.pop('deliverBy')
        self.assertEqual((type_, deliver_by.date()), ('Date', dt.date(2026, 12, 24)))
        self.assertEqual(sent, {
            'amount': ('Double', 12.5), 'quantity': ('Integer', 3),
            'express': ('Boolean', True), 'reviewer': ('String', self.bob.username),
            'orderedBy': ('String', self.alice.username)})

    def test_order_is_approved_in_the_reviewers_inbox_only(self):
        instance = self.place_order(f'A-{RUN}')
        task = the_task(instance)
        self.assertNotContains(self.inbox_of(self.alice), task.id_)
        self.assertContains(self.inbox_of(self.bob), f'claimable-{task.id_}')

        self.client.force_login(self.alice)  # not a candidate: may not claim
        self.assertEqual(self.client.post(f'/tasks/{task.id_}/claim/').status_code, 404)
        self.client.force_login(self.bob)
        self.assertRedirects(self.client.post(f'/tasks/{task.id_}/claim/'), '/')
        self.assertContains(self.inbox_of(self.bob), f'task-{task.id_}')
        self.assertNotContains(self.inbox_of(self.alice), task.id_)
        self.client.force_login(self.alice)  # not the assignee: may not complete
        answer = self.client.post(f'/tasks/{task.id_}/complete/', {'approved': 'on'})
        self.assertEqual(answer.status_code, 404)

        self.client.force_login(self.bob)
        answer = self.client.post(f'/tasks/{task.id_}/complete/',
                                  {'approved': 'on', 'comment': 'ok'})
        self.assertRedirects(answer, '/')
        self.assertNotContains(self.inbox_of(self.bob), task.id_)
        wait_for_activity(settings.CAMUNDA_URL, instance, 'charge', auth=service_auth())
        self.assertEqual(variables(instance)['approved'], ('Boolean', True))
        self.assertEqual(variables(instance)['comment'], ('String', 'ok'))

    def test_rejected_order_ends(self):
        instance = self.place_order(f'R-{RUN}')
        task = the_task(instance)
        self.client.force_login(self.bob)
        self.client.post(f'/tasks/{task.id_}/claim/')
        self.client.post(f'/tasks/{task.id_}/complete/', {'comment': 'too expensive'})
        ended = wait_for_end(settings.CAMUNDA_URL, instance, auth=service_auth())
        self.assertEqual(ended.state, 'COMPLETED')
        self.assertEqual(variables(instance)['approved'], ('Boolean', False))
        self.assertContains(self.client.get(f'/orders/{instance}/'), 'COMPLETED')

    def test_invalid_form_starts_nothing(self):
        self.client.force_login(self.alice)
        answer = self.client.post('/orders/new/', {'reference': 'x', 'amount': 'lots'})
        self.assertContains(answer, 'Enter a number.')
        count = engine(pycamunda.task.Count, process_instance_business_key='x',
                       process_definition_key=settings.ORDER_PROCESS_KEY)
        self.assertEqual(count(), 0)

    def test_unknown_order_or_task_is_404(self):
        self.client.force_login(self.alice)
        self.assertEqual(self.client.get('/orders/no-such-order/').status_code, 404)
        answer = self.client.post('/tasks/no-such-task/complete/')
        self.assertEqual(answer.status_code, 404)

    def test_someone_elses_order_is_404(self):
        instance = self.place_order(f'O-{RUN}')
        self.client.force_login(User.objects.create_user(f'carol-{RUN}'))
        self.assertEqual(self.client.get(f'/orders/{instance}/').status_code, 404)

    @override_settings(CAMUNDA_URL='http://127.0.0.1:9/engine-rest')
    def test_engine_down_is_503(self):
        self.client.force_login(self.alice)
        with self.assertLogs('orders.camunda', 'WARNING') as logged:
            answer = self.client.get('/')
        self.assertContains(answer, 'engine is unavailable', status_code=503)
        self.assertEqual(answer['Retry-After'], '30')
        self.assertIn('Camunda is unavailable: GET http://127.0.0.1:9/engine-rest/task',
                      logged.output[0])

    def test_pages_need_a_login(self):
        self.assertRedirects(self.client.get('/'), '/accounts/login/?next=/')
        self.assertContains(self.client.get('/accounts/login/'), 'Log in')
# [/flow-tests]


@override_settings(ORDER_PROCESS_KEY=f'django-deploy-{RUN}')
class DeployCommandTests(SimpleTestCase):
    def test_deploys_once(self):
        first, again = io.StringIO(), io.StringIO()
        call_command('camunda_deploy', stdout=first)
        name = f'shop-{settings.ORDER_PROCESS_KEY}'
        found = engine(pycamunda.deployment.GetList, name=name, max_results=10)()
        for deployment in found:
            self.addCleanup(engine(pycamunda.deployment.Delete, id_=deployment.id_,
                                   cascade=True))
        call_command('camunda_deploy', stdout=again)
        self.assertEqual(len(found), 1)
        self.assertEqual(first.getvalue(),
                         f'deployed {settings.ORDER_PROCESS_KEY} version 1\n')
        self.assertEqual(again.getvalue(),
                         f'{settings.ORDER_PROCESS_KEY} is deployed already\n')


class MiddlewareTests(SimpleTestCase):
    @override_settings(CAMUNDA_SERVICE_USER='svc', CAMUNDA_SERVICE_PASSWORD='secret')
    def test_each_request_gets_its_own_session_closed_afterwards(self):
        seen = []

        def view(request):
            seen.append(request.camunda)
            return HttpResponse()

        middleware = CamundaSessionMiddleware(view)
        with mock.patch.object(requests.Session, 'close', autospec=True) as close:
            middleware(RequestFactory().get('/'))
            middleware(RequestFactory().get('/'))
        self.assertIsNot(seen[0], seen[1])
        self.assertEqual([call.args[0] for call in close.call_args_list], seen)
        self.assertEqual(seen[0].auth, ('svc', 'secret'))


# [worker-test]
@override_settings(ORDER_PROCESS_KEY=f'django-worker-{RUN}',
                   ORDER_CHARGE_TOPIC=f'charge-w-{RUN}')
class WorkerCommandTests(SimpleTestCase):
    def approved_order(self, reference, amount):
        """An order whose card is to be charged; the id of the process instance."""
        start = engine(pycamunda.processdef.StartInstance,
                       key=settings.ORDER_PROCESS_KEY, business_key=reference)
        start.add_variable('amount', amount)
        start.add_variable('reviewer', 'nobody')
        instance = start().id_
        approve = engine(pycamunda.task.Complete, id_=the_task(instance).id_)
        approve.add_variable('approved', True)
        approve()
        return instance

    def test_works_a_task_and_stops_on_sigterm(self):
        url, auth = settings.CAMUNDA_URL, service_auth()
        with deployed(url, ('order.bpmn', bpmn()), auth=auth):
            instance = self.approved_order(f'W-{RUN}', 99.5)
            worker = subprocess.Popen(
                [sys.executable, 'manage.py', 'camunda_worker', '--long-poll', '1000'],
                cwd=SITE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                env={**os.environ, 'ORDER_PROCESS_KEY': settings.ORDER_PROCESS_KEY,
                     'ORDER_CHARGE_TOPIC': settings.ORDER_CHARGE_TOPIC})
            try:
                ended = wait_for_end(url, instance, timeout=30, auth=auth)
                worker.send_signal(signal.SIGTERM)
                out, _ = worker.communicate(timeout=30)
            finally:
                if worker.poll() is None:
                    worker.kill()
                    worker.communicate()
            self.assertEqual(worker.returncode, 0, out)
            self.assertEqual(ended.state, 'COMPLETED')
            self.assertEqual(variables(instance)['receipt'], ('String', f'R-W-{RUN}'))
            self.assertEqual(variables(instance)['charged'], ('Double', 99.5))
            # the log went through settings.LOGGING (its "[shop]" format)
            self.assertIn(f'orders.handlers: charging 99.50 for order W-{RUN}', out)
            self.assertIn('INFO pycamunda.worker: SIGTERM: shutting down', out)
            self.assertIn("worker stopped: {'fetched': 1, 'completed': 1, 'failed': 0",
                          out)
            logged = [line for line in out.splitlines() if 'pycamunda.worker' in line]
            self.assertTrue(all(line.startswith('[shop] ') for line in logged), out)
# [/worker-test]
