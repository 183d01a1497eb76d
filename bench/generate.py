#!/usr/bin/env python3
"""Deterministic bench data: a staff hierarchy, accounts, opportunities with their stage history,
exchange rates, and the P&L of the first accounts (entries, budgets, invoices and their payments),
written as CSV files for COPY. Same seed and scale, same rows, byte for byte.

usage: generate.py OUT_DIR [--opportunities 1000000] [--staff 200] [--accounts 20000]
                           [--pnl-accounts 10000] [--issues 200000] [--activities 2000000] [--seed 42]
"""
import argparse
import calendar
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
TODAY = date(2026, 11, 25)
# P&L: monthly entries over 2025-01..2027-12, yearly budgets, invoices issued over 2025-01..2026-11
PNL_MONTHS = [(y, m) for y in range(2025, 2028) for m in range(1, 13)]
INVOICE_MONTHS = [(y, m) for (y, m) in PNL_MONTHS if (y, m) <= (2026, 11)]
COST_CATEGORIES = ["staff", "third_party", "media", "travel", "other"]
COST_WEIGHTS = [35, 20, 20, 10, 15]
COST_TEXT = {"staff": "Team time", "third_party": "Subcontracted work", "media": "Media buy",
             "travel": "Travel", "other": "Sundry costs"}


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


