#!/usr/bin/env python3
"""Measures the service's hot paths beside the ceiling of the same SQL, in one run.

Started by run.sh, which builds the service first. For each scenario and each concurrency level it
alternates rounds of the service (loaded over HTTP on loopback by wrk or LoadClient.java) with
rounds of its anchor (pgbench running, prepared, the SQL the adapters issue for that request, from
sql/; or the service's empty endpoint), then reports medians, the spread over rounds and the
service/anchor ratios as a Markdown table, printed and written to a file.
"""

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ADMIN_KEY = "benchmark-admin-key"
INCLUDE = "--@include "
WARM_UP_SECONDS = 20
SEATS_PER_SCHEDULE = 1000
DATES_PER_CONCERT = 5
# The constants the adapters bind as parameters; pgbench binds them the same way.
SQL_CONSTANTS = {
    "waiting": "WAITING",
    "active": "ACTIVE",
    "expired": "EXPIRED",
    "finished": "FINISHED",
    "held": "HELD",
    "confirmed": "CONFIRMED",
    "charge": "CHARGE",
    "paid": "PAYMENT",
    "paidstatus": "PAID",
    "zero": "0",
    "queue_tickets": "-3",
    "queue_admission": "-2",
}
# The times the service computes from its clock, for the variables of sql/ defined as "now": the
# current time, a hold's end (hold-ttl), a token's end (active-ttl), the admission rate's window.
CLOCK_OFFSETS = {
    "now": datetime.timedelta(0),
    "later": datetime.timedelta(minutes=30),
    "tokenexpiry": datetime.timedelta(hours=1),
    "since": datetime.timedelta(minutes=-5),
}


def main():
    options = parse_options()
    bench = Benchmark(options)
    try:
        bench.run()
    finally:
        bench.stop_service()
    table = bench.report()
    print(table)
    os.makedirs(os.path.dirname(options.out), exist_ok=True)
    with open(options.out, "w") as out:
        out.write(table)
    print(f"\nwritten to {os.path.relpath(options.out, ROOT)}")
    if bench.failures:
        print("\nFAILED: " + "; ".join(bench.failures), file=sys.stderr)
        sys.exit(1)


def parse_options():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="8,16,32", help="connections, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per level")
    parser.add_argument("--seconds", type=int, default=5, help="length of one measurement")
    parser.add_argument("--pool", type=int, default=4, help="the service's Hikari pool size")
    parser.add_argument("--threads", type=int, default=8, help="the service's Tomcat threads")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--jvm-args", default="", help="for the service's JVM, e.g. a profiler agent")
    parser.add_argument("--claims", type=int, default=1000, help="claims of the contended seat")
    parser.add_argument("--scenarios", default="queue,booking", help="queue and/or booking")
    parser.add_argument("--sweep-pool", metavar="SIZES",
                        help="instead: holds at the highest level for each pool size, e.g. 2,4,8,16")
    parser.add_argument("--pg-host", default=os.environ.get("PGHOST", "127.0.0.1"))
    parser.add_argument("--pg-port", default=os.environ.get("PGPORT", "5432"))
    parser.add_argument("--pg-user", default=os.environ.get("PGUSER", "postgres"))
    parser.add_argument("--pg-password", default=os.environ.get("PGPASSWORD", "postgres"))
    parser.add_argument("--database", default="concert_bench", help="dropped and made afresh")
    parser.add_argument("--jar", default=os.path.join(ROOT, "bootstrap/target/concert-reservation.jar"))
    parser.add_argument("--out", default=os.path.join(HERE, "results/latest.md"))
    options = parser.parse_args()
    options.levels = [int(level) for level in options.levels.split(",")]
    return options


