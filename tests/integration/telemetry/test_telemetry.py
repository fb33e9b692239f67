"""The telemetry classes against the real engine (7.24: configuration has no effect)."""
import pycamunda.telemetry
import pycamunda.version

from integration.conftest import at_least


def test_configuration_is_accepted_and_stays_disabled(engine_url):
    assert pycamunda.telemetry.Fetch(engine_url)() in (False, None)  # 7.17: None, not configured
    pycamunda.telemetry.Configure(engine_url, enable_telemetry=False)()
    assert pycamunda.telemetry.Fetch(engine_url)() is False
    if at_least('7.22'):  # telemetry is gone since 7.22: switching it on has no effect
        pycamunda.telemetry.Configure(engine_url, enable_telemetry=True)()  # (older ones would send)
        assert pycamunda.telemetry.Fetch(engine_url)() is False
        pycamunda.telemetry.Configure(engine_url, enable_telemetry=False)()


def test_get_data_describes_the_engine(engine_url):
    data = pycamunda.telemetry.GetData(engine_url)()
    assert data.installation
    assert data.product.version == pycamunda.version.Get(engine_url)()
    internals = data.product.internals
    assert internals.database.vendor in ('H2', 'PostgreSQL')  # the test engines' databases
    assert internals.database.version
    assert internals.jdk.version
    if at_least('7.18'):  # seen absent on 7.17
        assert internals.data_collection_start_date is not None
    assert all(counter.count >= 0 for counter in internals.commands.values())