def money(cents):
    """Integer cents as a decimal with 2 places (exact: no float formatting)."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def pnl(out, account_ids, seed):
    """The P&L of these accounts: for every month of 2025-2027 a revenue entry and 1-3 cost entries
    (1.8 on average), ~0.5 % of them reversed in the same month; a budget per account and year spread
    over its months; an invoice per month over 2025-01..2026-11 with its payments. Its own random
    stream, so the other files are the same with or without it."""
    rng = random.Random(f"pnl-{seed}")
    files = [open(os.path.join(out, name), "w", newline="") for name in
             ("pnl_entry.csv", "budget.csv", "budget_line.csv", "invoice.csv", "invoice_payment.csv")]
    we, wb, wl, wi, wp = (csv.writer(f) for f in files)
    for i, aid in enumerate(account_ids):
        currency = rng.choice(CURRENCIES)
        level = rng.randrange(1_000_000, 14_000_000)  # the account's typical monthly revenue, in cents

        # a budget per calendar year: revenue and two cost categories, each spread over 12 months
        for year in (2025, 2026, 2027):
            bid = det_uuid(rng)
            wb.writerow([bid, aid, str(year), f"{year}-01-01", f"{year}-12-31", 0, NOW, NOW])
            revenue = level * 12 * rng.randrange(90, 116) // 100 // 100 * 100  # whole units
            figures = [("revenue", revenue)] + [
                (c, revenue * rng.randrange(12, 36) // 100 // 100 * 100) for c in rng.sample(COST_CATEGORIES, 2)]
            for category, figure in figures:
                share = figure // 12
                for month in range(1, 13):
                    amount = share if month < 12 else figure - 11 * share
                    wl.writerow([bid, aid, f"{year}-{month:02d}-01", category, money(amount), currency])

        # posted entries: amounts positive, a reversal is the opposite amount, dated in the same month
        revenue_of = {}
        for (y, m) in PNL_MONTHS:
            days = calendar.monthrange(y, m)[1]
            ym = f"{y}{m:02d}"
            revenue = level * rng.randrange(50, 141) // 100
            revenue_of[(y, m)] = revenue
            entries = [("revenue", revenue, f"Fees {y}-{m:02d}", f"R-{i:05d}-{ym}")]
            for k in range(rng.choices((1, 2, 3), (35, 50, 15))[0]):
                category = rng.choices(COST_CATEGORIES, COST_WEIGHTS)[0]
                entries.append((category, revenue * rng.randrange(10, 46) // 100,
                                f"{COST_TEXT[category]} {y}-{m:02d}", f"C-{i:05d}-{ym}-{k + 1}"))
            for category, amount, text, reference in entries:
                day = rng.randint(1, days)
                eid = det_uuid(rng)
                we.writerow([eid, aid, category, f"{y}-{m:02d}-{day:02d}", money(amount), currency, text, reference,
                             "", "", f"{y}-{m:02d}-{day:02d} 18:00:00+00"])
                if rng.random() < 0.005:
                    later = rng.randint(day, days)
                    we.writerow([det_uuid(rng), aid, category, f"{y}-{m:02d}-{later:02d}", money(-amount), currency,
                                 f"Reversal of {reference}", reference, eid, "", f"{y}-{m:02d}-{later:02d} 19:00:00+00"])

        # invoices: the month's revenue, due 30 days after issue; paid around the due date, so the old
        # ones are paid and the recent ones still issued (some partly paid); a few void or written off
        for (y, m) in INVOICE_MONTHS:
            if rng.random() < 0.04:
                continue  # a month without an invoice
            issue = date(y, m, rng.randint(1, 24 if (y, m) == (TODAY.year, TODAY.month) else 28))
            due = issue + timedelta(days=30)
            amount = revenue_of[(y, m)]
            iid, number = det_uuid(rng), f"B-{i}-{y}{m:02d}"
            payments, closed, status = [], None, None
            r = rng.random()
            if r < 0.01:
                status, closed = "void", min(issue + timedelta(days=rng.randrange(1, 15)), TODAY)
            elif r < 0.03 and due + timedelta(days=120) < TODAY:
                status = "written_off"
                if rng.random() < 0.5:
                    payments.append((due + timedelta(days=rng.randrange(0, 30)), amount * rng.randrange(10, 60) // 100))
                closed = due + timedelta(days=rng.randrange(90, 120))
            elif r < 0.05:
                status = "issued"  # never paid: overdue once past its due date
            else:
                settled = max(due + timedelta(days=rng.randrange(-25, 45)), issue + timedelta(days=1))
                if rng.random() < 0.1:  # in two instalments
                    first = amount * rng.randrange(30, 71) // 100
                    payments.append((max(settled - timedelta(days=rng.randrange(10, 40)), issue), first))
                    payments.append((settled, amount - first))
                else:
                    payments.append((settled, amount))
                if settled <= TODAY:
                    status, closed = "paid", settled
                else:
                    status = "issued"
                    payments = [p for p in payments if p[0] <= TODAY]
                    if not payments and issue < TODAY and rng.random() < 0.25:  # partly paid
                        payments.append((issue + timedelta(days=rng.randrange(1, (TODAY - issue).days + 1)),
                                         amount * rng.randrange(20, 81) // 100))
            paid = sum(p[1] for p in payments)
            last = max([issue] + [p[0] for p in payments] + ([closed] if closed else []))
            wi.writerow([iid, number, aid, issue.isoformat(), due.isoformat(), money(amount), currency, status,
                         money(paid), closed.isoformat() if closed else "", f"Services {y}-{m:02d}", 0,
                         f"{issue} 09:00:00+00", f"{last} 09:00:00+00"])
            for k, (paid_on, part) in enumerate(payments):
                wp.writerow([det_uuid(rng), iid, paid_on.isoformat(), money(part), f"PAY-{number}-{k + 1}", "",
                             f"{paid_on} 12:00:00+00"])
    for f in files:
        f.close()


# issues: severity shares and the due targets of application.properties (clientele.issues.due.*)
SEVERITIES = [("low", 30, 30), ("medium", 40, 10), ("high", 22, 3), ("critical", 8, 1)]
ISSUE_CATEGORIES = ["delivery", "quality", "scope", "billing", "relationship", "retention_risk"]
ACTIVITY_TYPES = ["meeting", "call", "email", "note"]
ACTIVITY_WEIGHTS = [20, 30, 40, 10]
FIRST_RAISED = datetime(2025, 1, 1, tzinfo=timezone.utc)
NOW_AT = datetime(2026, 11, 25, tzinfo=timezone.utc)


def relationship(out, account_ids, owner_of, issues, activities, seed):
    """Issues and activities over the accounts: issues raised over 2025-01..2026-11-25, the older
    ones resolved or closed, ~20 % of the last 120 days still open or in progress (many of them past
    their due date); activities spread evenly over the accounts and over 2025-01..2026-11-25, so that
    about one account in ten has had no contact since 2026-10-01. Its own random stream."""
    rng = random.Random(f"relationship-{seed}")
    span = int((NOW_AT - FIRST_RAISED).total_seconds())
    with open(os.path.join(out, "account_issue.csv"), "w", newline="") as f:
        w = csv.writer(f)
        for i in range(issues):
            aid = account_ids[rng.randrange(len(account_ids))]
            owner = owner_of[aid]
            severity, _, days = rng.choices(SEVERITIES, [s[1] for s in SEVERITIES])[0]
            raised = FIRST_RAISED + timedelta(seconds=rng.randrange(span))
            due = raised + timedelta(days=days)
            recent = (NOW_AT - raised).days < 120
            status = (rng.choice(["open", "in_progress"]) if recent and rng.random() < 0.2
                      else rng.choice(["resolved", "closed"]))
            resolution = "Fixed with the client" if status in ("resolved", "closed") else ""
            w.writerow([det_uuid(rng), aid, f"Issue {i:06d}", "", severity, rng.choice(ISSUE_CATEGORIES), owner,
                        owner, status, raised.isoformat(), due.isoformat(), 0, resolution, 0,
                        raised.isoformat(), raised.isoformat()])
    with open(os.path.join(out, "activity.csv"), "w", newline="") as f:
        w = csv.writer(f)
        per_account = activities // len(account_ids)
        for k, aid in enumerate(account_ids):
            # every tenth account went quiet before 2026-10-01
            last = NOW_AT if k % 10 else datetime(2026, 9, 1, tzinfo=timezone.utc)
            quiet_span = int((last - FIRST_RAISED).total_seconds())
            owner = owner_of[aid]
            for _ in range(per_account + (1 if k < activities % len(account_ids) else 0)):
                at = FIRST_RAISED + timedelta(seconds=rng.randrange(quiet_span))
                kind = rng.choices(ACTIVITY_TYPES, ACTIVITY_WEIGHTS)[0]
                w.writerow([det_uuid(rng), aid, kind, at.isoformat(), "{" + owner + "}", "{}",
                            f"{kind.capitalize()} with the client", 0, at.isoformat(), at.isoformat()])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--opportunities", type=int, default=1_000_000)
    p.add_argument("--staff", type=int, default=200)
    p.add_argument("--accounts", type=int, default=20_000)
    p.add_argument("--pnl-accounts", type=int, default=10_000,
                   help="the first N accounts get three years of P&L entries, budgets and invoices")
    p.add_argument("--issues", type=int, default=200_000)
    p.add_argument("--activities", type=int, default=2_000_000)
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
    account_ids = []  # in generation order
    owner_of = {}
    with open(os.path.join(a.out, "account.csv"), "w", newline="") as f:
        w = csv.writer(f)
        for i in range(a.accounts):
            owner = managers[0] if i % 20 == 0 else managers[rng.randrange(len(managers))]
            aid = det_uuid(rng)
            accounts_of[owner].append(aid)
            account_ids.append(aid)
            owner_of[aid] = staff_id(owner)
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

    # before the opportunities, so opportunity_history.csv stays the last file written (run.py's sign
    # of a complete data set)
    pnl(a.out, account_ids[:a.pnl_accounts], a.seed)
    relationship(a.out, account_ids, owner_of, a.issues, a.activities, a.seed)

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
