"""Client CPU per call of pycamunda and PyCamunda 0.6.1, as multiples of the raw-requests floor.

``python benchmarks/run.py [--blocks N] [--quick]``: starts the loopback server and one
worker process per client, interleaves short blocks of calls, and prints the medians of
the per-block ratios, then the memory ratio of a 10,000-instance list. See README.md.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from typing import Dict, List, Tuple

import harness
from client import SCENARIOS

#: What one call of each scenario returns (items), the same for every client.
EXPECTED = {'pi_list_1': 1, 'fetch_10': 10, 'complete': 0, 'start': 1, 'pi_list_1000': 1000,
            'task_list_500': 500}
MEMORY_ITEMS = 10_000


def start_server() -> Tuple[subprocess.Popen, str]:
    """The loopback server in its own process, and its base URL."""
    server = subprocess.Popen([harness.project_python(), str(harness.HERE / 'server.py')],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline().split()
    if len(line) != 2 or line[0] != 'PORT':
        server.kill()
        raise RuntimeError(f'the loopback server did not start: {line}')
    return server, f'http://127.0.0.1:{line[1]}/engine-rest'


def stop_server(server: subprocess.Popen) -> None:
    """Close the server's stdin (it stops then) and wait for it."""
    try:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        server.kill()
        server.wait()


def check(workers: Dict[str, harness.Worker], scenarios: List[str]) -> None:
    """Every client answers every scenario as expected (this also warms them up)."""
    for scenario in scenarios:
        for kind, worker in workers.items():
            block = worker.run(scenario, 3)
            if block['items'] != 3 * EXPECTED[scenario]:
                raise RuntimeError(f'{kind} {scenario}: {block["items"]} items in 3 calls, '
                                   f'expected {3 * EXPECTED[scenario]}')


def calibrate(floor: harness.Worker, scenarios: List[str], target: float) -> Dict[str, int]:
    """Calls per block such that a floor block takes about ``target`` CPU seconds."""
    sizes = {}
    for scenario in scenarios:
        block = floor.run(scenario, 5)
        per_call = max(block['cpu'] / block['calls'], 1e-6)
        sizes[scenario] = max(3, min(5000, round(target / per_call)))
    return sizes


def report(results: Dict[str, Dict[str, List[harness.Block]]], sizes: Dict[str, int]) -> str:
    """The ratio table."""
    rows = []
    for scenario, by_kind in results.items():
        floor, ours, old = by_kind['floor'], by_kind['pycamunda'], by_kind['pycamunda061']
        rows.append([SCENARIOS[scenario], str(sizes[scenario]),
                     harness.micros(harness.per_call(floor)),
                     harness.micros(harness.per_call(ours)),
                     harness.summary(harness.ratios(ours, floor)),
                     harness.micros(harness.per_call(old)),
                     harness.summary(harness.ratios(old, floor)),
                     harness.summary(harness.ratios(ours, old))])
    header = ['scenario', 'calls/block', 'floor µs', 'pycamunda µs', 'pycamunda ×floor',
              '0.6.1 µs', '0.6.1 ×floor', 'pycamunda ÷ 0.6.1']
    return harness.table(header, rows)


def memory_report(workers: Dict[str, harness.Worker]) -> str:
    """Peak traced memory of a 10,000-instance list call over the decoded JSON alone."""
    lines = [f'Memory, processinst.GetList of {MEMORY_ITEMS:,} instances '
             '(tracemalloc peak of the whole call / traced size of json.loads of the body):']
    for kind in ('pycamunda', 'pycamunda061', 'floor'):
        m = workers[kind].send('memory', n=MEMORY_ITEMS)
        lines.append(f'  {harness.LABELS[kind]:<17} {m["peak"] / m["decoded"]:.2f}x  '
                     f'(peak {m["peak"] / 1e6:.1f} MB, decoded JSON {m["decoded"] / 1e6:.1f} MB, '
                     f'body {m["body"] / 1e6:.1f} MB)')
    return '\n'.join(lines)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--blocks', type=int, help='rounds of interleaved blocks (default 20; '
                        '8 with --quick)')
    parser.add_argument('--quick', action='store_true', help='fewer, shorter blocks (< 1 min)')
    parser.add_argument('--scenario', action='append', choices=list(SCENARIOS),
                        help='only this scenario (repeatable)')
    parser.add_argument('--no-memory', action='store_true', help='skip the memory measurement')
    args = parser.parse_args()
    blocks = args.blocks or (8 if args.quick else 20)
    target = 0.06 if args.quick else 0.1
    scenarios = args.scenario or list(SCENARIOS)

    started = time.perf_counter()
    server, url = start_server()
    workers: Dict[str, harness.Worker] = {}
    try:
        workers = harness.start_workers(url)
        for kind, worker in workers.items():
            harness.log(f'{harness.LABELS[kind]}: {worker.identity["module"]} '
                        f'({worker.identity["version"]})')
        check(workers, scenarios)
        sizes = calibrate(workers['floor'], scenarios, target)
        harness.log(f'{blocks} rounds, calls per block: {sizes}')
        results = harness.interleave(workers, [(s, sizes[s]) for s in scenarios], blocks)
        print(f'Client CPU per call (time.process_time in the client process), medians of '
              f'{blocks} interleaved blocks; ratios are per-block medians (p25-p75).')
        print(f'Python {sys.version.split()[0]}, loopback server {url}')
        print()
        print(report(results, sizes))
        print()
        if not args.no_memory:
            print(memory_report(workers))
            print()
        medians = [statistics.median(harness.ratios(results[s]['pycamunda'], results[s]['floor']))
                   for s in scenarios]
        print(f'pycamunda: {min(medians):.2f}x to {max(medians):.2f}x the floor; '
              f'took {time.perf_counter() - started:.0f} s')
    finally:
        harness.stop_workers(workers)
        stop_server(server)


if __name__ == '__main__':
    main()