class Benchmark:
    def __init__(self, options):
        self.options = options
        self.work = tempfile.mkdtemp(prefix="concert-bench-")
        self.service = None
        self.results = {}  # (scenario, level) -> {"service": [..], "anchor": [..]}
        self.contended = []
        self.failures = []
        self.notes = []
        self.started = datetime.datetime.now(datetime.timezone.utc)
        self.user_base = 0
        self.env = dict(os.environ, PGPASSWORD=options.pg_password)

    # ----------------------------------------------------------------- the run

    def run(self):
        if self.options.sweep_pool:
            self.pool_sweep([int(pool) for pool in self.options.sweep_pool.split(",")])
            return
        scenarios = self.options.scenarios.split(",")
        if "queue" in scenarios:
            self.queue_phase()
        if "booking" in scenarios:
            self.booking_phase()

    def queue_phase(self):
        """Token issue and position polls, with one active slot so newcomers wait in line."""
        self.fresh_database()
        self.start_service({"concert.queue.max-active-users": "1"})
        self.issue_token(1)
        last = None
        for user in range(2, 102):
            last = self.issue_token(user)
        self.check(last["status"] == "WAITING" and last["position"] == 100, f"token 100 in line: {last}")
        self.warm_up("empty", {})
        self.warm_up("poll", {"TOKENS": self.write_tokens([last["token"]])}, 2 * WARM_UP_SECONDS)
        self.measure_poll("poll, 100 waiting", last["token"], 101)

        # The rest of the line is written straight to the table: 99,899 newcomers through the API
        # would take minutes and measure nothing this scenario is about.
        self.psql(
            "insert into queue_token (token_hash, token_nonce, user_id, status, issued_at) "
            "select sha256(int8send(u)), substring(sha256(int8send(u)) from 1 for 16), u, 'WAITING', now() "
            "from generate_series(2000000, 2099898) u"
        )
        self.psql("vacuum analyze queue_token")
        last = self.issue_token(3_000_000)
        self.check(last["position"] == 100_000, f"token 100,000 in line: {last}")
        self.measure_poll("poll, 100,000 waiting", last["token"], 3_000_000)

        self.warm_up("token", {"USER_BASE": str(self.next_user_base())})
        defines = {"now": "now"}
        for level in self.options.levels:
            for _ in range(self.options.rounds):
                base = self.next_user_base()
                self.record("token issue", level, "service",
                            self.wrk("token", level, {"USER_BASE": str(base)}))
                base = self.next_user_base()
                self.record("token issue", level, "anchor",
                            self.pgbench("token-issue.sql", level, dict(defines, base=base, n=0)))
        self.stop_service()

    def measure_poll(self, scenario, token, user):
        hash_hex = self.psql(f"select encode(token_hash, 'hex') from queue_token where user_id = {user}")
        tokens = self.write_tokens([token])
        for level in self.options.levels:
            for _ in range(self.options.rounds):
                self.record(scenario, level, "service", self.wrk("poll", level, {"TOKENS": tokens}))
                self.record(scenario, level, "anchor",
                            self.pgbench("poll.sql", level, {"hash": "\\x" + hash_hex}))
                self.record(scenario, level, "empty", self.wrk("empty", level, {}))

    def booking_phase(self):
        """Seat map, holds, one contended seat and whole purchases, with room for everyone."""
        shop = self.open_shop()
        self.warm_up("seats", shop.seats_env)
        self.warm_up("hold", shop.hold_env, 2 * WARM_UP_SECONDS)
        self.release_holds()
        self.flow_round(shop.dates, self.options.levels[0])

        for level in self.options.levels:
            for _ in range(self.options.rounds):
                self.record("seat map", level, "service", self.wrk("seats", level, shop.seats_env))
                self.record("seat map", level, "anchor", self.pgbench(
                    "seats.sql", level,
                    {"hash": shop.hash, "concert": shop.map_concert, "sched": shop.map_schedule}))

        for level in self.options.levels:
            for _ in range(self.options.rounds):
                self.measure_holds(shop, level)

        for round_no in range(self.options.rounds):
            self.contended_round(shop.contended_concert, shop.dates[0], round_no + 1)

        for level in self.options.levels:
            for _ in range(self.options.rounds):
                self.record("full purchase", level, "service", self.flow_round(shop.dates, level))
                self.record("full purchase", level, "anchor", self.pgbench_flow(shop.dates, level))

        status, audit = self.api("GET", "/api/admin/audit", headers={"X-Admin-Key": ADMIN_KEY})
        self.check(status == 200 and audit["violations"] == [], f"audit after the run: {audit}")
        self.notes.append("The service's own audit found no violation after the run." if status == 200
                          and audit["violations"] == [] else f"The audit after the run: {audit}")
        self.stop_service()

    def pool_sweep(self, pools):
        """Holds at the highest level, against each pool size in turn: how the pool was chosen."""
        level = max(self.options.levels)
        for pool in pools:
            self.options.pool = pool
            shop = self.open_shop()
            self.warm_up("hold", shop.hold_env, 3 * WARM_UP_SECONDS)
            self.release_holds()
            for _ in range(self.options.rounds):
                result = self.wrk("hold", level, shop.hold_env)
                self.release_holds()
                self.record(f"hold, pool {pool}", level, "service", result)
            self.stop_service()

    def open_shop(self):
        """A fresh database and service, with concerts to book and 256 fans with active tokens."""
        self.fresh_database()
        self.start_service({
            "concert.queue.max-active-users": "100000",
            "concert.reservation.max-holds-per-user": "1000",
            "concert.reservation.hold-ttl": "PT30M",
        })
        shop = argparse.Namespace()
        shop.dates = self.show_dates()
        shop.hold_concerts = self.create_concerts(10, shop.dates)
        shop.map_concert = self.create_concert([shop.dates[0]], seat_count=50)
        shop.contended_concert = self.create_concert([shop.dates[0]], seat_count=SEATS_PER_SCHEDULE)
        tokens = [self.issue_token(user)["token"] for user in range(1, 257)]
        token_file = self.write_tokens(tokens)
        shop.hash = "\\x" + self.psql("select encode(token_hash, 'hex') from queue_token where user_id = 1")
        # A seat map as a fan sees it a little after the sale opens: some seats taken.
        for seat in range(1, 21):
            status, held = self.api(
                "POST", "/api/reservation/reserve",
                {"concertId": shop.map_concert, "concertDate": shop.dates[0], "seatNo": seat},
                headers={"Authorization": "Bearer " + tokens[seat]})
            self.check(status == 200, f"seat {seat} of the seat map held: {status} {held}")
        shop.map_schedule = self.schedule_of(shop.map_concert)
        shop.seats_env = {"TOKENS": token_file, "CONCERT_ID": str(shop.map_concert),
                          "DATE": shop.dates[0]}
        shop.hold_env = {"TOKENS": token_file, "CONCERT0": str(shop.hold_concerts[0]),
                         "DATES": ",".join(shop.dates),
                         "SEATS": str(len(shop.hold_concerts) * DATES_PER_CONCERT * SEATS_PER_SCHEDULE)}
        shop.first_hold_schedule = self.first_schedule(shop.hold_concerts)
        return shop

    def measure_holds(self, shop, level):
        self.record("hold, distinct seats", level, "service", self.wrk("hold", level, shop.hold_env))
        self.release_holds()
        self.record("hold, distinct seats", level, "anchor", self.pgbench(
            "hold.sql", level,
            {"hash": shop.hash, "n": 0, "clients": level, "concert0": shop.hold_concerts[0],
             "sched0": shop.first_hold_schedule, "now": "now", "later": "now"}))
        self.release_holds()

    def contended_round(self, concert, date, seat_no):
        result = self.load_client(
            "contended", str(concert), date, str(seat_no), str(5_000_000), str(self.options.claims))
        self.contended.append(result)
        self.check(result["won"] == 1 and result["unavailable"] == self.options.claims - 1,
                   f"contended seat {seat_no}: {result}")
        sold = self.psql(
            "select count(*) from reservation r join seat s on s.id = r.seat_id "
            f"join schedule c on c.id = s.schedule_id where c.concert_id = {concert} "
            f"and s.seat_no = {seat_no} and r.status in ('HELD', 'CONFIRMED')")
        self.check(sold == "1", f"contended seat {seat_no} has {sold} live reservations")

    def flow_round(self, dates, level):
        concerts = self.create_concerts(3, dates)
        seats = len(concerts) * DATES_PER_CONCERT * SEATS_PER_SCHEDULE
        before = self.confirmed_in(concerts)
        result = self.load_client(
            "flow", str(concerts[0]), ",".join(dates), str(seats), str(self.next_user_base()),
            str(level), str(self.options.seconds))
        sold = self.confirmed_in(concerts) - before
        self.check(sold == result["requests"],
                   f"{result['requests']} purchases reported, {sold} seats sold")
        return result

    def pgbench_flow(self, dates, level):
        concerts = self.create_concerts(3, dates)
        price = self.psql(f"select price from schedule where concert_id = {concerts[0]} limit 1")
        return self.pgbench("flow.sql", level, {
            "base": self.next_user_base(), "n": 0, "clients": level, "concert0": concerts[0],
            "sched0": self.first_schedule(concerts), "now": "now", "later": "now",
            "tokenexpiry": "now", "since": "now", "slots": 1000, "ticket": 0,
            "rate": 1, "price": price, "debit": -int(price),
            "headroom": 1_000_000_000 - int(price)})

    # ------------------------------------------------------------- the tools

    def warm_up(self, scenario, env, seconds=WARM_UP_SECONDS):
        """A run that is not recorded, so the rounds measure code the JIT compiler has compiled."""
        saved = self.options.seconds
        self.options.seconds = seconds
        try:
            self.wrk(scenario, max(self.options.levels), env)
        finally:
            self.options.seconds = saved

    def wrk(self, scenario, connections, env):
        threads = min(2, connections)
        command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{self.options.seconds}s",
                   "-T", "10s", "-s", os.path.join(HERE, "wrk/scenario.lua"),
                   f"http://127.0.0.1:{self.options.port}"]
        run_env = dict(self.env, SCENARIO=scenario, WRK_THREADS=str(threads), **env)
        with self.cpu_meter() as cpu:
            output = subprocess.run(command, env=run_env, capture_output=True, text=True,
                                    check=True).stdout
        result = parse_result(output)
        return {
            "rps": result["requests"] / (result["duration_us"] / 1e6),
            "p50": result["p50_us"] / 1000, "p95": result["p95_us"] / 1000,
            "p99": result["p99_us"] / 1000, "errors": result["errors"],
            "error_kinds": result["error_kinds"], **cpu.per(result["requests"]),
        }

    @contextlib.contextmanager
    def cpu_meter(self):
        """The CPU time a run used per request: the whole machine's, and the service JVM's."""
        pid = self.service.pid if self.service else None
        meter = CpuUse(pid)
        yield meter
        meter.stop()

    def pgbench(self, script, clients, defines):
        log_prefix = os.path.join(self.work, f"pgbench-{time.monotonic_ns()}")
        variables = dict(SQL_CONSTANTS)
        now = datetime.datetime.now(datetime.timezone.utc)
        for name, value in defines.items():
            if value == "now":
                value = (now + CLOCK_OFFSETS[name]).isoformat()
            variables[name] = str(value)
        command = ["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", "2",
                   "-T", str(self.options.seconds), "-f", self.expanded(script),
                   "-l", "--log-prefix", log_prefix,
                   "-h", self.options.pg_host, "-p", str(self.options.pg_port),
                   "-U", self.options.pg_user, self.options.database]
        for name, value in variables.items():
            command[1:1] = ["-D", f"{name}={value}"]
        with self.cpu_meter() as cpu:
            finished = subprocess.run(command, env=self.pg_env(), capture_output=True, text=True)
        if finished.returncode != 0:
            raise RuntimeError(f"pgbench {script} failed:\n{finished.stdout}\n{finished.stderr}")
        latencies = []
        for name in os.listdir(self.work):
            if name.startswith(os.path.basename(log_prefix)):
                with open(os.path.join(self.work, name)) as log:
                    latencies += [int(line.split()[2]) / 1000 for line in log if line.strip()]
                os.remove(os.path.join(self.work, name))
        tps = float(re.search(r"tps = ([\d.]+) \(without initial", finished.stdout).group(1))
        failed = re.search(r"number of failed transactions: (\d+)", finished.stdout)
        latencies.sort()
        return {"rps": tps, "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                "p99": percentile(latencies, 99), "errors": int(failed.group(1)) if failed else 0,
                **cpu.per(len(latencies))}

    def expanded(self, script):
        """The script with each --@include line replaced by the part it names: pgbench has none."""
        path = os.path.join(self.work, script)
        with open(path, "w") as out:
            out.write(expand_includes(os.path.join(HERE, "sql", script)))
        return path

    def load_client(self, mode, *arguments):
        with self.cpu_meter() as cpu:
            output = subprocess.run(
                ["java", os.path.join(HERE, "LoadClient.java"), mode,
                 f"http://127.0.0.1:{self.options.port}", *arguments],
                capture_output=True, text=True, check=True).stdout
        result = parse_result(output)
        if "duration_us" in result:
            result.update({
                "rps": result["requests"] / (result["duration_us"] / 1e6),
                "p50": result["p50_us"] / 1000, "p95": result["p95_us"] / 1000,
                "p99": result["p99_us"] / 1000, **cpu.per(result["requests"])})
        return result

    def start_service(self, properties):
        options = self.options
        arguments = {
            "server.port": str(options.port),
            "spring.datasource.url": f"jdbc:postgresql://{options.pg_host}:{options.pg_port}/{options.database}",
            "spring.datasource.username": options.pg_user,
            "spring.datasource.password": options.pg_password,
            "spring.datasource.hikari.maximum-pool-size": str(options.pool),
            "server.tomcat.threads.max": str(options.threads),
            "concert.demo-data": "false",
            "concert.admin.api-key": ADMIN_KEY,
            "concert.benchmark.empty-endpoint": "true",
            "concert.queue.active-ttl": "PT1H",
            **properties,
        }
        self.service_log = open(os.path.join(self.work, "service.log"), "a")
        self.service = subprocess.Popen(
            ["java", *options.jvm_args.split(), "-jar", options.jar]
            + [f"--{key}={value}" for key, value in arguments.items()],
            stdout=self.service_log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.service.poll() is not None:
                raise RuntimeError(f"the service stopped at startup; see {self.service_log.name}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{options.port}/actuator/health", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        raise RuntimeError("the service did not start within 90 seconds")

    def stop_service(self):
        if self.service and self.service.poll() is None:
            self.service.terminate()
            try:
                self.service.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.service.kill()
        self.service = None

    def fresh_database(self):
        self.psql(f"drop database if exists {self.options.database} with (force)", database="postgres")
        self.psql(f"create database {self.options.database}", database="postgres")

    def psql(self, sql, database=None):
        command = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", self.options.pg_host,
                   "-p", str(self.options.pg_port), "-U", self.options.pg_user,
                   "-d", database or self.options.database, "-c", sql]
        return subprocess.run(command, env=self.pg_env(), capture_output=True, text=True,
                              check=True).stdout.strip()

    def pg_env(self):
        # The service keeps its tables in the schema concert, whatever the database.
        return dict(self.env, PGOPTIONS="-c search_path=concert")

    def api(self, method, path, body=None, headers=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.options.port}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def issue_token(self, user):
        status, token = self.api("POST", "/api/token/create", {"id": user})
        self.check(status == 200, f"token for user {user}: {status} {token}")
        return token

    def show_dates(self):
        status, _ = self.api("GET", "/api/concerts")
        self.check(status == 200, "the catalog answers")
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=9))).date()
        return [(today + datetime.timedelta(days=day)).isoformat() for day in range(2, 2 + DATES_PER_CONCERT)]

    def create_concert(self, dates, seat_count=SEATS_PER_SCHEDULE):
        status, concert = self.api(
            "POST", "/api/admin/concerts",
            {"title": "Benchmark", "schedules": [
                {"date": date, "seatCount": seat_count, "price": 100000} for date in dates]},
            headers={"X-Admin-Key": ADMIN_KEY})
        self.check(status == 201, f"concert created: {status} {concert}")
        return concert["id"]

    def create_concerts(self, count, dates):
        return [self.create_concert(dates) for _ in range(count)]

    def schedule_of(self, concert):
        return int(self.psql(f"select id from schedule where concert_id = {concert}"))

    def first_schedule(self, concerts):
        """pgbench finds a seat's schedule by arithmetic, so the schedules must be numbered in a row."""
        first, count, span = self.psql(
            "select min(id), count(*), max(id) - min(id) + 1 from schedule "
            f"where concert_id between {concerts[0]} and {concerts[-1]}").split("|")
        self.check(count == span == str(len(concerts) * DATES_PER_CONCERT),
                   f"schedules of concerts {concerts} are numbered in a row")
        return int(first)

    def confirmed_in(self, concerts):
        return int(self.psql(
            "select count(*) from reservation r join schedule c on c.id = r.schedule_id "
            f"where c.concert_id between {concerts[0]} and {concerts[-1]} and r.status = 'CONFIRMED'"))

    def release_holds(self):
        """Frees every held seat, as expiry would, so each hold round claims free seats again."""
        # Claims still in flight when the load stopped commit within this wait, and are freed too.
        time.sleep(2)
        self.psql("update reservation set status = 'EXPIRED', closed_at = now() where status = 'HELD' "
                  "and schedule_id not in (select id from schedule where seat_count = 50)")

    def write_tokens(self, tokens):
        path = os.path.join(self.work, f"tokens-{time.monotonic_ns()}.txt")
        with open(path, "w") as out:
            out.write("\n".join(tokens) + "\n")
        return path

    def next_user_base(self):
        """The first of a billion user ids no other run uses (pgbench spreads its clients 10^7 apart)."""
        self.user_base += 1_000_000_000
        return self.user_base

    def record(self, scenario, level, side, result):
        self.results.setdefault((scenario, level), {}).setdefault(side, []).append(result)
        if result["errors"]:
            self.failures.append(f"{scenario} at {level} ({side}): {result['errors']} errors "
                                 f"({result.get('error_kinds', '')})")
        print(f"  {scenario:24} {level:3} {side:8} {result['rps']:9.0f}/s  p99 {result['p99']:7.1f} ms"
              f"  errors {result['errors']}", flush=True)

    def check(self, condition, what):
        if not condition:
            self.failures.append(what)
            print(f"  CHECK FAILED: {what}", flush=True)

    # ----------------------------------------------------------------- the report

    def report(self):
        options = self.options
        lines = [
            f"Run {self.started:%Y-%m-%d %H:%M} UTC on {machine()}.",
            f"Service: Hikari pool {'as in each row' if options.sweep_pool else options.pool}, "
            f"Tomcat threads {options.threads}; load from wrk, "
            "LoadClient.java and pgbench on the same machine over loopback. "
            f"{options.rounds} alternating rounds of {options.seconds} s per level; "
            "figures are medians, with the spread over rounds in brackets.",
        ]
        if any(len(sides) > 1 for sides in self.results.values()):
            lines += [
                "",
                "| scenario | conns | service req/s | service p50 / p95 / p99 ms | CPU ms/req (JVM) "
                "| anchor | anchor req/s | anchor p99 ms | anchor CPU ms/req | service / anchor |",
                "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|",
            ]
        sweep = [(scenario, level, sides["service"]) for (scenario, level), sides in self.results.items()
                 if len(sides) == 1]
        if sweep:
            lines += ["", "| pool sweep | conns | service req/s | service p50 / p95 / p99 ms |",
                      "|---|---:|---:|---:|"]
            for scenario, level, service in sweep:
                lines.append(
                    f"| {scenario} | {level} | {spread([r['rps'] for r in service], '{:.0f}')} "
                    f"| {median(service, 'p50'):.1f} / {median(service, 'p95'):.1f} / {median(service, 'p99'):.1f} |")
        for (scenario, level), sides in self.results.items():
            if len(sides) == 1:
                continue
            service = sides["service"]
            anchors = [(name, runs) for name, runs in sides.items() if name != "service"]
            for name, runs in anchors:
                label = "empty endpoint" if name == "empty" else "pgbench, same SQL"
                ratios = [s["rps"] / a["rps"] for s, a in zip(service, runs)]
                lines.append(
                    f"| {scenario} | {level} | {spread([r['rps'] for r in service], '{:.0f}')} "
                    f"| {median(service, 'p50'):.1f} / {median(service, 'p95'):.1f} / {median(service, 'p99'):.1f} "
                    f"| {median(service, 'cpu_ms'):.2f} ({median(service, 'jvm_ms'):.2f}) "
                    f"| {label} | {spread([r['rps'] for r in runs], '{:.0f}')} | {median(runs, 'p99'):.1f} "
                    f"| {median(runs, 'cpu_ms'):.2f} | {spread(ratios, '{:.2f}')} |")
        if self.contended:
            lines += ["", "| contended seat | claims | won | SEAT_UNAVAILABLE | other | settled in ms "
                      "| claim p50 / p95 / p99 ms |", "|---|---:|---:|---:|---:|---:|---:|"]
            for number, result in enumerate(self.contended, 1):
                lines.append(
                    f"| round {number} | {result['claims']} | {result['won']} | {result['unavailable']} "
                    f"| {result['other']} | {result['settle_us'] / 1000:.0f} "
                    f"| {result['p50_us'] / 1000:.0f} / {result['p95_us'] / 1000:.0f} / {result['p99_us'] / 1000:.0f} |")
        verdicts = self.targets()
        if verdicts:
            lines += ["", "Targets:", ""] + [f"- {verdict}" for verdict in verdicts]
        lines += [""] + [f"{note}" for note in self.notes]
        if self.failures:
            lines += ["", "Checks that failed:", ""] + [f"- {failure}" for failure in self.failures]
        return "\n".join(lines) + "\n"

    def targets(self):
        verdicts = []

        def ratio_target(scenario, anchor, floor, what):
            for (name, level), sides in self.results.items():
                if name == scenario and anchor in sides:
                    ratio = statistics.median(
                        s["rps"] / a["rps"] for s, a in zip(sides["service"], sides[anchor]))
                    verdicts.append(f"{what} at {level}: {ratio:.2f} (target ≥ {floor}) "
                                    f"{'met' if ratio >= floor else 'MISSED'}")

        ratio_target("hold, distinct seats", "anchor", 0.5, "hold / pgbench")
        ratio_target("token issue", "anchor", 0.4, "token issue / pgbench")
        ratio_target("poll, 100 waiting", "empty", 0.5, "poll (100 waiting) / empty endpoint")
        ratio_target("poll, 100,000 waiting", "empty", 0.5, "poll (100,000 waiting) / empty endpoint")
        for level in self.options.levels:
            short = self.results.get(("poll, 100 waiting", level))
            long = self.results.get(("poll, 100,000 waiting", level))
            if short and long:
                factor = median(long["service"], "p99") / median(short["service"], "p99")
                verdicts.append(f"poll p99 with 100,000 waiting / with 100 at {level}: {factor:.2f} "
                                f"(target ≤ 2) {'met' if factor <= 2 else 'MISSED'}")
        for number, result in enumerate(self.contended, 1):
            ok = result["p99_us"] < 250_000 and result["won"] == 1
            verdicts.append(f"contended seat round {number}: p99 {result['p99_us'] / 1000:.0f} ms, "
                            f"{result['won']} winner (target < 250 ms, exactly one) "
                            f"{'met' if ok else 'MISSED'}")
        return verdicts


