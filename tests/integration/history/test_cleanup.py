"""The history cleanup against the real engine.

Scheduling the cleanup removes only history whose removal time has passed; these tests set
removal times in the future only.
"""
from pycamunda.history import cleanup


def test_configuration(engine_url):
    config = cleanup.GetConfiguration(engine_url)()
    assert config.enabled is True
    assert config.batch_window_start_time is None and config.batch_window_end_time is None


def test_schedule_then_find_the_job(engine_url):
    job = cleanup.Cleanup(engine_url, immediately_due=True)()
    assert job.id_ and job.process_instance_id is None
    assert cleanup.GetJob(engine_url)().id_ == job.id_
    assert job.id_ in [j.id_ for j in cleanup.GetJobs(engine_url)()]
