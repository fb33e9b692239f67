"""Build, start and stop the Camunda 7 engine that pycamunda's tests run against.

The engine is Camunda 7 Community Edition (Spring Boot starter with the REST API, H2 on
disk, history level full, admin user demo/demo, a password policy of four characters at
least), built by Maven from ``tests/engine/app``. Usage::

    python tests/engine/engine.py build [--version 7.24.0]
    python tests/engine/engine.py start [--port 18080] [--auth] [--fresh] [--version 7.24.0]
    python tests/engine/engine.py stop [--port 18080]
    python tests/engine/engine.py status [--port 18080]
    python tests/engine/engine.py start|stop|status --cluster [--fresh]

``--cluster`` runs PostgreSQL and two engine nodes on it (``tests/engine/cluster.py``).

``start`` waits until ``GET /engine-rest/version`` answers and prints the REST URL.
``--version`` picks the Camunda 7 release (default 7.24.0); each release is built with the Spring
Boot version its starter needs (``SPRING_BOOT``) into a jar of its own.
"""
from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import List, Optional, Sequence

HERE = Path(__file__).resolve().parent
APP = HERE / 'app'
JAR = APP / 'target' / 'pycamunda-test-engine.jar'
RUN = HERE / '.run'
DEFAULT_PORT = 18080
DEFAULT_VERSION = '7.24.0'
#: The Spring Boot release each Camunda 7 minor version's starter is built for. The tests run on
#: 7.24 and 7.15; 7.17 and 7.16 run too. 7.14 and older do not build here: the Maven plugin of
#: their Spring Boot (2.3, 2.2) cannot package Java 17 classes.
SPRING_BOOT = {'7.24': '3.5.7', '7.17': '2.6.4', '7.16': '2.5.4', '7.15': '2.4.3'}


