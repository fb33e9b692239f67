"""What the history report and statistics classes of definitions send and parse."""
import datetime as dt

from pycamunda.history import casedef, decisiondef, decisionrequirementsdef, processdef

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_process_definition_activity_stats(http):
    http.respond(json=ANSWERS['activity_stats'])
    stats = processdef.GetActivityStats(URL, 'def:1', incidents=True, canceled=True,
                                        started_after=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                                        process_instance_id_in=['p1'], sort_by='activity_id',
                                        ascending=False)()
    assert (http.method, http.path) == ('GET', '/history/process-definition/def:1/statistics')
    assert http.params == {'incidents': 'true', 'canceled': 'true',
                           'startedAfter': '2024-01-01T00:00:00.000+0000',
                           'processInstanceIdIn': 'p1', 'sortBy': 'activityId', 'sortOrder': 'desc'}
    assert [(s.id_, s.resolved_incidents, s.open_incidents) for s in stats] == [('risky', 1, 0)]
    http.respond(json=[{'id': 'start'}])
    assert processdef.GetActivityStats(URL, 'def:1')()[0].finished is None
    assert http.params == {}


def test_cleanable_reports(http):
    http.respond(json=ANSWERS['cleanable_process'])
    rows = processdef.GetCleanableReport(URL, process_definition_key_in=['a'], compact=True,
                                         sort_by='finished',
                                         max_results=10)()
    assert (http.method, http.path) == ('GET',
                                        '/history/process-definition/cleanable-process-instance-report')
    assert http.params == {'processDefinitionKeyIn': 'a', 'compact': 'true', 'sortBy': 'finished',
                           'sortOrder': 'asc', 'maxResults': 10}
    assert (rows[0].history_time_to_live, rows[0].finished_process_instance_count,
            rows[0].cleanable_process_instance_count) == (7, 1, 0)
    http.respond(json={'count': 1})
    assert processdef.CountCleanableReport(URL, without_tenant_id=True)() == 1
    assert (http.path, http.params) == ('/history/process-definition/cleanable-process-instance-report/count',
                                        {'withoutTenantId': 'true'})
    http.respond(json=ANSWERS['cleanable_decision'])
    rows = decisiondef.GetCleanableReport(URL, decision_definition_id_in=['d:1'])()
    assert (http.path, http.params) == ('/history/decision-definition/cleanable-decision-instance-report',
                                        {'decisionDefinitionIdIn': 'd:1'})
    assert rows[0].finished_decision_instance_count == 1 and rows[0].tenant_id is None
    http.respond(json={'count': 3})
    assert decisiondef.CountCleanableReport(URL, tenant_id_in=['t'])() == 3
    assert (http.path,
            http.params) == ('/history/decision-definition/cleanable-decision-instance-report/count',
                                        {'tenantIdIn': 't'})
    http.respond(json=ANSWERS['cleanable_case'])
    rows = casedef.GetCleanableReport(URL, case_definition_key_in=['c'], sort_by='finished',
                                      ascending=False)()
    assert (http.path, http.params) == ('/history/case-definition/cleanable-case-instance-report', {
        'caseDefinitionKeyIn': 'c', 'sortBy': 'finished', 'sortOrder': 'desc'})
    assert (rows[0].case_definition_version, rows[0].finished_case_instance_count) == (1, 1)
    http.respond(json={'count': 1})
    assert casedef.CountCleanableReport(URL, compact=True)() == 1
    assert (http.path, http.params) == ('/history/case-definition/cleanable-case-instance-report/count',
                                        {'compact': 'true'})


def test_statistics(http):
    http.respond(json=ANSWERS['drd_stats'])
    stats = decisionrequirementsdef.GetStats(URL, 'drd:1', decision_instance_id='d1')()
    assert (http.method, http.path, http.params) == (
        'GET', '/history/decision-requirements-definition/drd:1/statistics', {'decisionInstanceId': 'd1'})
    assert [s.evaluations for s in stats] == [1, 1]
    http.respond(json=ANSWERS['case_stats'])
    stats = casedef.GetActivityStats(URL, 'case:1')()
    assert (http.method, http.path) == ('GET', '/history/case-definition/case:1/statistics')
    assert [(s.id_, s.completed, s.active) for s in stats] == [('review_item', 1, 0)]
