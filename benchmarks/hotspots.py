"""Where pycamunda spends CPU: cProfile of pycamunda calls against the loopback server.

``python benchmarks/hotspots.py [SCENARIO ...] [--calls N] [--top K]`` (default scenarios:
task_list_500 and pi_list_1). For each it prints the functions with the most own time
beyond the floor's (pycamunda's own time per call minus the raw-requests floor's, function
by function), the top functions by own time, and pycamunda's code by cumulative time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path
from typing import Tuple

import harness
from client import SCENARIOS, State, build
from run import start_server, stop_server


def _profile(kind: str, scenario: str, url: str, calls: int, cpu: bool) -> cProfile.Profile:
    call = build(kind, State(url, 'invoice', False, kind))[scenario]
    for _ in range(5):  # warm: connection, loader plans
        call()
    # The CPU timer leaves out I/O waits and other processes' load, but costs a system call
    # per event, which inflates functions called often; the default clock is lighter.
    profiler = cProfile.Profile(time.process_time) if cpu else cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    return profiler


def _label(func: Tuple[str, int, str]) -> str:
    file, line, name = func
    short = file if file.startswith(('<', '~')) else '/'.join(Path(file).parts[-2:])
    return f'{short}:{line}({name})'


def beyond_floor(ours: cProfile.Profile, floor: cProfile.Profile, calls: int, top: int) -> str:
    """Own time per call by function, pycamunda's minus the floor's: where the extra CPU goes."""
    mine = pstats.Stats(ours).stats  # type: ignore[attr-defined]
    base = pstats.Stats(floor).stats  # type: ignore[attr-defined]
    rows = []
    for func in set(mine) | set(base):
        ours_tt = mine[func][2] if func in mine else 0.0
        floor_tt = base[func][2] if func in base else 0.0
        ours_n = mine[func][1] if func in mine else 0
        floor_n = base[func][1] if func in base else 0
        rows.append(((ours_tt - floor_tt) / calls, ours_n / calls, floor_n / calls, func))
    rows.sort(reverse=True)
    total_ours = sum(v[2] for v in mine.values()) / calls
    total_floor = sum(v[2] for v in base.values()) / calls
    lines = [f'  profiled µs per call: pycamunda {total_ours * 1e6:,.0f}, floor '
             f'{total_floor * 1e6:,.0f}; largest extra own time per call:',
             f'  {"extra µs":>9} {"calls (ours/floor)":>19}  function']
    for extra, ours_n, floor_n, func in rows[:top]:
        lines.append(f'  {extra * 1e6:9.1f} {ours_n:9.1f}/{floor_n:<9.1f}  {_label(func)}')
    return '\n'.join(lines)


def profile(scenario: str, url: str, calls: int, top: int, cpu: bool = False) -> str:
    """The profile of ``calls`` pycamunda calls of ``scenario``, and its difference to the floor's."""
    ours = _profile('pycamunda', scenario, url, calls, cpu)
    floor = _profile('floor', scenario, url, calls, cpu)
    out = io.StringIO()
    out.write(f'==== {SCENARIOS[scenario]}: {calls} calls, pycamunda minus floor\n')
    out.write(beyond_floor(ours, floor, calls, top) + '\n\n')
    out.write(f'==== {SCENARIOS[scenario]}: pycamunda, top {top} by own time\n')
    pstats.Stats(ours, stream=out).strip_dirs().sort_stats('tottime').print_stats(top)
    out.write(f'==== {SCENARIOS[scenario]}: pycamunda code by cumulative time\n')
    pstats.Stats(ours, stream=out).sort_stats('cumulative').print_stats(
        r'pycamunda[/\\](?!.*site-packages)', top)
    return out.getvalue()


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('scenarios', nargs='*', metavar='SCENARIO',
                        help=f'one of {", ".join(SCENARIOS)} (default: task_list_500 pi_list_1)')
    parser.add_argument('--calls', type=int, help='calls per scenario (default: ~1 s worth)')
    parser.add_argument('--top', type=int, default=20, help='rows per listing')
    parser.add_argument('--cpu', action='store_true',
                        help='time with time.process_time (robust to load, heavier per call)')
    args = parser.parse_args()
    scenarios = args.scenarios or ['task_list_500', 'pi_list_1']
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f'unknown scenario {", ".join(sorted(unknown))}')
    sys.path.insert(0, str(harness.ROOT))  # this tree's pycamunda
    server, url = start_server()
    try:
        for scenario in scenarios:
            calls = args.calls or (100 if 'list_' in scenario and scenario != 'pi_list_1' else 1000)
            print(profile(scenario, url, calls, args.top, args.cpu))
    finally:
        stop_server(server)


if __name__ == '__main__':
    main()
