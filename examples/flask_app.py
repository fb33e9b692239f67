"""A Flask app: a session per request with the caller's credentials, and a worker.

Run it with ``flask --app examples/flask_app.py run``: ``POST /orders`` starts an order,
the worker charges the card in the background, ``GET /tasks`` lists the caller's
tasks, ``POST /tasks/<id>/claim`` and ``POST /tasks/<id>/complete`` work one.
Callers authenticate with their Camunda credentials (HTTP Basic), which are passed on.
"""
import atexit
from typing import Any, Dict, List, Optional, Tuple

import flask
import requests

import pycamunda
import pycamunda.processdef
import pycamunda.task
import pycamunda.worker

from _common import PROCESS_KEY, URL, deploy_order_process

app = flask.Flask(__name__)


# [session]
@app.before_request
def camunda_session() -> None:
    """One requests.Session per request, carrying that caller's credentials."""
    flask.g.camunda = requests.Session()
    if flask.request.authorization:
        credentials = flask.request.authorization
        flask.g.camunda.auth = (credentials.username, credentials.password)


@app.teardown_request
def close_camunda_session(error: Optional[BaseException] = None) -> None:
    session = flask.g.pop('camunda', None)
    if session is not None:
        session.close()


def camunda(request_class: Any, **parameters: Any) -> Any:
    """A pycamunda request to the engine, sent through this request's session."""
    call = request_class(url=URL, **parameters)
    call.session = flask.g.camunda
    return call
# [/session]


# [errors]
@app.errorhandler(pycamunda.ConnectionFailed)
def engine_unavailable(error: pycamunda.ConnectionFailed) -> Tuple[dict, int, dict]:
    app.logger.warning('Camunda is unavailable: %s', error)
    return {'error': 'the workflow engine is unavailable'}, 503, {'Retry-After': '30'}


@app.errorhandler(pycamunda.NotFound)
def not_found(error: pycamunda.NotFound) -> Tuple[dict, int]:
    return {'error': error.message}, 404
# [/errors]


# [start]
@app.post('/orders')
def start_order() -> dict:
    """Start an order; the JSON body's values become typed variables."""
    order = flask.request.get_json()
    start = camunda(pycamunda.processdef.StartInstance, key=PROCESS_KEY,
                    business_key=order.get('reference'))
    start.add_variable('amount', float(order['amount']))        # Double
    start.add_variable('express', bool(order.get('express')))   # Boolean
    return {'id': start().id_}
# [/start]


# [tasks]
@app.get('/tasks')
def tasks() -> List[Dict[str, Any]]:
    """Open tasks of a group (``?group=``) or an instance (``?process_instance=``)."""
    args = flask.request.args
    query = camunda(pycamunda.task.GetList, candidate_group=args.get('group'),
                    process_instance_id=args.get('process_instance'), max_results=50)
    return [{'id': task.id_, 'name': task.name, 'created': task.created.isoformat(),
             'process_instance_id': task.process_instance_id} for task in query()]


@app.get('/tasks/<task_id>')
def task(task_id: str) -> Dict[str, Any]:
    found = camunda(pycamunda.task.Get, id_=task_id)()  # NotFound -> 404
    return {'id': found.id_, 'name': found.name, 'assignee': found.assignee}
# [/tasks]


# [claim-complete]
@app.post('/tasks/<task_id>/claim')
def claim(task_id: str) -> Tuple[str, int]:
    credentials = flask.request.authorization
    if credentials is None:
        flask.abort(401)  # claiming needs to know who claims
    camunda(pycamunda.task.Claim, id_=task_id, user_id=credentials.username)()
    return '', 204


@app.post('/tasks/<task_id>/complete')
def complete(task_id: str) -> Tuple[str, int]:
    """Complete a task; the JSON body's values become typed variables."""
    done = camunda(pycamunda.task.Complete, id_=task_id)
    for name, value in (flask.request.get_json(silent=True) or {}).items():
        done.add_variable(name, value)
    done()
    return '', 204
# [/claim-complete]


# [worker]
# A stop waits for an open fetch: a short long poll lets the app shut down quickly.
worker = pycamunda.worker.Worker(URL, worker_id='flask-app', threads=2,
                                 async_response_timeout=2_000)


@worker.subscribe('charge-card', lock_duration=10_000, variables=['amount'])
def charge_card(task: pycamunda.worker.Task) -> dict:
    return {'charged': task.variables['amount']}


deploy_order_process()
worker.start()             # a background thread; the app keeps serving
atexit.register(worker.stop)
# [/worker]
