"""The database schema's log of installations and updates: ``/schema/log``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Dict, List, Optional

from pycamunda.base import LoadsAll, PagesMixin, PagingMixin, RequestMethod
from pycamunda.model import Model
from pycamunda.request import BodyParameter, QueryParameter

__all__ = ['GetList', 'Query']

URL_SUFFIX = '/schema/log'


@dataclasses.dataclass
class SchemaLogEntry(Model):
    """A schema installation or update to a version."""

    id_: str
    timestamp: dt.datetime
    version: str


class GetList(PagingMixin, LoadsAll[SchemaLogEntry]):
    """Query the schema log."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    version = QueryParameter('version')
    sort_by = QueryParameter('sortBy', mapping={'timestamp': 'timestamp'})

    def __init__(self, url: str, version: Optional[str] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(PagesMixin, LoadsAll[SchemaLogEntry]):
    """Query the schema log with the filters in a JSON body (the POST form of :class:`GetList`)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    version = BodyParameter('version')
    sorting = BodyParameter('sorting')
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')

    def __init__(self, url: str, version: Optional[str] = None,
                 sorting: Optional[List[Dict[str, str]]] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """
        :param sorting: Camunda's sort list, e.g. ``[{'sortBy': 'timestamp', 'sortOrder': 'desc'}]``.
        """
        super().__init__(url)
        self.set_parameters(locals())
