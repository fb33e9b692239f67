"""What a request shows of itself (repr) and what the DEBUG log says: nothing secret."""
import json
import logging

import pycamunda.task
import pycamunda.user
import pycamunda.version

SECRET_URL = 'http://admin:s3cret@engine.test/engine-rest'


def test_repr_and_str_redact_a_password_in_the_url():
    request = pycamunda.task.Get(SECRET_URL, 't1')
    for shown in (repr(request), str(request)):
        assert 's3cret' not in shown and 'http://***@engine.test/engine-rest' in shown
    assert request.url == SECRET_URL + '/task/t1'  # what is sent keeps them


def test_repr_leaves_out_flags_left_at_false():
    shown = repr(pycamunda.task.GetList(SECRET_URL, assignee='bob', unassigned=False))
    assert 'assignee=' in shown and 'unassigned=False' in shown  # default None: set by the user
    shown = repr(pycamunda.task.Complete(SECRET_URL, 't1'))
    assert 'with_variables_in_return' not in shown


def test_debug_log_shows_query_and_body_without_secrets(http, caplog):
    caplog.set_level(logging.DEBUG, logger='pycamunda')
    http.respond(json=[])
    pycamunda.task.GetList(SECRET_URL, assignee='bob', max_results=5)()
    pycamunda.user.Create(SECRET_URL, 'u1', 'A', 'B', 'a@b.c', 'hunter2')()
    get, post = [r.getMessage() for r in caplog.records]
    assert 'GET http://***@engine.test/engine-rest/task?assignee=bob&maxResults=5 -> 200' in get
    body = json.loads(post.split('; body ', 1)[1])
    assert body['credentials'] == '***' and body['profile']['id'] == 'u1'
    assert 'hunter2' not in post and 's3cret' not in get + post
