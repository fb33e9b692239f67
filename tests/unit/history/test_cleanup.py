"""What the history cleanup classes send, and what they make of the answers."""
from pycamunda.history import cleanup

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_cleanup_schedules_a_job(http):
    http.respond(json=ANSWERS['cleanup_job'])
    job = cleanup.Cleanup(URL, immediately_due=True)()
    assert (http.method, http.path, http.params) == ('POST', '/history/cleanup', {'immediatelyDue': 'true'})
    assert job.id_ and job.due_date is not None and job.process_instance_id is None
    http.respond(json={'id': 'j1'})
    cleanup.Cleanup(URL)()
    assert http.params == {}


def test_jobs_and_configuration(http):
    http.respond(json={'id': 'j1', 'retries': 3})
    job = cleanup.GetJob(URL)()
    assert (http.method, http.path, job.id_, job.retries, job.due_date) == ('GET', '/history/cleanup/job',
                                                                           'j1', 3, None)
    http.respond(json=[ANSWERS['cleanup_job'], {'id': 'j2'}])
    jobs = cleanup.GetJobs(URL)()
    assert (http.method, http.path) == ('GET', '/history/cleanup/jobs')
    assert [j.id_ for j in jobs][1] == 'j2'
    http.respond(json={'batchWindowStartTime': '2024-05-01T22:00:00.000+0200',
                       'batchWindowEndTime': '2024-05-02T06:00:00.000+0200', 'enabled': True})
    config = cleanup.GetConfiguration(URL)()
    assert (http.method, http.path) == ('GET', '/history/cleanup/configuration')
    assert config.enabled and config.batch_window_start_time.hour == 22
    assert config.batch_window_end_time.utcoffset().total_seconds() == 7200
    http.respond(json=ANSWERS['cleanup_configuration'])
    assert cleanup.GetConfiguration(URL)().batch_window_start_time is None
