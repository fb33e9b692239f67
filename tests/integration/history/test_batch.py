"""Historic batches and their cleanup report against the real engine."""
import datetime as dt

import pytest

import pycamunda
from pycamunda.history import batch

from integration.history.conftest import start, wait_for


@pytest.fixture
def finished_batch(engine_url, camunda, deployed, uid):
    """A historic-process-instance-deletion batch that has ended."""
    pid = start(camunda, deployed['key'], uid, fail=False)
    camunda.request('DELETE', f'/process-instance/{pid}')
    started = camunda.request('POST', '/history/process-instance/delete',
                              json={'historicProcessInstanceIds': [pid]})
    wait_for('the batch to end', lambda: batch.Get(engine_url, started['id'])().end_time)
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/history/batch/{started["id"]}'))
    return started['id']


def test_get_list_count_and_get(engine_url, finished_batch):
    found = batch.GetList(engine_url, batch_id=finished_batch, completed=True)()
    assert [b.id_ for b in found] == [finished_batch]
    assert batch.Count(engine_url, batch_id=finished_batch, completed=False)() == 0
    got = batch.Get(engine_url, finished_batch)()
    assert got.type_ == 'historic-instance-deletion' and got.total_jobs == 1
    assert got.end_time >= got.start_time


def test_cleanable_report(engine_url, finished_batch):
    rows = batch.GetCleanableReport(engine_url, sort_by='finished')()
    mine = [r for r in rows if r.batch_type == 'historic-instance-deletion']
    assert len(mine) == 1 and mine[0].finished_batches_count >= 1
    assert batch.CountCleanableReport(engine_url)() == len(rows)


def test_set_removal_time_then_delete(engine_url, finished_batch):
    removal = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=30)
    job = batch.SetRemovalTimeAsync(engine_url, historic_batch_ids=[finished_batch],
                                    absolute_removal_time=removal)()
    assert job.type_ == 'batch-set-removal-time'
    wait_for('the removal time', lambda: batch.Get(engine_url, finished_batch)().removal_time == removal)
    batch.Delete(engine_url, finished_batch)()
    with pytest.raises(pycamunda.NotFound):
        batch.Get(engine_url, finished_batch)()
