"""Helpers of the worker's integration tests: many instances at once, history counts."""
from __future__ import annotations

import concurrent.futures
import threading
import time
from typing import Any, Callable, Dict, List, Optional

import requests

_local = threading.local()


def _session() -> requests.Session:
    session = getattr(_local, 'session', None)
    if session is None:
        session = _local.session = requests.Session()
    return session


def start_many(url: str, key: str, count: int, threads: int = 16) -> List[str]:
    """Start ``count`` instances of process ``key``; their ids."""
    def start(n: int) -> str:
        response = _session().post(f'{url}/process-definition/key/{key}/start', timeout=60,
                                   json={'variables': {'n': {'value': n, 'type': 'Integer'}}})
        response.raise_for_status()
        return response.json()['id']
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        return list(pool.map(start, range(count)))


def get(url: str, path: str, **params: Any) -> Any:
    response = _session().get(url + path, params=params, timeout=60)
    response.raise_for_status()
    return response.json()


def count(url: str, path: str, **params: Any) -> int:
    return get(url, path + '/count', **params)['count']


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except requests.RequestException:
            pass
        time.sleep(interval)
    return condition()


def success_logs(url: str, definition_id: str) -> List[Dict[str, Any]]:
    """The history's records of completed external tasks of a process definition."""
    return get(url, '/history/external-task-log', processDefinitionId=definition_id,
               successLog='true', maxResults=100000)


def assert_each_completed_once(url: str, definition_id: str, instances: int,
                               workers: Optional[set] = None) -> None:
    logs = success_logs(url, definition_id)
    task_ids = [log['externalTaskId'] for log in logs]
    assert len(task_ids) == instances and len(set(task_ids)) == instances
    assert count(url, '/history/activity-instance', processDefinitionId=definition_id,
                 activityId='work', finished='true') == instances
    assert count(url, '/history/process-instance', processDefinitionId=definition_id,
                 finished='true') == instances
    assert count(url, '/external-task', processDefinitionId=definition_id) == 0
    if workers is not None:
        assert {log['workerId'] for log in logs} == workers


def steal_until_finished(url: str, topic: str, instance: str, thief: str) -> List[Any]:
    """Try to fetch ``topic``'s tasks as worker ``thief`` every 0.1 s until ``instance``
    finishes; the tasks taken (none while another worker holds the lock)."""
    import pycamunda.externaltask as et
    request = et.FetchAndLock(url, thief, 1)
    request.add_topic(topic, 60000)
    stolen: List[Any] = []
    while not count(url, '/history/process-instance', processInstanceId=instance,
                    finished='true'):
        stolen.extend(request())
        time.sleep(0.1)
    return stolen
