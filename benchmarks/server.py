"""A loopback HTTP/1.1 server with keep-alive that answers like Camunda 7.24, from pre-encoded bodies.

Run it as its own process: ``python benchmarks/server.py [--port 0]``. It prints
``PORT <n>`` once it listens on 127.0.0.1 and stops when its standard input closes (so it
never outlives the benchmark that started it), or after ``--lifetime`` seconds.

Routes (under ``/engine-rest``):

* ``GET /process-instance?maxResults=N``: N process instances (1, 1,000, 10,000, ...)
* ``POST /external-task/fetchAndLock``: 10 locked tasks with 5 typed variables each
* ``POST /external-task/{id}/complete``: 204
* ``POST /process-definition/key/{key}/start``: the started instance
* ``GET /task?maxResults=N``: N tasks with created, due and followUp dates (default 500)
"""
from __future__ import annotations

import argparse
import asyncio
import email.utils
import re
import sys
import threading
import time
from typing import Callable, Dict, Sequence, Tuple

import payloads

PREFIX = '/engine-rest'
_MAX_RESULTS = re.compile(r'(?:^|&)maxResults=(\d+)')
_START = re.compile(r'/process-definition/key/([^/]+)/start$')
_COMPLETE = re.compile(r'/external-task/[^/]+/complete$')


def _response(status: str, body: bytes = b'', content_type: str = 'application/json') -> bytes:
    """A whole response, head and body, with the headers Camunda's Tomcat sends."""
    date = email.utils.formatdate(usegmt=True)
    head = [f'HTTP/1.1 {status}']
    if body or status.startswith('200'):
        head += ['Cache-Control: no-cache', f'Content-Type: {content_type}',
                 f'Content-Length: {len(body)}']
    head += [f'Date: {date}', 'Keep-Alive: timeout=60', 'Connection: keep-alive']
    return ('\r\n'.join(head) + '\r\n\r\n').encode('latin-1') + body


class Answers:
    """The pre-encoded answers, lists cached per requested size."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._instances = payloads.process_instances(10_000)
        self._tasks = payloads.tasks(10_000)
        self._lists: Dict[Tuple[str, int], bytes] = {}
        self.fetch_and_lock = _response('200 OK', payloads.encode(payloads.external_tasks(10)))
        self.no_content = _response('204 No Content')
        self._started: Dict[str, bytes] = {}
        self.not_found = _response('404 Not Found', payloads.encode(
            {'type': 'NotFoundException', 'message': 'No matching resource', 'code': 0}))
        for size in (1, 1000, 10_000):
            self.list_of('process-instance', size)
        self.list_of('task', 500)

    def list_of(self, kind: str, size: int) -> bytes:
        """The answer to a list query of ``size`` items (``kind``: process-instance or task)."""
        answer = self._lists.get((kind, size))
        if answer is None:
            items: Sequence[object] = self._instances if kind == 'process-instance' else self._tasks
            answer = self._lists[(kind, size)] = _response('200 OK', payloads.encode(items[:size]))
        return answer

    def started(self, key: str) -> bytes:
        """The answer to starting an instance of ``key``."""
        answer = self._started.get(key)
        if answer is None:
            answer = self._started[key] = _response(
                '200 OK', payloads.encode(payloads.started_instance(self.base_url, key)))
        return answer

    def route(self, method: str, target: str) -> bytes:
        """The answer to ``method target``."""
        path, _, query = target.partition('?')
        if not path.startswith(PREFIX):
            return self.not_found
        path = path[len(PREFIX):]
        if method == 'GET' and path in ('/process-instance', '/task'):
            match = _MAX_RESULTS.search(query)
            default = 1 if path == '/process-instance' else 500
            size = min(int(match.group(1)), 10_000) if match else default
            return self.list_of(path[1:], size)
        if method == 'POST':
            if path == '/external-task/fetchAndLock':
                return self.fetch_and_lock
            if _COMPLETE.match(path):
                return self.no_content
            match = _START.match(path)
            if match:
                return self.started(match.group(1))
        return self.not_found


async def _serve_connection(answers: Answers, reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b'\r\n\r\n')
            lines = head.decode('latin-1').split('\r\n')
            method, target, _ = lines[0].split(' ', 2)
            length, close = 0, False
            for line in lines[1:]:
                name, _, value = line.partition(':')
                name = name.strip().lower()
                if name == 'content-length':
                    length = int(value)
                elif name == 'connection' and value.strip().lower() == 'close':
                    close = True
            if length:
                await reader.readexactly(length)
            writer.write(answers.route(method, target))
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    except asyncio.CancelledError:  # the server is stopping with this connection open
        pass
    finally:
        writer.close()


def _exit_when_stdin_closes(stop: Callable[[], None]) -> None:
    sys.stdin.read()
    stop()


async def serve(port: int, lifetime: float) -> None:
    """Listen on 127.0.0.1:``port`` until stdin closes or ``lifetime`` seconds pass."""
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    answers = Answers('')

    server = await asyncio.start_server(
        lambda r, w: _serve_connection(answers, r, w), '127.0.0.1', port, backlog=512)
    bound = server.sockets[0].getsockname()[1]
    answers.base_url = f'http://127.0.0.1:{bound}{PREFIX}'
    print(f'PORT {bound}', flush=True)
    threading.Thread(target=_exit_when_stdin_closes,
                     args=(lambda: loop.call_soon_threadsafe(done.set),), daemon=True).start()
    deadline = time.monotonic() + lifetime
    async with server:
        while not done.is_set() and time.monotonic() < deadline:
            try:
                await asyncio.wait_for(done.wait(), timeout=1.0)
            except asyncio.TimeoutError:
                pass


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--port', type=int, default=0, help='0 picks a free port')
    parser.add_argument('--lifetime', type=float, default=1800.0,
                        help='stop after this many seconds at the latest')
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.lifetime))


if __name__ == '__main__':
    main()
