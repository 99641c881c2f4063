"""The figures as a table, and issue #11's targets beside them with pass or miss."""

CEILING = "javalin-ceiling"


def ratio(rows: list, row: dict, by_cpu: bool = False):
    """req/s as a fraction of the ceiling's at the same number of connections; by_cpu, the ceiling's
    server CPU time per request over this row's: what the ratio would be on cores of its own."""
    ceiling = next((r for r in rows if r["server"] == CEILING and r["connections"] == row["connections"]), None)
    if not ceiling:
        return None
    return ceiling["cpu_ms"] / row["cpu_ms"] if by_cpu else row["rps"] / ceiling["rps"]


def fixed(x, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def table(rows: list) -> str:
    head = ["server", "command", "conns", "req/s", "p50 ms", "p99 ms", "x ceiling", "CPU ms/req", "x ceiling by CPU",
            "errors"]
    lines = [[r["server"], r["command"], str(r["connections"]), f"{r['rps']:.0f}", f"{r['p50_ms']:.2f}",
              f"{r['p99_ms']:.1f}", fixed(ratio(rows, r)), fixed(r["cpu_ms"]), fixed(ratio(rows, r, by_cpu=True)),
              str(r["status_errors"] + r["socket_errors"] + r["timeouts"])] for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(head)]

    def fmt(cells):
        return "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(line) for line in lines])


def targets(rows: list, themebot: dict) -> list:
    """[(target, measured, passed)]; a figure that was not measured is a miss."""
    def row(command, connections):
        return next((r for r in rows if r["server"] == "themebot" and r["command"] == command
                     and r["connections"] == connections), None)

    def at_least(command, connections, fraction):
        r = row(command, connections)
        x = ratio(rows, r) if r else None
        measured = f"{x:.2f}x (by CPU {fixed(ratio(rows, r, by_cpu=True))}x)" if x is not None else "not measured"
        return f"{command} @{connections}: >= {fraction}x ceiling", measured, x is not None and x >= fraction

    checks = [at_least("/themebot help", c, 0.8) for c in (16, 64)]
    help64 = row("/themebot help", 64)
    checks.append(("/themebot help @64: p99 < 50 ms", f"{help64['p99_ms']:.1f} ms" if help64 else "not measured",
                   bool(help64) and help64["p99_ms"] < 50))
    checks += [at_least("/action list", c, 0.5) for c in (16, 64)]
    add, add_row = themebot.get("add"), row("/action add", themebot.get("add", {}).get("connections"))
    checks.append(("/action add: >= 1000 acked durable/s (SQLite)",
                   f"{add['acked_per_s']:.0f}/s ({add_row['cpu_ms']:.1f} CPU ms each)" if add else "not measured",
                   bool(add) and add["acked_per_s"] >= 1000))
    checks.append(("/action add: every acked add in the db once after kill -9",
                   f"{add['lost']} lost, {add['duplicated']} twice of {add['acked']}" if add else "not measured",
                   bool(add) and add["acked"] > 0 and add["lost"] == 0 and add["duplicated"] == 0))
    checks.append(("/action add: every acked add announced after a restart",
                   f"{add['unannounced']} not announced of {add['acked']}" if add and "unannounced" in add
                   else "not measured", bool(add) and add.get("unannounced", 1) == 0 and add["acked"] > 0))
    cold = themebot.get("cold_start_median_s")
    checks.append(("cold start to 200 on /healthz: < 2 s", f"{cold:.2f} s" if cold else "not measured",
                   bool(cold) and cold < 2))
    rss = themebot.get("peak_rss_mib")
    checks.append(("peak RSS after the load at -Xmx256m: <= 300 MiB", f"{rss:.0f} MiB" if rss else "not measured",
                   bool(rss) and rss <= 300))
    return checks


def targets_text(checks: list) -> str:
    width = max(len(t) for t, _, _ in checks)
    return "\n".join(f"{'pass' if ok else 'MISS'}  {t.ljust(width)}  {measured}" for t, measured, ok in checks)
