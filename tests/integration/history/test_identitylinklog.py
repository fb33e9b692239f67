"""The identity link log against the real engine."""
from pycamunda.history import identitylinklog


def test_links_of_the_task(engine_url, activity):
    key = activity['key']
    found = identitylinklog.GetList(engine_url, task_id=activity['task_id'], sort_by='time')()
    assert {(link.type_, link.user_id, link.group_id, link.operation_type) for link in found} == {
        ('assignee', activity['assignee'], None, 'add'), ('candidate', None, f'{key}-group', 'add'),
        ('candidate', f'{key}-bob', None, 'add')}
    assert all(link.process_definition_key == key for link in found)
    assert identitylinklog.Count(engine_url, task_id=activity['task_id'], type_='candidate')() == 2
    assert identitylinklog.Count(engine_url, process_definition_key=key, user_id=f'{key}-bob')() == 1
