"""The API reference explains every parameter (issue 18): the descriptions ``help()`` and the
docs show come from the hand-written docstrings and the shared table in ``pycamunda._docs``."""
import importlib
import inspect
import pkgutil

import pycamunda
from pycamunda import _docs, processinst, task
from pycamunda.base import CamundaRequest

BAR = 0.95


def public_request_classes():
    found = []
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        if info.name.rsplit('.', 1)[-1].startswith('_'):
            continue
        module = importlib.import_module(info.name)
        for attr, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, CamundaRequest) and cls.__module__ == module.__name__
                    and not attr.startswith('_') and cls.path):
                found.append(cls)
    return found


def test_at_least_95_percent_of_parameter_entries_are_described():
    described, total, missing = _docs.coverage(public_request_classes())
    share = described / total
    print(f'\nparameter descriptions: {described} of {total} ({share:.1%})')
    assert total > 5000
    assert share >= BAR, f'{described}/{total} described; first missing: {missing[:20]}'


def test_request_classes_say_what_calling_them_returns():
    classes = public_request_classes()
    silent = [f'{c.__module__}.{c.__qualname__}' for c in classes
              if 'Calling it returns' not in (c.__doc__ or '')
              and 'return' not in (c.__doc__ or '')]
    print(f'\n{len(classes) - len(silent)} of {len(classes)} request classes say what they return')
    assert len(silent) <= len(classes) // 20, silent


def test_recurring_parameters_share_the_tables_text():
    texts = {cls.__init__.__doc__.split(':param first_result: ')[1].split('\n')[0]
             for cls in public_request_classes()
             if ':param first_result: ' in (cls.__init__.__doc__ or '')}
    assert texts == {_docs.TABLE['first_result']}


def test_hand_written_descriptions_are_kept_and_completed():
    doc = task.GetList.__init__.__doc__
    assert doc.count(':param candidate_user:') == 1
    assert 'include_assigned_tasks' in doc.split(':param candidate_user:')[1]  # the hand text
    assert ':param tenant_id_in: ' + _docs.TABLE['tenant_id_in'] in doc


def test_help_shows_descriptions_returns_and_inherited_methods():
    text = pydoc_text(task.GetList)
    assert ':param process_definition_key_in: Only matches whose process definition key is' in text
    assert 'Calling it returns a tuple of :class:`~pycamunda.task.Task`.' in text
    assert 'pages(self, page_size' in text and ':param page_size:' in text
    assert 'Calling it sends the request and returns ``None``.' in pydoc_text(processinst.Delete)


def test_query_variants_describe_the_filters_they_pass_on():
    doc = task.Query.__init__.__doc__
    assert ':param or_queries:' in doc and ':param assignee_like:' in doc


def pydoc_text(obj):
    import pydoc
    return pydoc.render_doc(obj, renderer=pydoc.plaintext)
