"""The schema log classes against the real engine."""
import pycamunda.schemalog
import pycamunda.version


def test_get_list_has_the_installed_version(engine_url):
    version = pycamunda.version.Get(engine_url)()
    entries = pycamunda.schemalog.GetList(engine_url, version=version, sort_by='timestamp',
                                          ascending=False)()
    assert entries and all(entry.version == version for entry in entries)
    assert entries[0].timestamp is not None and entries[0].id_
    assert pycamunda.schemalog.GetList(engine_url, version='0.0.0')() == ()


def test_query_posts_the_filters(engine_url):
    everything = pycamunda.schemalog.GetList(engine_url, sort_by='timestamp')()
    newest_first = pycamunda.schemalog.Query(
        engine_url, sorting=[{'sortBy': 'timestamp', 'sortOrder': 'desc'}])()
    # entries of the same timestamp may come in any order (the engine sorts by timestamp only)
    assert sorted(e.id_ for e in newest_first) == sorted(e.id_ for e in everything)
    stamps = [e.timestamp for e in newest_first]
    assert stamps == sorted(stamps, reverse=True)
    latest = newest_first[0]
    assert pycamunda.schemalog.Query(engine_url, version=latest.version, max_results=1)()[
        0].version == latest.version
