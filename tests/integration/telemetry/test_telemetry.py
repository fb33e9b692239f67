"""The telemetry classes against the real engine (7.24: configuration has no effect)."""
import pycamunda.telemetry
import pycamunda.version


def test_configuration_is_accepted_and_stays_disabled(engine_url):
    assert pycamunda.telemetry.Fetch(engine_url)() is False
    pycamunda.telemetry.Configure(engine_url, enable_telemetry=True)()
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
    assert internals.data_collection_start_date is not None
    assert all(counter.count >= 0 for counter in internals.commands.values())
