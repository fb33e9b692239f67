"""What the schema log classes send, and what they make of the engine's answers."""
import datetime as dt

import pycamunda.schemalog
from pycamunda.schemalog import SchemaLogEntry

from unit.fakehttp import URL

ENTRY = {'id': '0', 'timestamp': '2026-11-29T03:10:26.363+0000', 'version': '7.24.0'}
PARSED = SchemaLogEntry('0', dt.datetime(2026, 11, 29, 3, 10, 26, 363000,
                                         tzinfo=dt.timezone.utc), '7.24.0')


def test_get_list(http):
    http.respond(json=[ENTRY])
    entries = pycamunda.schemalog.GetList(URL, version='7.24.0', sort_by='timestamp',
                                          ascending=False, max_results=1)()
    assert (http.method, http.path) == ('GET', '/schema/log')
    assert http.params == {'version': '7.24.0', 'sortBy': 'timestamp', 'sortOrder': 'desc',
                           'maxResults': 1}
    assert entries == (PARSED,)


def test_query_posts_filters_and_tolerates_missing_fields(http):
    http.respond(json=[{'id': '1'}])
    sorting = [{'sortBy': 'timestamp', 'sortOrder': 'asc'}]
    entries = pycamunda.schemalog.Query(URL, version='7.24.0', sorting=sorting, first_result=2)()
    assert (http.method, http.path, http.params) == ('POST', '/schema/log', {'firstResult': 2})
    assert http.json == {'version': '7.24.0', 'sorting': sorting}
    assert entries == (SchemaLogEntry('1', None, None),)
