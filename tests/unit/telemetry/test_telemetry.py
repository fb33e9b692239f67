"""What the telemetry classes send, and what they make of the engine's answers."""
import datetime as dt

import pycamunda.telemetry

from unit.fakehttp import URL

DATA = {
    'installation': 'ed15-2d6c',
    'product': {
        'name': 'Camunda BPM Runtime', 'version': '7.24.0', 'edition': 'community',
        'internals': {
            'database': {'vendor': 'H2', 'version': '2.3.232'},
            'application-server': {'vendor': 'Apache Tomcat', 'version': 'Apache Tomcat/10.1'},
            'license-key': None,
            'camunda-integration': ['spring-boot-starter'],
            'commands': {'DeployCmd': {'count': 2}},
            'metrics': {'process-instances': {'count': 5}},
            'webapps': [],
            'jdk': {'version': '17.0.15', 'vendor': 'Debian'},
            'data-collection-start-date': '2026-11-29T03:10:26.268+0000',
        },
    },
}


def test_configure_and_fetch(http):
    pycamunda.telemetry.Configure(URL, enable_telemetry=True)()
    assert (http.method, http.path, http.json) == ('POST', '/telemetry/configuration',
                                                   {'enableTelemetry': True})
    http.respond(json={'enableTelemetry': False})
    assert pycamunda.telemetry.Fetch(URL)() is False
    assert (http.method, http.path) == ('GET', '/telemetry/configuration')


def test_get_data_parses_the_hyphenated_keys(http):
    http.respond(json=DATA)
    data = pycamunda.telemetry.GetData(URL)()
    assert (http.method, http.path) == ('GET', '/telemetry/data')
    internals = data.product.internals
    assert (data.installation, data.product.version) == ('ed15-2d6c', '7.24.0')
    assert internals.application_server.vendor == 'Apache Tomcat'
    assert internals.camunda_integration == ('spring-boot-starter',)
    assert internals.commands['DeployCmd'].count == 2
    assert internals.metrics['process-instances'] == pycamunda.telemetry.Counter(5)
    assert internals.license_key is None
    assert internals.data_collection_start_date == dt.datetime(
        2026, 11, 29, 3, 10, 26, 268000, tzinfo=dt.timezone.utc)


def test_get_data_tolerates_missing_internals(http):
    http.respond(json={'installation': 'x', 'product': {'name': 'n', 'version': 'v',
                                                        'edition': 'e'}})
    data = pycamunda.telemetry.GetData(URL)()
    assert data.product.internals is None
