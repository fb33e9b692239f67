"""Telemetry: ``/telemetry``.

Camunda 7.24 (checked against the engine) no longer sends telemetry anywhere: the configuration
endpoint still answers, but always reports telemetry as disabled, and configuring it is
accepted and changes nothing.
The data the engine collects about itself can still be read with :class:`GetData`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Tuple

from pycamunda.base import CamundaRequest, Command, Loads, RequestMethod
from pycamunda.model import Model, key
from pycamunda.request import BodyParameter

__all__ = ['Configure', 'Fetch']

URL_SUFFIX = '/telemetry/configuration'


@dataclasses.dataclass
class VendorVersion(Model):
    """The vendor and version of a component (database, JDK, application server)."""

    vendor: Optional[str] = None
    version: Optional[str] = None


@dataclasses.dataclass
class LicenseKey(Model):
    """The license key the engine runs with (enterprise editions)."""

    customer: Optional[str] = None
    type_: Optional[str] = None
    valid_until: Optional[str] = key('valid-until', default=None)
    unlimited: Optional[bool] = None
    features: Optional[Dict[str, str]] = None
    raw: Optional[str] = None


@dataclasses.dataclass
class Counter(Model):
    """How often a command ran or a metric was counted."""

    count: int


@dataclasses.dataclass
class Internals(Model):
    """What the engine collects about its environment and use."""

    database: Optional[VendorVersion] = None
    application_server: Optional[VendorVersion] = key('application-server', default=None)
    license_key: Optional[LicenseKey] = key('license-key', default=None)
    camunda_integration: Tuple[str, ...] = key('camunda-integration', default=())
    commands: Optional[Dict[str, Counter]] = None
    metrics: Optional[Dict[str, Counter]] = None
    webapps: Tuple[str, ...] = ()
    jdk: Optional[VendorVersion] = None
    data_collection_start_date: Optional[dt.datetime] = key('data-collection-start-date',
                                                            default=None)


@dataclasses.dataclass
class Product(Model):
    """The product the engine is part of."""

    name: str
    version: str
    edition: str
    internals: Optional[Internals] = None


@dataclasses.dataclass
class TelemetryData(Model):
    """The telemetry data of the engine."""

    installation: str
    product: Product


class Configure(Command):
    """Switch telemetry on or off; accepted, but without effect in Camunda 7.24."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    enable_telemetry = BodyParameter('enableTelemetry')

    def __init__(self, url: str, enable_telemetry: bool) -> None:
        super().__init__(url, enable_telemetry=enable_telemetry)


class Fetch(CamundaRequest):
    """Whether telemetry is switched on; always ``False`` in Camunda 7.24."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX

    def __init__(self, url: str) -> None:
        super().__init__(url)

    def __call__(self, *args: Any, **kwargs: Any) -> bool:
        return super().__call__(self.http_method, *args, **kwargs).json()['enableTelemetry']


class GetData(Loads[TelemetryData]):
    """Get the data the engine collects about its installation and use."""

    http_method = RequestMethod.GET
    path = '/telemetry/data'

    def __init__(self, url: str) -> None:
        super().__init__(url)