def answers(url: str, timeout: float = 2.0) -> bool:
    """Whether an engine answers ``GET {url}/version`` (any HTTP answer counts)."""
    try:
        with urllib.request.urlopen(url.rstrip('/') + '/version', timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (OSError, ValueError):
        return False


def _sources() -> List[Path]:
    return [APP / 'pom.xml', *sorted((APP / 'src').rglob('*'))]


def jar(version: str = DEFAULT_VERSION) -> Path:
    """Where the engine jar of a Camunda release is built."""
    return JAR if version == DEFAULT_VERSION else APP / 'target' / f'camunda-{version}' / JAR.name


def build(force: bool = False, version: str = DEFAULT_VERSION) -> Path:
    """Build the engine jar of a Camunda release with Maven unless it is newer than its sources."""
    target = jar(version)
    if target.exists() and not force:
        built = target.stat().st_mtime
        if all(p.stat().st_mtime <= built for p in _sources() if p.is_file()):
            return target
    minor = '.'.join(version.split('.')[:2])
    if minor not in SPRING_BOOT:
        raise SystemExit(f'Camunda {version} is not supported: known are {sorted(SPRING_BOOT)}')
    mvn = shutil.which('mvn')
    if mvn is None:
        raise SystemExit('Maven (mvn) is needed to build the test engine: apt-get install maven')
    print(f'building the Camunda {version} test engine with Maven ...', file=sys.stderr, flush=True)
    subprocess.run([mvn, '-q', '-B', '-DskipTests', f'-Dcamunda.version={version}',
                    f'-Dspring-boot.version={SPRING_BOOT[minor]}',
                    f'-Dengine.build.dir={target.parent}', 'package'], cwd=APP, check=True)
    return target


class Engine:
    """One engine process on a loopback port, its data kept under ``tests/engine/.run``."""

    def __init__(self, port: int = DEFAULT_PORT, auth: bool = False,
                 query_max_results_limit: Optional[int] = None,
                 version: str = DEFAULT_VERSION, properties: Sequence[str] = ()) -> None:
        self.port = port
        self.version = version
        #: further ``--name=value`` Spring properties (e.g. a PostgreSQL data source)
        self.properties = tuple(properties)
        self.auth = auth
        self.query_max_results_limit = query_max_results_limit
        self.home = RUN / str(port)
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f'http://127.0.0.1:{self.port}/engine-rest'

    @property
    def pid_file(self) -> Path:
        return self.home / 'engine.pid'

    def start(self, fresh: bool = False, timeout: float = 180.0) -> str:
        """Start the engine (building it if needed) and wait until it answers.

        An engine already answering on the port is used as it is; concurrent starts of the
        same engine wait for each other.
        """
        self.home.mkdir(parents=True, exist_ok=True)
        with open(self.home / 'start.lock', 'w') as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if answers(self.url):
                return self.url
            return self._start(fresh, timeout)

    def _start(self, fresh: bool, timeout: float) -> str:
        jar = build(version=self.version)
        if fresh and (self.home / 'data').exists():
            shutil.rmtree(self.home / 'data')
        self.home.mkdir(parents=True, exist_ok=True)
        java = shutil.which('java')
        if java is None:
            raise SystemExit('Java 17 is needed to run the test engine')
        args = [java, '-Xmx1g', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1']
        if self.version != DEFAULT_VERSION:  # older releases' JAXB and MyBatis (OGNL) reflect
            args += ['--add-opens=java.base/java.lang=ALL-UNNAMED',  # into the JDK's classes
                     '--add-opens=java.base/java.util=ALL-UNNAMED']
        args += ['-jar', str(jar),
                f'--server.port={self.port}', f'--pycamunda.data-dir={self.home / "data"}',
                f'--pycamunda.basic-auth={"true" if self.auth else "false"}',
                f'--camunda.bpm.authorization.enabled={"true" if self.auth else "false"}']
        if self.auth:  # no growing delays after failed logins: tests try wrong passwords
            props = '--camunda.bpm.generic-properties.properties.'
            args += [f'{props}login-delay-factor=0', f'{props}login-max-attempts=1000']
        if self.query_max_results_limit is not None:
            args.append(f'--pycamunda.query-max-results-limit={self.query_max_results_limit}')
        args += self.properties
        log = open(self.home / 'engine.log', 'ab')
        self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self.pid_file.write_text(str(self.process.pid))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f'the engine exited with {self.process.returncode}; '
                                   f'see {self.home / "engine.log"}')
            if answers(self.url, timeout=1.0):
                return self.url
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f'the engine did not answer within {timeout:.0f} s')

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the engine by its PID: SIGTERM, then SIGKILL after ``timeout`` seconds."""
        try:
            pid = int(self.pid_file.read_text())
        except (OSError, ValueError):
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            self.pid_file.unlink(missing_ok=True)
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None:
                if self.process.poll() is not None:
                    break
            else:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
            time.sleep(0.1)
        else:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if self.process is not None:
                self.process.wait(10)
        self.pid_file.unlink(missing_ok=True)
        self.process = None


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('command', choices=['build', 'start', 'stop', 'status'])
    parser.add_argument('--port', type=int, default=DEFAULT_PORT)
    parser.add_argument('--auth', action='store_true', help='switch on HTTP Basic authentication')
    parser.add_argument('--fresh', action='store_true', help='start with an empty database')
    parser.add_argument('--version', default=DEFAULT_VERSION, help='the Camunda 7 release')
    parser.add_argument('--cluster', action='store_true',
                        help='PostgreSQL and two engine nodes on it (see cluster.py)')
    ns = parser.parse_args(argv)
    if ns.cluster:
        from cluster import cluster_command
        return cluster_command(ns.command, fresh=ns.fresh)
    engine = Engine(port=ns.port, auth=ns.auth, version=ns.version)
    if ns.command == 'build':
        print(build(force=True, version=ns.version))
    elif ns.command == 'start':
        print(engine.start(fresh=ns.fresh))
    elif ns.command == 'stop':
        engine.stop()
    else:
        running = answers(engine.url)
        print(f'{engine.url}: {"answers" if running else "not answering"}')
        return 0 if running else 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
