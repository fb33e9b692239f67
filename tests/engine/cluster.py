"""PostgreSQL and a two-node Camunda cluster on it, for the tests that need the real topology.

PostgreSQL comes from Debian's packages (installed with apt-get when missing, as root) and runs
as a private database cluster of its own: ``initdb`` in a temporary directory, ``pg_ctl`` on a
loopback port, no system service, stopped by the PID in its ``postmaster.pid``. PostgreSQL
refuses to run as root, so as root it runs as the ``postgres`` user the package creates.

The engine nodes are the test engine's jar (``engine.py``) with a PostgreSQL data source; the
job executor runs on each. Usage::

    python tests/engine/engine.py start --cluster [--fresh]   # database and both nodes
    python tests/engine/engine.py stop --cluster
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional, Sequence

from engine import RUN, Engine, answers

POSTGRES_PORT = 15432
NODE_PORTS = (18082, 18083)
DATABASE = 'camunda'


def _as_postgres(args: Sequence[str]) -> List[str]:
    """``args`` run as the ``postgres`` user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() == 0:
        return ['runuser', '-u', 'postgres', '--', *args]
    return list(args)


def postgres_bin() -> Path:
    """The directory of ``initdb`` and ``pg_ctl``; installs Debian's ``postgresql`` if missing."""
    for attempt in range(2):
        found = sorted(glob.glob('/usr/lib/postgresql/*/bin/initdb'),
                       key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
        if found:
            return Path(found[-1]).parent
        initdb = shutil.which('initdb')
        if initdb:
            return Path(initdb).resolve().parent
        if attempt or os.geteuid() != 0 or shutil.which('apt-get') is None:
            break
        print('installing PostgreSQL (Debian package postgresql) ...', file=sys.stderr, flush=True)
        # only the binaries: no default cluster, so no system service on port 5432
        conf = Path('/etc/postgresql-common/createcluster.conf')
        if not conf.exists():
            conf.parent.mkdir(parents=True, exist_ok=True)
            conf.write_text('create_main_cluster = false\n')
        env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
        subprocess.run(['apt-get', 'update', '-qq'], check=True, env=env)
        subprocess.run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends',
                        '-o', 'Dpkg::Options::=--force-confdef',
                        '-o', 'Dpkg::Options::=--force-confold', 'postgresql'],
                       check=True, env=env, stdout=subprocess.DEVNULL)
    raise SystemExit('PostgreSQL is needed for the cluster: apt-get install postgresql')


class Postgres:
    """A private PostgreSQL cluster on ``127.0.0.1:port``, its data in a temporary directory."""

    def __init__(self, port: int = POSTGRES_PORT) -> None:
        self.port = port
        self.data = Path(tempfile.gettempdir()) / f'pycamunda-postgres-{port}'
        self.log = RUN / f'postgres-{port}.log'

    @property
    def jdbc_properties(self) -> List[str]:
        """The Spring properties that put an engine on this database."""
        return [f'--spring.datasource.url=jdbc:postgresql://127.0.0.1:{self.port}/{DATABASE}',
                '--spring.datasource.username=postgres', '--spring.datasource.password=',
                '--spring.datasource.driver-class-name=org.postgresql.Driver']

    def pid(self) -> Optional[int]:
        """The postmaster's PID while it runs."""
        try:
            pid = int((self.data / 'postmaster.pid').read_text().split()[0])
            os.kill(pid, 0)
        except (OSError, ValueError, IndexError):
            return None
        return pid

    def _ready(self, bindir: Path) -> bool:
        return subprocess.run([str(bindir / 'pg_isready'), '-q', '-h', '127.0.0.1', '-p',
                               str(self.port)], check=False).returncode == 0

    def start(self, fresh: bool = False, timeout: float = 60.0) -> None:
        """Create the database cluster (again, with ``fresh``) and start it."""
        bindir = postgres_bin()
        if self.pid() is not None:
            if not fresh:
                return
            self.stop()
        if fresh and self.data.exists():
            shutil.rmtree(self.data)
        RUN.mkdir(parents=True, exist_ok=True)
        if not (self.data / 'PG_VERSION').exists():
            self.data.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                shutil.chown(self.data, 'postgres', 'postgres')
            subprocess.run(_as_postgres([str(bindir / 'initdb'), '-D', str(self.data), '-U',
                                         'postgres', '--auth=trust', '-E', 'UTF8',
                                         '--locale=C']),
                           check=True, stdout=subprocess.DEVNULL)
            created = True
        else:
            created = False
        # a throw-away test database: durability settings off, for speed
        options = (f'-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 '
                   '-c fsync=off -c synchronous_commit=off -c full_page_writes=off '
                   '-c max_connections=200')
        with open(self.log, 'ab') as log:
            subprocess.run(_as_postgres([str(bindir / 'pg_ctl'), '-D', str(self.data), '-o',
                                         options, '-l', str(self.data / 'server.log'),
                                         '-w', '-t', str(int(timeout)), 'start']),
                           check=True, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not self._ready(bindir):
            if time.monotonic() > deadline:
                raise RuntimeError(f'PostgreSQL did not answer on port {self.port}')
            time.sleep(0.2)
        if created:
            subprocess.run([str(bindir / 'createdb'), '-h', '127.0.0.1', '-p', str(self.port),
                            '-U', 'postgres', DATABASE], check=True)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the postmaster by its PID: SIGINT (fast shutdown), SIGKILL after ``timeout``."""
        pid = self.pid()
        if pid is None:
            return
        os.kill(pid, signal.SIGINT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)


class Cluster:
    """PostgreSQL and engine nodes sharing it, one per port, all from the same jar."""

    def __init__(self, ports: Sequence[int] = NODE_PORTS,
                 postgres_port: int = POSTGRES_PORT) -> None:
        self.postgres = Postgres(postgres_port)
        self.nodes = [Engine(port=port, properties=self.postgres.jdbc_properties)
                      for port in ports]

    @property
    def urls(self) -> List[str]:
        return [node.url for node in self.nodes]

    def start(self, fresh: bool = False) -> List[str]:
        """Start the database, then the nodes one after the other (the first creates the
        schema); nodes already answering are kept."""
        if fresh:
            for node in self.nodes:
                node.stop()
        self.postgres.start(fresh=fresh)
        for node in self.nodes:
            node.start()
        return self.urls

    def stop(self) -> None:
        """Stop the nodes, then the database, each by its PID."""
        for node in self.nodes:
            node.stop()
        self.postgres.stop()

    @contextmanager
    def running(self) -> Iterator[Cluster]:
        """The cluster as it is when every node answers; otherwise started afresh here, and
        stopped at the end."""
        if all(answers(url) for url in self.urls):
            yield self
            return
        self.start(fresh=True)
        try:
            yield self
        finally:
            self.stop()


def cluster_command(command: str, fresh: bool = False) -> int:
    """``engine.py COMMAND --cluster``: start, stop or report on the cluster."""
    cluster = Cluster()
    if command == 'start':
        for url in cluster.start(fresh=fresh):
            print(url)
    elif command == 'stop':
        cluster.stop()
    elif command == 'status':
        up = [answers(url) for url in cluster.urls]
        database = cluster.postgres.pid() is not None
        print(f'postgres 127.0.0.1:{cluster.postgres.port}: '
              f'{"running" if database else "not running"}')
        for url, answering in zip(cluster.urls, up):
            print(f'{url}: {"answers" if answering else "not answering"}')
        return 0 if database and all(up) else 1
    else:
        raise SystemExit(f'{command} --cluster: not supported (start, stop, status)')
    return 0
