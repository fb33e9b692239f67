"""What the incident classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.incident as inc

from unit.fakehttp import URL

INCIDENT = {
    'id': 'i1', 'processDefinitionId': 'a:1:x', 'processInstanceId': 'pi1', 'executionId': 'e1',
    'incidentTimestamp': '2026-11-29T03:12:44.535+0000', 'incidentType': 'failedJob',
    'activityId': 'fail', 'failedActivityId': 'fail', 'causeIncidentId': 'i1',
    'rootCauseIncidentId': 'i1', 'configuration': 'job1',
    'incidentMessage': 'Unknown property used in expression', 'tenantId': None,
    'jobDefinitionId': 'jd1', 'annotation': None}


def test_get_loads_an_incident(http):
    http.respond(json=INCIDENT)
    incident = inc.Get(URL, 'i1')()
    assert (http.method, http.path) == ('GET', '/incident/i1')
    assert incident.incident_type is inc.IncidentType.failed_job
    assert incident.incident_timestamp == dt.datetime(2026, 11, 29, 3, 12, 44, 535000,
                                                      tzinfo=dt.timezone.utc)
    assert (incident.configuration, incident.failed_activity_id, incident.job_definition_id) == (
        'job1', 'fail', 'jd1')


def test_unknown_incident_types_stay_strings_and_missing_fields_are_none(http):
    http.respond(json=[{'id': 'i2', 'incidentType': 'myCustomType'}])
    (incident,) = inc.GetList(URL)()
    assert incident.incident_type == 'myCustomType'
    assert (incident.incident_timestamp, incident.annotation, incident.tenant_id) == (None, None, None)


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[INCIDENT])
    incidents = inc.GetList(URL, incident_type=inc.IncidentType.failed_external_task,
                            process_definition_key_in=['a', 'b'], process_instance_id='pi1',
                            job_definition_id_in=['jd1'], sort_by='incident_timestamp',
                            ascending=False, max_results=5,
                            incident_timestamp_after=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                            failed_activity_id='fail')()
    assert (http.method, http.path) == ('GET', '/incident')
    assert http.params == {'incidentType': 'failedExternalTask', 'processDefinitionKeyIn': 'a,b',
                           'processInstanceId': 'pi1', 'jobDefinitionIdIn': 'jd1',
                           'sortBy': 'incidentTimestamp', 'sortOrder': 'desc', 'maxResults': 5,
                           'incidentTimestampAfter': '2026-01-01T00:00:00.000+0000',
                           'failedActivityId': 'fail'}
    assert incidents[0].id_ == 'i1'


def test_get_list_wire_keys_of_the_contract():
    request = inc.GetList(URL, 'i1', 'failedJob', 'm', 'a:1', ['a'], 'pi1', 'e1', 'act', 'c1', 'r1',
                          'cfg', ['t1', 't2'], ['jd'], incident_message_like='m%')
    assert request.query_parameters() == {
        'incidentId': 'i1', 'incidentType': 'failedJob', 'incidentMessage': 'm',
        'processDefinitionId': 'a:1', 'processDefinitionKeyIn': 'a', 'processInstanceId': 'pi1',
        'executionId': 'e1', 'activityId': 'act', 'causeIncidentId': 'c1',
        'rootCauseIncidentId': 'r1', 'configuration': 'cfg', 'tenantIdIn': 't1,t2',
        'jobDefinitionIdIn': 'jd', 'incidentMessageLike': 'm%'}


def test_count_sends_filters_only(http):
    http.respond(json={'count': 2})
    assert inc.Count(URL, process_instance_id='pi1', sort_by='incident_id')() == 2
    assert (http.method, http.path, http.params) == ('GET', '/incident/count',
                                                     {'processInstanceId': 'pi1'})


def test_resolve_and_annotations(http):
    assert inc.Resolve(URL, 'i1')() is None
    assert (http.method, http.path) == ('DELETE', '/incident/i1')
    inc.SetAnnotation(URL, 'i1', 'looked at it')()
    assert (http.method, http.path, http.json) == ('PUT', '/incident/i1/annotation',
                                                   {'annotation': 'looked at it'})
    inc.ClearAnnotation(URL, 'i1')()
    assert (http.method, http.path) == ('DELETE', '/incident/i1/annotation')


def test_incident_type_count():
    assert inc.IncidentTypeCount.load({'incidentType': 'failedJob', 'incidentCount': 3}) == \
        inc.IncidentTypeCount(inc.IncidentType.failed_job, 3)


def test_unknown_sort_key_is_refused():
    with pytest.raises(ValueError, match='sort_by'):
        inc.GetList(URL, sort_by='priority')
