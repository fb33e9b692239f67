"""A Flask app: a session per incoming request, an external-task worker in the background.

Run it with ``flask --app examples/flask_app.py run``; ``GET /tasks`` lists the caller's
tasks, ``POST /orders`` starts an order, and the worker charges the cards in the background.
"""
import atexit

import flask
import requests

import pycamunda.processdef
import pycamunda.task
import pycamunda.worker

from _common import PROCESS_KEY, URL, deploy_order_process

app = flask.Flask(__name__)


# [session]
@app.before_request
def camunda_session() -> None:
    """One requests.Session per incoming request, carrying that caller's credentials."""
    flask.g.camunda = requests.Session()
    if flask.request.authorization:
        credentials = flask.request.authorization
        flask.g.camunda.auth = (credentials.username, credentials.password)


@app.teardown_request
def close_camunda_session(error: BaseException = None) -> None:
    session = flask.g.pop('camunda', None)
    if session is not None:
        session.close()
# [/session]


# [view]
@app.get('/tasks')
def tasks() -> list:
    args = flask.request.args
    query = pycamunda.task.GetList(URL, candidate_group=args.get('group'),
                                   process_instance_id=args.get('process_instance'),
                                   max_results=50)
    query.session = flask.g.camunda
    return [{'id': task.id_, 'name': task.name, 'created': task.created.isoformat(),
             'process_instance_id': task.process_instance_id} for task in query()]
# [/view]


@app.post('/orders')
def start_order() -> dict:
    start = pycamunda.processdef.StartInstance(URL, key=PROCESS_KEY)
    start.session = flask.g.camunda
    start.add_variable('amount', flask.request.get_json()['amount'])
    return {'id': start().id_}


# [worker]
worker = pycamunda.worker.Worker(URL, worker_id='flask-app', threads=2)


@worker.subscribe('charge-card', lock_duration=10_000, variables=['amount'])
def charge_card(task: pycamunda.worker.Task) -> dict:
    return {'charged': task.variables['amount']}


deploy_order_process()
worker.start()             # a background thread; the app keeps serving
atexit.register(worker.stop)
# [/worker]
