#!/usr/bin/env python3
"""Deterministic bench data: a staff hierarchy, accounts, opportunities with their stage history,
and exchange rates, written as CSV files for COPY. Same seed and scale, same rows, byte for byte.

usage: generate.py OUT_DIR [--opportunities 1000000] [--staff 200] [--accounts 20000] [--seed 42]
"""
import argparse
import csv
import os
import random
import uuid
from datetime import date, datetime, timedelta, timezone

STAGES = [  # key, probability, category, closed, won
    ("prospecting", 10, "pipeline", False, False),
    ("qualification", 20, "pipeline", False, False),
    ("proposal", 50, "best_case", False, False),
    ("negotiation", 75, "commit", False, False),
    ("closed_won", 100, "closed", True, True),
    ("closed_lost", 0, "omitted", True, False),
]
OPEN = [s for s in STAGES if not s[3]]
FINAL_WEIGHTS = [18, 14, 14, 12, 24, 18]
CURRENCIES = ["USD"] * 7 + ["EUR"] * 2 + ["GBP"]
FIRST_CLOSE = date(2025, 1, 1)
CLOSE_DAYS = (date(2027, 12, 31) - FIRST_CLOSE).days
NOW = "2026-11-25 00:00:00+00"


def staff_id(n):
    return f"00000000-0000-4000-8000-{n:012d}"


def det_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hierarchy(count):
    """0: executive; 1-9 directors under 0; 10-19 second-level directors; the rest managers.
    Returns rows and, per staff index, its manager index."""
    rows, manager_of = [], {}
    for n in range(count):
        if n == 0:
            role, manager = "executive", None
        elif n < 10:
            role, manager = "director", 0
        elif n < 20:
            role, manager = "director", 1 + (n - 10) % 9
        else:
            role, manager = "manager", 10 + (n - 20) % 10
        manager_of[n] = manager
        rows.append([staff_id(n), f"bench-{n}", f"bench-{n}@bench.example", f"Bench Staff {n:03d}",
                     "{" + role + "}", staff_id(manager) if manager is not None else "", "EMEA", NOW, NOW])
    return rows, manager_of


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--opportunities", type=int, default=1_000_000)
    p.add_argument("--staff", type=int, default=200)
    p.add_argument("--accounts", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    staff_rows, _ = hierarchy(a.staff)
    managers = list(range(20, a.staff))
    with open(os.path.join(a.out, "staff.csv"), "w", newline="") as f:
        csv.writer(f).writerows(staff_rows)

    # accounts, each owned by a manager; managers[0] ("the big owner") gets 5 % of everything
    accounts_of = {m: [] for m in managers}
    with open(os.path.join(a.out, "account.csv"), "w", newline="") as f:
        w = csv.writer(f)
        for i in range(a.accounts):
            owner = managers[0] if i % 20 == 0 else managers[rng.randrange(len(managers))]
            aid = det_uuid(rng)
            accounts_of[owner].append(aid)
            w.writerow([aid, f"Account {i:06d}", rng.choice(["retail", "media", "finance", "travel"]),
                        rng.choice("ABC"), "active", rng.choice(["EMEA", "APAC", "AMER"]), staff_id(owner),
                        NOW, NOW])
    with open(os.path.join(a.out, "account_team_member.csv"), "w", newline="") as f:
        w = csv.writer(f)
        for owner, accounts in accounts_of.items():
            for aid in accounts[:3]:
                colleague = managers[rng.randrange(len(managers))]
                if colleague != owner:
                    w.writerow([aid, staff_id(colleague), "support", NOW])

    with open(os.path.join(a.out, "exchange_rate.csv"), "w", newline="") as f:
        w = csv.writer(f)
        for currency, base in (("EUR", 1.08), ("GBP", 1.27)):
            for year in range(2024, 2029):
                for month in range(1, 13):
                    w.writerow([det_uuid(rng), currency, date(year, month, 1).isoformat(),
                                f"{base + rng.uniform(-0.05, 0.05):.6f}", NOW, NOW])

    opp = open(os.path.join(a.out, "opportunity.csv"), "w", newline="")
    hist = open(os.path.join(a.out, "opportunity_history.csv"), "w", newline="")
    wo, wh = csv.writer(opp), csv.writer(hist)
    for i in range(a.opportunities):
        owner = managers[0] if i % 20 == 0 else managers[rng.randrange(len(managers))]
        account = accounts_of[owner][rng.randrange(len(accounts_of[owner]))] if accounts_of[owner] else None
        if account is None:
            owner = managers[0]
            account = accounts_of[owner][0]
        final = rng.choices(range(len(STAGES)), FINAL_WEIGHTS)[0]
        key, probability, category, closed, won = STAGES[final]
        close = FIRST_CLOSE + timedelta(days=rng.randrange(CLOSE_DAYS))
        created = datetime.combine(close, datetime.min.time(), timezone.utc) - timedelta(
            days=rng.randrange(30, 240), seconds=rng.randrange(86400))
        oid = det_uuid(rng)
        currency = rng.choice(CURRENCIES)
        amount = f"{rng.randrange(1_000, 50_000_000) / 100:.2f}"
        wo.writerow([oid, account, staff_id(owner), f"Deal {i:07d}", "new_business", key, amount, currency,
                     probability, category, close.isoformat(), close.isoformat() if closed else "",
                     "Budget" if closed and not won else "", created.isoformat(), created.isoformat(),
                     created.isoformat()])  # stage_entered_at until rebuild_stage_stats() reads the history
        # stage history: the open stages walked up to the final one (lost deals drop out early)
        path = [s[0] for s in OPEN[: (final + 1 if final < 4 else (4 if won else rng.randrange(1, 5)))]]
        if closed:
            path.append(key)
        at, previous = created, ""
        for stage in path:
            wh.writerow([det_uuid(rng), oid, at.isoformat(), staff_id(owner), "stage", previous, stage])
            previous = stage
            at += timedelta(days=rng.randrange(1, 40), seconds=rng.randrange(86400))
    opp.close()
    hist.close()


if __name__ == "__main__":
    main()
