"""pycamunda.releases: the operations newer than the oldest supported Camunda release."""
import csv
import re
from pathlib import Path

import pytest
import requests

import pycamunda
import pycamunda.processinst
import pycamunda.task
from pycamunda import releases

INVENTORY = Path(__file__).resolve().parents[1] / 'contract' / 'camunda-rest-endpoints.tsv'


def test_every_newer_operation_is_one_of_the_inventory():
    with INVENTORY.open() as fh:
        inventory = {(r['method'], re.sub(r'{[^}]+}', '{}', r['path']))
                     for r in csv.DictReader(fh, delimiter='\t')}
    assert set(releases.SINCE) <= inventory
    assert all(releases.serves(releases.NEWEST, m, p) for m, p in releases.SINCE)


def test_since_takes_any_placeholder_name_and_serves_compares_releases():
    assert releases.since('get', '/process-instance/{id}/comment') == '7.18'
    assert releases.since('GET', '/process-instance/{id}') is None
    assert not releases.serves('7.17.0', 'GET', '/process-instance/{id}/comment')
    assert releases.serves('7.18.0', 'GET', '/process-instance/{id}/comment')
    assert releases.serves('7.17.0', 'GET', '/process-instance/{id}')
    assert releases.serves_release('7.24.0', '7.9') and not releases.serves_release('7.9.0', '7.17')


def _answer(status, body):
    response = requests.Response()
    response.status_code = status
    response._content = body.encode()
    return response


@pytest.mark.parametrize('request_, named', [
    (pycamunda.processinst.CommentGetList('http://h/engine-rest', 'i1'),
     'GET /process-instance/{}/comment exists since Camunda 7.18'),
    (pycamunda.task.CommentUpdate('http://h/engine-rest', 't1', 'c1', message='m'),
     'PUT /task/{}/comment exists since Camunda 7.23'),
])
def test_an_older_engine_refusing_a_newer_operation_is_told_so(monkeypatch, request_, named):
    answer = _answer(404, '{"type": "NotFoundException", "message": "HTTP 404 Not Found"}')
    monkeypatch.setattr(requests.Session, 'request', lambda *args, **kwargs: answer)
    with pytest.raises(pycamunda.NoSuccess) as info:
        request_()
    assert named in str(info.value) and info.value.status_code == 404


def test_other_errors_are_not_annotated(monkeypatch):
    answer = _answer(404, '{"type": "InvalidRequestException", "message": "no such instance"}')
    monkeypatch.setattr(requests.Session, 'request', lambda *args, **kwargs: answer)
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.processinst.Get('http://h/engine-rest', 'i1')()
    assert 'since' not in str(info.value)