class CpuUse:
    """CPU seconds used between its start and stop, from /proc: by the machine and by one process."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid):
        self.pid = pid
        self.start = self.read()

    def read(self):
        with open("/proc/stat") as stat:
            ticks = [int(field) for field in stat.readline().split()[1:]]
        machine = sum(ticks[:3]) + sum(ticks[5:8])  # user, nice, system, irq, softirq, steal
        process = 0
        if self.pid:
            with open(f"/proc/{self.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            process = int(fields[11]) + int(fields[12])  # utime, stime of all its threads
        return machine / self.TICKS, process / self.TICKS

    def stop(self):
        end = self.read()
        self.machine = end[0] - self.start[0]
        self.process = end[1] - self.start[1]

    def per(self, requests):
        requests = max(requests, 1)
        return {"cpu_ms": 1000 * self.machine / requests, "jvm_ms": 1000 * self.process / requests}


def expand_includes(path):
    lines = []
    with open(path) as script:
        for line in script:
            if line.startswith(INCLUDE):
                lines.append(expand_includes(os.path.join(os.path.dirname(path), line[len(INCLUDE):].strip())))
            else:
                lines.append(line)
    return "".join(lines)


def parse_result(output):
    for line in output.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise RuntimeError(f"no result in:\n{output}")


def percentile(sorted_values, percent):
    if not sorted_values:
        return 0.0
    index = max(0, min(len(sorted_values) - 1, -(-percent * len(sorted_values) // 100) - 1))
    return sorted_values[int(index)]


def median(runs, key):
    return statistics.median(run[key] for run in runs)


def spread(values, form):
    return f"{form.format(statistics.median(values))} [{form.format(min(values))}–{form.format(max(values))}]"


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        memory = int(info.readline().split()[1]) // (1024 * 1024)
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    postgres = subprocess.run(["pgbench", "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}, "
            f"{java}, {postgres}")


if __name__ == "__main__":
    main()
