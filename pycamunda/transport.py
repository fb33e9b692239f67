"""The transport under every request: connection pool, ``configure()``, environment, redaction, errors."""
from __future__ import annotations

import http.cookiejar
import json
import logging
import os
import re
import threading
import urllib.parse
from typing import Any, Dict, Optional, Tuple, Union

import requests
import requests.adapters
import requests.utils

import pycamunda
from pycamunda import releases
from pycamunda.request import redact, redact_values

logger = logging.getLogger('pycamunda')
logger.addHandler(logging.NullHandler())


Timeout = Union[float, Tuple[float, float], None]


#: The (connect, read) timeout in seconds of every request that sets none of its own.
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 60.0)


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _Pool:
    """Keep-alive connections shared by every request that has no ``session`` of its own.

    Each thread gets its own ``requests.Session`` (sessions are not thread-safe), all of
    them mounted on one adapter, so the connections are pooled across threads. Cookies are
    refused and no credentials are stored: nothing leaks from one call to the next.

    What requests takes from the environment (``HTTP(S)_PROXY``/``NO_PROXY``, the CA bundle
    of ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE``, ``~/.netrc`` credentials) is read once per
    engine URL and then passed with each call, instead of re-reading all of ``os.environ``
    and the netrc file on every request as a plain session does. ``configure()`` reads it
    again.
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self.adapter = self._make_adapter(retries=0)
        self._environment: Dict[str, Dict[str, Any]] = {}

    @staticmethod
    def _make_adapter(retries: int) -> requests.adapters.HTTPAdapter:
        from urllib3.util.retry import Retry

        if not retries:  # requests' own default: no retries, read errors raised as they are
            return requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32,
                                                 max_retries=Retry(0, read=False))
        retry = Retry(total=retries, connect=retries, read=False, status=retries,
                      allowed_methods=frozenset({'GET', 'HEAD', 'OPTIONS'}),
                      status_forcelist=(502, 503, 504), backoff_factor=0.2,
                      raise_on_status=False, respect_retry_after_header=True)
        return requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32,
                                             max_retries=retry)

    def configure(self, retries: Optional[int]) -> None:
        """Read the environment again; with ``retries``, retry idempotent reads (GET, HEAD,
        OPTIONS) on connection errors and 502/503/504."""
        with self._lock:
            self._environment = {}
            if retries is not None:
                self.adapter = self._make_adapter(retries)
                self._local = threading.local()

    def environment(self, url: str) -> Dict[str, Any]:
        """The ``proxies``, ``verify`` and netrc ``auth`` the environment gives for ``url``."""
        found = self._environment.get(url)
        if found is None:
            found = {}
            proxies = requests.utils.get_environ_proxies(url)
            if proxies:
                found['proxies'] = proxies
            bundle = os.environ.get('REQUESTS_CA_BUNDLE') or os.environ.get('CURL_CA_BUNDLE')
            if bundle:
                found['verify'] = bundle
            netrc = requests.utils.get_netrc_auth(url)
            if netrc:
                found['auth'] = netrc
            self._environment[url] = found
        return found

    def session(self) -> requests.Session:
        session = getattr(self._local, 'session', None)
        if session is None:
            session = requests.Session()
            session.cookies.set_policy(_NoCookies())
            session.trust_env = False  # the environment comes from environment()
            session.mount('http://', self.adapter)
            session.mount('https://', self.adapter)
            self._local.session = session
        return session


pool = _Pool()


def configure(timeout: Timeout = None, retries: Optional[int] = None) -> None:
    """Set package-wide defaults: the (connect, read) ``timeout`` and idempotent ``retries``.

    Every call also makes requests without a ``session`` read the environment again (proxies,
    CA bundle, netrc), e.g. after ``os.environ`` changed.
    """
    global DEFAULT_TIMEOUT
    if timeout is not None:
        DEFAULT_TIMEOUT = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    pool.configure(retries)


_ERRORS = {400: pycamunda.BadRequest, 401: pycamunda.Unauthorized, 403: pycamunda.Forbidden,
           404: pycamunda.NotFound}


#: The engine's exception types (``type`` of a 5xx answer) that raise a class of their own.
ENGINE_ERRORS: Dict[str, type] = {
    cls.__name__: cls for cls in (pycamunda.ProcessEngineException,
                                  pycamunda.OptimisticLockingException,
                                  pycamunda.TaskAlreadyClaimedException,
                                  pycamunda.NullValueException)}
_TAG = re.compile(r'<[^>]*>')
_NOT_REST_ROOT = "not found; is the URL the engine's REST root (e.g. http://localhost:8080/engine-rest)?"


def _error_for(response: requests.Response, method: str, url: str,
               note: str = '') -> pycamunda.PyCamundaException:
    """The exception for an HTTP error answer, with what Camunda said about it (and ``note``).

    Tolerates stand-ins of a response (tests' fakes) that lack ``status_code``, ``text`` or
    ``reason``, or whose ``json()`` fails.
    """
    status = getattr(response, 'status_code', None)
    try:
        data = response.json()
    except Exception:  # not JSON, or a fake without json()
        data = None
    if not isinstance(data, dict):
        text = str(getattr(response, 'text', None) or '').strip()
        if text[:1] == '<':  # an HTML page: a web server or servlet container, not engine-rest
            text = _NOT_REST_ROOT if status == 404 else ' '.join(_TAG.sub(' ', text).split())[:200]
        data = {'message': text[:500] or getattr(response, 'reason', None)}
    type_, message = data.get('type'), data.get('message')
    if not isinstance(status, int):
        cls: type = pycamunda.NoSuccess
    elif status >= 500:
        cls = ENGINE_ERRORS.get(type_, pycamunda.InternalServerError)  # type: ignore[arg-type]
    else:
        cls = _ERRORS.get(status, pycamunda.NoSuccess)
    details = {k: v for k, v in data.items() if k not in ('type', 'message', 'code', 'details')}
    if isinstance(data.get('details'), dict):  # e.g. a deployment's parse errors, by resource
        details.update(data['details'])
    text = f'{method} {url} answered {status}'
    text += f' ({type_}): {message}' if type_ else f': {message}'
    text += note
    return cls(text, status_code=status, type_=type_, message=message, code=data.get('code'),
               method=method, url=url, response=response, details=details)


def _newer_than_engine(cls: type, verb: str, url: str) -> str:
    """For a 404/405 answer: a note naming the release that added the operation, if it is one
    newer than the oldest supported release (an older engine does not have it)."""
    path = url.split('?', 1)[0]
    for method, template in cls.endpoints():  # type: ignore[attr-defined]
        added = releases.since(method, template)
        pattern = '[^/]+'.join(re.escape(part) for part in template.split('{}')) + '$'
        if added and method == verb and re.search(pattern, path):
            return f' ({method} {template} exists since Camunda {added})'
    return ''


_UNKNOWN_HOST = ('NameResolutionError', 'Name or service not known', 'nodename nor servname',
                 'getaddrinfo failed', 'Temporary failure in name resolution',
                 'No address associated with hostname')


def _connection_failure(exc: requests.exceptions.ConnectionError) -> str:
    """What went wrong connecting, in words: TLS, an unknown host, a refused connection."""
    if isinstance(exc, requests.exceptions.SSLError):
        return 'TLS failure (certificate or protocol; see verify= and the CA bundle)'
    text = str(exc)
    if any(sign in text for sign in _UNKNOWN_HOST):
        return 'unknown host (the name does not resolve)'
    if 'refused' in text:
        return 'connection refused (nothing listens at that host and port)'
    return 'cannot connect'


def _shown(url: str, params: Optional[Dict[str, Any]]) -> str:
    """The URL with its query string as a log shows it: no credentials, no secrets."""
    if not params:
        return redact(url)
    return f'{redact(url)}?{urllib.parse.urlencode(redact_values(params))}'


def _shown_body(send: Dict[str, Any]) -> str:
    body = send.get('json', send.get('data'))
    if body is None:
        return ''
    shown = json.dumps(redact_values(body), default=repr)
    return f'; body {shown[:2000]}' + (' ...' if len(shown) > 2000 else '')


class _Sending(threading.local):
    """The call whose error answer ``_raise_for_status`` is turning into an exception."""

    call: Optional[Tuple[str, str, str]] = None  # method, URL, a note for the message


_sending = _Sending()


def _raise_for_status(response: requests.Response) -> None:
    """Raise the exception for an answer that is not a success (``not response``).

    Every request class sends its error answers here, looking the function up on this module
    at call time: tests may patch ``pycamunda.base._raise_for_status``; if the patch returns,
    the call goes on with the response.
    """
    call = _sending.call
    if call is None:  # called directly: take what the response knows about its request
        request = getattr(response, 'request', None)
        url = str(getattr(request, 'url', None) or getattr(response, 'url', None) or '')
        call = (str(getattr(request, 'method', None) or ''), redact(url.partition('?')[0]), '')
    raise _error_for(response, *call)
