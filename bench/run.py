#!/usr/bin/env python3
"""Clientele bench: loads seeded data with COPY, starts the packaged jar against it, drives each
scenario with wrk and prints p50/p95/p99 and requests/s beside the time of the same SQL run
directly through psql, on the same machine in the same run.

usage: bench/run.py [--opportunities 1000000] [--duration 20] [--connections 4] [--reuse-data]
Needs: ./mvnw package -DskipTests done, PostgreSQL on 127.0.0.1:5432 (user postgres), python3,
openssl, psql; wrk is installed with apt-get when missing.
"""
import argparse
import base64
import http.client
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
OUT = os.path.join(BENCH, "out")
DB = "clientele_bench"
ISSUER = "clientele-bench"
PG = ["psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres"]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def keys():
    key = os.path.join(OUT, "bench-key.pem")
    if not os.path.exists(key):
        sh(["openssl", "genrsa", "-out", key, "2048"])
    der = subprocess.run(["openssl", "rsa", "-in", key, "-pubout", "-outform", "DER"],
                         check=True, capture_output=True).stdout
    return key, base64.b64encode(der).decode()


def token(key, subject, roles):
    """An RS256 JWT signed with openssl, as the identity provider would issue it."""
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "bench"}).encode())
    now = int(time.time())
    claims = {"iss": ISSUER, "sub": subject, "groups": roles, "iat": now, "exp": now + 6 * 3600}
    payload = b64url(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key, "-binary"],
                               input=f"{header}.{payload}".encode(), check=True, capture_output=True).stdout
    return f"{header}.{payload}.{b64url(signature)}"


def ensure_wrk():
    if shutil.which("wrk") is None:
        print("installing wrk (Debian package)")
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, capture_output=True)


def load(args):
    data = os.path.join(OUT, f"data-{args.opportunities}-{args.seed}")
    # opportunity_history.csv is written last; invoice_payment.csv appeared with the P&L data, activity.csv
    # with issues and activities
    if not all(os.path.exists(os.path.join(data, f)) for f in ("opportunity_history.csv", "invoice_payment.csv", "activity.csv")):
        print(f"generating {args.opportunities} opportunities (seed {args.seed}) into {data}")
        sh([sys.executable, os.path.join(BENCH, "generate.py"), data, "--opportunities", str(args.opportunities),
            "--staff", str(args.staff), "--accounts", str(args.accounts), "--seed", str(args.seed)])
    print("loading with COPY ...")
    started = time.time()
    with open(os.path.join(BENCH, "load.sql")) as f:
        script = f.read().replace("DATA_DIR", data)
    subprocess.run(PG + ["-d", DB], input=script, text=True, check=True,
                   env={**os.environ, "PGOPTIONS": "-c search_path=clientele"})
    print(f"loaded in {time.time() - started:.0f} s")


def start_app(public_key, port):
    jar = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
    if not os.path.exists(jar):
        sys.exit("no packaged app: run ./mvnw package -DskipTests first")
    env = {**os.environ,
           "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://127.0.0.1:5432/{DB}?currentSchema=clientele",
           "QUARKUS_OIDC_PUBLIC_KEY": public_key, "QUARKUS_OIDC_TOKEN_ISSUER": ISSUER,
           "QUARKUS_HTTP_PORT": str(port), "QUARKUS_LOG_LEVEL": "WARN"}
    log = open(os.path.join(OUT, "app.log"), "w")
    # BENCH_JAVA_OPTS: JVM flags for the app, e.g. a flight recording to profile a scenario
    java = ["java", *shlex.split(os.environ.get("BENCH_JAVA_OPTS", "")), "-jar", jar]
    app = subprocess.Popen(java, env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return app
        except Exception:
            time.sleep(1)
    app.kill()
    sys.exit("the app did not become ready; see bench/out/app.log")


def get(port, path, tok):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"Bearer {tok}"})
    with urllib.request.urlopen(request, timeout=60) as r:
        return json.loads(r.read())


def wrk(port, path, tok, seconds, connections):
    env = {**os.environ, "BENCH_PATH": path, "BENCH_TOKEN": tok}
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", os.path.join(BENCH, "scenario.lua"),
           f"http://127.0.0.1:{port}"]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    m = re.search(r"RESULT p50=([\d.]+) p95=([\d.]+) p99=([\d.]+) rps=([\d.]+) requests=(\d+) errors=(\d+)", out)
    return {k: float(v) for k, v in zip(["p50", "p95", "p99", "rps", "requests", "errors"], m.groups())}


def feed_walk(port, tok, pages, limit):
    """Follows the change feed from its start like a connector: each page's nextCursor is the next
    request's `after`, over one kept-alive connection. Answers the changes read, the seconds it took,
    each page's milliseconds (request to parsed page), the seconds spent serving (request to last
    byte, the client's JSON parsing left out) and the cursors it was given, in order."""
    cursor, cursors, changes, page_ms, served = None, [], 0, [], 0.0
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.monotonic()
    for _ in range(pages):
        path = f"/api/v1/changes?limit={limit}" + (f"&after={urllib.parse.quote(cursor)}" if cursor else "")
        t0 = time.monotonic()
        connection.request("GET", path, headers={"Authorization": f"Bearer {tok}"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            sys.exit(f"feed page answered {response.status}: {body[:300]!r}")
        served += time.monotonic() - t0
        page = json.loads(body)
        page_ms.append((time.monotonic() - t0) * 1000)
        changes += len(page["items"])
        cursor = page["nextCursor"]
        cursors.append(cursor)
        if not page["items"]:
            break
    connection.close()
    return changes, time.monotonic() - started, page_ms, served, cursors


def post(port, path, tok, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                     headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as r:
        return json.loads(r.read())


def upsert_bench(port, tok, n, batch, clients=1):
    """n opportunities upserted through POST /sync/opportunities in batches of `batch` by `clients`
    clients at once (each its own share of the batches), created on a first pass and changed
    (amount and stage) on a second; then the same rows through COPY, in a transaction rolled back
    afterwards. Answers the three rates."""
    pairs = [line.split("|") for line in sh(PG + ["-d", DB, "-Atc",
             "select id, owner_id from clientele.account order by id limit 2000"]).split()]
    run_id = datetime.now(timezone.utc).strftime("%H%M%S")
    stages = ["prospecting", "qualification", "proposal", "negotiation"]

    def records(second_pass):
        out = []
        for i in range(n):
            account, owner = pairs[i % len(pairs)]
            out.append({"externalId": f"up-{run_id}-{i}", "accountId": account, "ownerId": owner,
                        "name": f"Upserted deal {i}", "stage": stages[(i + (1 if second_pass else 0)) % 4],
                        "amount": {"amount": f"{1000 + i % 5000 + (250 if second_pass else 0)}.00", "currency": "EUR"},
                        "closeDate": f"2026-{1 + i % 12:02d}-15"})
        return out

    rates = {}
    for label, second in (("created", False), ("updated", True)):
        rows = records(second)
        failures = []

        def client(c):
            for k in range(c * batch, n, clients * batch):
                answer = post(port, "/api/v1/sync/opportunities", tok,
                              {"source": "bench", "records": rows[k:k + batch]})
                failures.extend(r for r in answer["results"] if r["result"] != label)

        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if failures:
            sys.exit(f"upsert bench: expected {label}, got {failures[0]}")
        rates[label] = n / (time.monotonic() - started)
    # COPY of the same rows (as created), timed by psql, rolled back so the data set stays as it was
    csv_path = os.path.join(OUT, "upsert-copy.csv")
    with open(csv_path, "w") as f:
        for i, r in enumerate(records(False)):
            f.write(f"{uuid_of(i)},{r['accountId']},{r['ownerId']},{r['name']},new_business,{r['stage']},"
                    f"{r['amount']['amount']},EUR,20,pipeline,{r['closeDate']},2026-12-02T00:00:00Z,"
                    f"2026-12-02T00:00:00Z,2026-12-02T00:00:00Z\n")
    script = ("set search_path = clientele;\nbegin;\n\\timing on\n"
              f"\\copy opportunity (id, account_id, owner_id, name, type, stage, amount, currency, probability, "
              f"forecast_category, close_date, created_at, updated_at, stage_entered_at) from '{csv_path}' with (format csv)\n"
              "\\timing off\nrollback;\n")
    out = subprocess.run(PG + ["-d", DB], input=script, check=True, capture_output=True, text=True).stdout
    copy_ms = float(re.findall(r"Time: ([\d.]+) ms", out)[-1])
    rates["copy"] = n / (copy_ms / 1000)
    # the data set stays as it was loaded: the upserted deals, their history, ids and feed entries go
    sh(PG + ["-d", DB, "-c", """
        set search_path = clientele;
        create temp table upserted as select opportunity_id as id from opportunity_external_id where source = 'bench';
        delete from opportunity_history where opportunity_id in (select id from upserted);
        delete from opportunity_external_id where source = 'bench';
        delete from change_log where record_id in (select id from upserted);
        delete from opportunity where id in (select id from upserted);""",
        "-c", "vacuum analyze clientele.opportunity, clientele.opportunity_history, clientele.change_log"])
    return rates


def uuid_of(i):
    return f"00000000-0000-4000-9000-{i:012d}"


def feed_sql(after_ticket, after_id, limit):
    """The statements of one ChangeFeed page for an integration (no visibility predicate): the page,
    then the current records of its accounts and opportunities with their external ids (the page's
    ids taken again from change_log, all of them for both tables: the app sends each table its own)."""
    page_ids = (f"select record_id from change_log where xid = (select xid from change_transaction where "
                f"ticket = {after_ticket}) and id > {after_id} order by id limit {limit}")
    records = ""
    for table, columns in (
            ("account", "r.id, r.name, r.industry, r.tier, r.status, r.region, r.owner_id, r.parent_id, "
                                    "r.annual_revenue_target_amount, r.annual_revenue_target_currency, r.satisfaction, "
                                    "r.renewal_date, r.version, r.created_at, r.updated_at"),
            ("opportunity", "r.id, r.account_id, r.owner_id, r.name, r.type, r.source, r.stage, "
                                             "r.amount, r.currency, r.probability, r.forecast_category, r.close_date, "
                                             "r.closed_date, r.next_step, r.lost_reason, r.version, r.created_at, "
                                             "r.updated_at")):
        records += f"""
select {columns}, r.deleted_at is not null, e.sources, e.ids
from {table} r
left join lateral (select array_agg(x.source order by x.source) as sources,
                          array_agg(x.external_id order by x.source) as ids
                   from {table}_external_id x where x.{table}_id = r.id) e on true
where r.id = any(array({page_ids}));
"""
    return f"""
select * from (
  select * from (
    select cast({after_ticket} as bigint) as ticket, c.id, c.type, c.record_id, c.version, c.operation, c.at
    from change_log c
    where c.xid = (select xid from change_transaction where ticket = {after_ticket}) and c.id > {after_id} and true
    order by c.id limit {limit}) current_transaction
  union all
  select * from (
    select l.ticket, c.id, c.type, c.record_id, c.version, c.operation, c.at
    from (select ticket, xid from change_transaction where ticket > {after_ticket} order by ticket limit {limit}) l
    cross join lateral (select c.id, c.type, c.record_id, c.version, c.operation, c.at from change_log c
                        where c.xid = l.xid and true order by c.id limit {limit}) c
    order by l.ticket, c.id limit {limit}) later_transactions
  order by 1, 2 limit {limit}) page
union all
select (select max(ticket) from (select ticket from change_transaction where ticket > {after_ticket}
                                 order by ticket limit {limit}) scanned), null, null, null, null, null, null;
{records}"""


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def list_sql(director, owner, stage, date_from, date_to, limit, after=None):
    visible = f"(select id from staff_subtree('{director}'))"
    keyset = ""
    if after:
        d, i = after
        keyset = f" and ((o.close_date, o.id) > (cast('{d}' as date), '{i}'))"
    return (f"select o.* from opportunity o join pipeline_stage ps on ps.key = o.stage "
            f"where o.deleted_at is null and (o.owner_id in {visible} or exists (select 1 from "
            f"account_team_member tm where tm.account_id = o.account_id and tm.staff_id in {visible})) "
            f"and o.owner_id = '{owner}' and o.stage in ('{stage}') and o.close_date >= '{date_from}' "
            f"and o.close_date <= '{date_to}'{keyset} order by o.close_date asc, o.id asc limit {limit + 1}")


def summary_sql(director, start, end):
    """The three statements of PipelineQueries for one summary, as one script."""
    deals = (f"select o.* from opportunity o where o.deleted_at is null and o.owner_id in "
             f"(select id from staff_subtree('{director}')) and o.close_date >= '{start}' and o.close_date < '{end}'")
    return f"""
with deals as ({deals}), converted as (
  select d.stage, d.probability, d.currency, d.close_date,
         d.amount * case when d.currency = 'USD' then 1 else fx.rate end as amount
  from deals d left join exchange_rate fx on fx.currency = d.currency and fx.month = cast(date_trunc('month', d.close_date) as date))
select s.key, s.label, s.closed, s.won, count(c.stage), coalesce(sum(c.amount), 0), coalesce(sum(c.amount * c.probability / 100), 0),
       array_remove(array_agg(distinct case when c.amount is null and c.stage is not null then c.currency || ' ' || to_char(c.close_date, 'YYYY-MM') end), null)
from pipeline_stage s left join converted c on c.stage = s.key
group by s.key, s.label, s.closed, s.won, s.position, s.retired having not s.retired or count(c.stage) > 0 order by s.position, s.key;
with created as (
  select o.currency, o.created_at, o.amount * case when o.currency = 'USD' then 1 else fx.rate end as amount
  from opportunity o left join exchange_rate fx on fx.currency = o.currency
   and fx.month = cast(date_trunc('month', o.created_at at time zone 'UTC') as date)
  where o.deleted_at is null and o.owner_id in (select id from staff_subtree('{director}'))
    and o.created_at >= cast('{start}' as timestamp) at time zone 'UTC' and o.created_at < cast('{end}' as timestamp) at time zone 'UTC')
select count(*), coalesce(sum(amount), 0) from created;
with deals as ({deals})
select s.key, s.closed, sum(v.stays), sum(v.seconds), count(*), count(*) filter (where v.furthest_later > s.position)
from deals d cross join lateral (
  select p.stage, p.stays, p.seconds, max(case when not (ls.closed and not ls.won) then ls.position end)
    over (order by p.ord rows between 1 following and unbounded following) as furthest_later
  from unnest(d.stage_path, d.stage_stays, d.stage_seconds) with ordinality as p(stage, stays, seconds, ord)
  join pipeline_stage ls on ls.key = p.stage) v
join pipeline_stage s on s.key = v.stage group by s.key, s.closed, s.position order by s.position, s.key
"""


def sql_timing_script(script, statements, runs):
    # two untimed warm-ups, then `runs` timed repetitions of the request's statements
    # the app's connections run with jit=off (application.properties): so does this
    body = "\\o /dev/null\nset search_path = clientele;\nset jit = off;\n" + script + ";\n" + script + ";\n\\timing on\n"
    body += (script.strip().rstrip(";") + ";\n") * runs
    out = subprocess.run(PG + ["-d", DB], input=body, check=True, capture_output=True, text=True).stdout
    times = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", out)]
    per_request = [sum(times[i:i + statements]) for i in range(0, len(times) - statements + 1, statements)]
    return per_request


def forecast_sql(root, start, end):
    """The statements of ForecastQueries for one forecast by staff: owners, totals, reports, quotas."""
    owners = (f"select '{root}'::uuid union all select id from staff_subtree('{root}')")
    return f"""
with recursive tree(id, row_id) as (
  select s.id, s.id from staff s where s.manager_id = '{root}'
  union all select c.id, t.row_id from staff c join tree t on c.manager_id = t.id)
select id, row_id from tree;
with deals as (
  select cast(o.owner_id as text) as key, o.forecast_category as category, o.probability, o.currency, o.close_date,
         o.amount * case when o.currency = 'USD' then 1 else fx.rate end as amount
  from opportunity o
  left join exchange_rate fx on fx.currency = o.currency and fx.month = cast(date_trunc('month', o.close_date) as date)
  where o.deleted_at is null and o.owner_id = any (array({owners}))
    and o.close_date >= '{start}' and o.close_date < '{end}')
select key, count(*) filter (where category = 'closed'), count(*) filter (where category = 'commit'),
       count(*) filter (where category = 'best_case'), count(*) filter (where category = 'pipeline'),
       coalesce(sum(amount) filter (where category = 'closed'), 0), coalesce(sum(amount) filter (where category = 'commit'), 0),
       coalesce(sum(amount) filter (where category = 'best_case'), 0),
       coalesce(sum(amount) filter (where category in ('pipeline', 'best_case', 'commit')), 0),
       coalesce(sum(amount * probability / 100) filter (where category in ('pipeline', 'best_case', 'commit')), 0),
       coalesce(array_agg(distinct currency || ' ' || to_char(close_date, 'YYYY-MM')) filter (where amount is null), '{{}}')
from deals group by key;
select id, name from staff where manager_id = '{root}' order by name, id;
select q.staff_id, q.period, q.amount * case when q.currency = 'USD' then 1 else fx.rate end
from quota q left join exchange_rate fx on fx.currency = q.currency and fx.month = cast(date_trunc('month', q.period_start) as date)
where q.staff_id in (select '{root}'::uuid union all select id from staff where manager_id = '{root}')
  and q.period_start >= '{start}' and q.period_end <= (cast('{end}' as date) - 1)
"""


def review_kpis_sql(reviewee, start, end):
    """The statements behind one review's live KPIs: KpiQueries.facts (deals closed and created in
    the cycle, accounts), then the forecast's quota and last call for the reviewee (Targets.of)."""
    def missing(amount, month):
        return (f"coalesce(array_agg(distinct currency || ' ' || to_char({month}, 'YYYY-MM')) "
                f"filter (where {amount} is null), '{{}}')")
    return f"""
with closed as (
  select o.forecast_category = 'closed' as won, o.currency, o.close_date,
         o.amount * case when o.currency = 'USD' then 1 else fx.rate end as amount
  from opportunity o
  join pipeline_stage s on s.key = o.stage and s.closed
  left join exchange_rate fx on fx.currency = o.currency and fx.month = cast(date_trunc('month', o.close_date) as date)
  where o.owner_id = '{reviewee}' and o.deleted_at is null and o.close_date >= '{start}' and o.close_date < '{end}'),
created as (
  select o.currency, o.created_at at time zone 'UTC' as created,
         o.amount * case when o.currency = 'USD' then 1 else fx.rate end as amount
  from opportunity o
  left join exchange_rate fx on fx.currency = o.currency
        and fx.month = cast(date_trunc('month', o.created_at at time zone 'UTC') as date)
  where o.owner_id = '{reviewee}' and o.deleted_at is null
    and o.created_at >= '{start}T00:00:00Z' and o.created_at < '{end}T00:00:00Z'),
owned as (
  select a.status, a.satisfaction from account a
  where a.owner_id = '{reviewee}' and a.deleted_at is null and a.created_at < '{end}T00:00:00Z'),
won as (select * from closed where won)
select (select count(*) from won), (select coalesce(sum(amount), 0) from won),
       (select count(*) from closed where not won), (select coalesce(sum(amount), 0) from created),
       (select count(*) filter (where status <> 'churned') from owned),
       (select count(*) filter (where status = 'churned') from owned),
       (select avg(satisfaction) from owned),
       array(select m from (select {missing("amount", "close_date")} as missing from won
                            union all select {missing("amount", "created")} from created) r,
             unnest(r.missing) m group by m order by m);
select q.staff_id, q.period, q.amount * case when q.currency = 'USD' then 1 else fx.rate end
from quota q left join exchange_rate fx on fx.currency = q.currency and fx.month = cast(date_trunc('month', q.period_start) as date)
where q.staff_id in ('{reviewee}') and q.period_start >= '{start}' and q.period_end <= (cast('{end}' as date) - 1);
select distinct on (s.staff_id) s.staff_id, s.id, s.commit, s.best_case, s.submitted_at, a.commit, a.best_case, a.adjusted_at
from forecast_submission s
left join lateral (select * from forecast_adjustment a where a.submission_id = s.id
                   order by a.adjusted_at desc, a.id desc limit 1) a on true
where s.staff_id in ('{reviewee}') and s.period = '2026-H1'
order by s.staff_id, s.submitted_at desc, s.id desc
"""


def visible_account_sql(director, alias="a"):
    """staff/Visibility.account for a director: the owner or someone on the account team in the subtree."""
    team = f"(select id from staff_subtree('{director}'))"
    return (f"({alias}.owner_id in {team} or exists (select 1 from account_team_member tm "
            f"where tm.account_id = {alias}.id and tm.staff_id in {team}))")


def overdue_issues_sql(director, limit):
    """IssueQueries.list for scope=team&overdue=true (sorted by dueAt), then the page's moves."""
    return f"""
select i.* from account_issue i join account a on a.id = i.account_id
where i.deleted_at is null and a.deleted_at is null and {visible_account_sql(director)}
  and i.owner_id in (select id from staff_subtree('{director}'))
  and i.status in ('open', 'in_progress') and i.due_at < now()
order by i.due_at, i.id limit {limit + 1};
select t.* from account_issue_transition t where t.issue_id in (
  select i.id from account_issue i join account a on a.id = i.account_id
  where i.deleted_at is null and a.deleted_at is null and {visible_account_sql(director)}
    and i.owner_id in (select id from staff_subtree('{director}'))
    and i.status in ('open', 'in_progress') and i.due_at < now()
  order by i.due_at, i.id limit {limit + 1}) order by t.issue_id, t.seq
"""


def not_contacted_sql(director, since, limit):
    """AccountQueries.list for notContactedSince (sorted by name), then the page's external ids."""
    page = (f"select a.* from account a where a.deleted_at is null and {visible_account_sql(director)} "
            f"and coalesce(a.last_contact_at, cast('-infinity' as timestamptz)) < '{since}T00:00:00Z' "
            f"order by a.name, a.id limit {limit + 1}")
    return f"""
{page};
select e.source, e.external_id, e.account_id from account_external_id e where e.account_id in (select id from ({page}) p)
"""


def review_list_sql(director, limit):
    """ReviewQueries.list for a director: the reviews their subtree writes (or their own, once shared)."""
    return f"""
select r.* from review r
where (r.reviewer_id = any(array(select id from staff_subtree('{director}')))
       or (r.reviewee_id = '{director}' and r.status <> 'draft'))
order by r.created_at desc, r.id desc limit {limit + 1}
"""


# the first account of the P&L data set (USD, owned by bench-20, 104 entries over 36 months)
PNL_ACCOUNT = "bdd640fb-0667-4ad1-9c80-317fa3b1799d"


def pnl_sql(first_month, last_month, account=None):
    """The statement of PnlQueries: one account by month (monthly cells), or every account by director
    over whole calendar years (the yearly rollup pnl_year)."""
    categories = ["revenue", "staff", "third_party", "media", "travel", "other"]
    figures = "".join(f",\n coalesce(sum(c.amount) filter (where not c.budget and c.category = '{c}'), 0) as a_{c}"
                      for c in categories)
    figures += "".join(f",\n case when sum(c.cells) filter (where c.budget and c.category = '{c}') > 0"
                       f" then sum(c.amount) filter (where c.budget and c.category = '{c}') end as b_{c}"
                       for c in categories)
    columns = ", ".join([f"g.a_{c}" for c in categories] + [f"g.b_{c}" for c in categories])
    if account:
        months = f"between '{first_month}-01' and '{last_month}-01'"
        return f"""
with recursive converted as (
  select c.account_id, c.month, c.category, c.budget,
         pnl_convert(c.amount, c.currency, fx.rate, 'USD', 2) as amount,
         1 as cells,
         case when (case when c.currency = 'USD' then 1 else fx.rate end) is null
              then c.currency || ' ' || to_char(c.month, 'YYYY-MM') end as missing
  from (select m.account_id, m.month, m.category, m.currency, false as budget, m.amount
        from pnl_month m where m.month {months} and m.account_id = '{account}'
        union all
        select l.account_id, l.month, l.category, l.currency, true, l.amount
        from budget_line l where l.month {months} and l.account_id = '{account}') c
  left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month),
grouped as (
  select c.month as k{figures}, string_agg(c.missing, ',') as missing from converted c group by 1)
select to_char(g.k, 'YYYY-MM'), cast(null as text), {columns}, g.missing from grouped g
"""
    # the decomposition PnlQueries makes with fiscal years starting in January: a year fully or
    # mostly (7+ months) in the range from pnl_year, less its months outside; else its cells
    def cells(first, last, sign):
        months = f"between '{first}-01' and '{last}-01'"
        return f"""
  select c.account_id, c.month, c.category, c.budget,
         {sign} * pnl_convert(c.amount, c.currency, fx.rate, 'USD', 2) as amount,
         {sign} as cells,
         case when {sign} > 0 and (case when c.currency = 'USD' then 1 else fx.rate end) is null
              then c.currency || ' ' || to_char(c.month, 'YYYY-MM') end as missing
  from (select m.account_id, m.month, m.category, m.currency, false as budget, m.amount
        from pnl_month m where m.month {months}
        union all
        select l.account_id, l.month, l.category, l.currency, true, l.amount
        from budget_line l where l.month {months}) c
  left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month"""

    parts = []
    for year in range(int(first_month[:4]), int(last_month[:4]) + 1):
        covered_from = max(first_month, f"{year}-01")
        covered_to = min(last_month, f"{year}-12")
        covered = (int(covered_to[:4]) - int(covered_from[:4])) * 12 + int(covered_to[5:]) - int(covered_from[5:]) + 1
        if covered > 6:
            parts.append(f"""
  select y.account_id, cast(null as date) as month, y.category, y.budget, y.converted as amount,
         y.months as cells, nullif(array_to_string(y.missing, ','), '') as missing
  from pnl_year y where y.year = {year}""")
            if covered_from > f"{year}-01":
                before = f"{year}-{int(covered_from[5:]) - 1:02d}"
                parts.append(cells(f"{year}-01", before, -1))
            if covered_to < f"{year}-12":
                after = f"{year}-{int(covered_to[5:]) + 1:02d}"
                parts.append(cells(after, f"{year}-12", -1))
        else:
            parts.append(cells(covered_from, covered_to, 1))
    converted = " union all ".join(parts)
    return f"""
with recursive
chain(staff_id, node_id, depth) as (
  select s.id, s.id, 0 from staff s
  union all
  select c.staff_id, s.manager_id, c.depth + 1 from chain c join staff s on s.id = c.node_id
  where s.manager_id is not null and not ('director' = any(s.roles))),
director_of as (
  select distinct on (c.staff_id) c.staff_id, c.node_id as director_id
  from chain c join staff s on s.id = c.node_id where 'director' = any(s.roles) order by c.staff_id, c.depth),
converted as ({converted}),
grouped as (
  select d.director_id as k{figures}, string_agg(c.missing, ',') as missing
  from converted c join account a on a.id = c.account_id left join director_of d on d.staff_id = a.owner_id
  group by 1)
select coalesce(cast(g.k as text), ''), s.name, {columns}, g.missing
from grouped g left join staff s on s.id = g.k
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--opportunities", type=int, default=1_000_000)
    p.add_argument("--staff", type=int, default=200)
    p.add_argument("--accounts", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--duration", type=int, default=20)
    p.add_argument("--connections", type=int, default=1)
    p.add_argument("--sql-runs", type=int, default=40)
    p.add_argument("--port", type=int, default=8181)
    p.add_argument("--reuse-data", action="store_true", help="keep the rows already in the bench database")
    p.add_argument("--load-only", action="store_true", help="load the data set, measure nothing")
    p.add_argument("--only", help="measure only the scenarios whose name contains this text")
    p.add_argument("--upserts", type=int, default=100_000, help="opportunities the upsert bench writes")
    p.add_argument("--upsert-clients", type=int, default=1, help="clients the upsert bench runs at once")
    p.add_argument("--feed-pages", type=int, default=300, help="pages of 1000 changes the feed walk reads")
    args = p.parse_args()
    os.makedirs(OUT, exist_ok=True)
    ensure_wrk()
    key, public_key = keys()
    if DB not in sh(PG + ["-d", "postgres", "-Atc", "select datname from pg_database"]).split():
        sh(PG + ["-d", "postgres", "-c", f"create database {DB}"])
    app = start_app(public_key, args.port)  # Flyway migrates the bench database on start
    try:
        if not args.reuse_data:
            load(args)
        if args.load_only:
            return
        director, owner = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000020"
        top = "00000000-0000-4000-8000-000000000000"  # the executive at the top: the whole company
        director_token = token(key, "bench-1", ["director"])
        results = []

        # 1 and 2: a filtered list (owner + stage + close date range), first page and 200th page
        limit, date_from, date_to = 25, "2025-07-01", "2027-06-30"
        query = (f"/api/v1/opportunities?ownerId={owner}&stage=proposal&closeDateFrom={date_from}"
                 f"&closeDateTo={date_to}&limit={limit}")
        page, cursor = get(args.port, query, director_token), None
        for _ in range(199):
            cursor = page["nextCursor"]
            if cursor is None:
                sys.exit("fewer than 200 pages at this scale: run with more --opportunities")
            page = get(args.port, query + "&cursor=" + urllib.parse.quote(cursor), director_token)
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        # the big owner's draft review for 2026-H1 (written by bench-10, below bench-1): live KPIs
        review_of_owner = sh(PG + ["-d", DB, "-Atc", "select id from clientele.review where reviewee_id = "
                                   f"'{owner}' and cycle = '2026-H1'"]).strip()
        scenarios = [
            ("list page 1 (owner+stage+dates)", query, list_sql(director, owner, "proposal", date_from, date_to, limit), 1),
            ("list page 200", query + "&cursor=" + urllib.parse.quote(cursor),
             list_sql(director, owner, "proposal", date_from, date_to, limit, (state["values"][0], state["id"])), 1),
            ("director team summary 2026-Q2", "/api/v1/pipeline/summary?period=2026-Q2",
             summary_sql(director, "2026-04-01", "2026-07-01"), 3),
            ("director team forecast 2026-Q2", "/api/v1/forecasts/2026-Q2",
             forecast_sql(director, "2026-04-01", "2026-07-01"), 4),
            ("company forecast by staff 2026-Q2", "/api/v1/forecasts/2026-Q2?staffId=" + top,
             forecast_sql(top, "2026-04-01", "2026-07-01"), 4),
            ("company P&L 2026 by director", "/api/v1/pnl?from=2026-01&to=2026-12&groupBy=director",
             pnl_sql("2026-01", "2026-12"), 1),
            ("company P&L 2026-02..2027-01 by director", "/api/v1/pnl?from=2026-02&to=2027-01&groupBy=director",
             pnl_sql("2026-02", "2027-01"), 1),
            ("one account's 36-month P&L", f"/api/v1/accounts/{PNL_ACCOUNT}/pnl?from=2025-01&to=2027-12",
             pnl_sql("2025-01", "2027-12", PNL_ACCOUNT), 1),
            ("one review's KPIs (live, 2026-H1)", f"/api/v1/reviews/{review_of_owner}/kpis",
             review_kpis_sql(owner, "2026-01-01", "2026-07-01"), 3),
            ("director's list of 500 reviews", "/api/v1/reviews?limit=500", review_list_sql(director, 500), 1),
            ("director's overdue issues (team)", "/api/v1/issues?scope=team&overdue=true&limit=50",
             overdue_issues_sql(director, 50), 2),
            ("director's accounts not contacted", "/api/v1/accounts?notContactedSince=2026-10-01&limit=50",
             not_contacted_sql(director, "2026-10-01", 50), 2),
        ]
        if args.only:
            scenarios = [s for s in scenarios if args.only.lower() in s[0].lower()]
        executive_token = token(key, "bench-0", ["executive"])
        # finance is a role of the token: a subject outside the data set keeps every generated
        # staff member's roles as generated (the app mirrors the token's roles into staff)
        finance_token = token(key, "bench-finance", ["finance"])
        for name, path, sql, statements in scenarios:
            tok = (finance_token if "account's" in name
                   else executive_token if "company" in name else director_token)
            get(args.port, path, tok)  # must answer 200 before it is measured
            wrk(args.port, path, tok, 15, args.connections)  # warm-up: JIT and caches
            http = wrk(args.port, path, tok, args.duration, args.connections)
            sql_times = sql_timing_script(sql, statements, args.sql_runs)
            results.append((name, http, percentile(sql_times, 50), percentile(sql_times, 95)))

        feed_lines = []
        if not args.only or args.only.lower() in "change feed walk":
            sync_token = token(key, "bench-sync", ["integration"])
            feed_walk(args.port, sync_token, 20, 1000)  # warm-up
            changes, seconds, page_ms, served, cursors = feed_walk(args.port, sync_token, args.feed_pages, 1000)
            cursor = cursors[-1]
            ticket, change_id = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split(".")
            sql_times = sql_timing_script(feed_sql(ticket, int(change_id) - 1000, 1000), 3, args.sql_runs)
            results.append(("change feed walk (1000/page)",
                            {"p50": percentile(page_ms, 50), "p95": percentile(page_ms, 95),
                             "p99": percentile(page_ms, 99), "rps": len(page_ms) / seconds, "errors": 0},
                            percentile(sql_times, 50), percentile(sql_times, 95)))
            feed_lines.append(f"change feed walk: {changes} changes in {seconds:.1f} s = "
                              f"{changes / seconds:,.0f} changes/s (one client, pages of 1000 from the start); "
                              f"served in {served:.1f} s = {changes / served:,.0f} changes/s "
                              f"(the client's JSON parsing left out)")
            # one page from the walk's last quarter (opportunities) again and again with wrk: what
            # the server answers without this client's costs
            page_path = f"/api/v1/changes?limit=1000&after={urllib.parse.quote(cursors[len(cursors) * 3 // 4])}"
            page_size = len(get(args.port, page_path, sync_token)["items"])  # short at the log's end
            for connections in sorted({1, args.connections}):
                http_page = wrk(args.port, page_path, sync_token, args.duration, connections)
                feed_lines.append(f"change feed page (wrk, {connections} connection(s), pages of {page_size}): "
                                  f"{http_page['rps'] * page_size:,.0f} changes/s, p50 {http_page['p50']:.1f} ms, "
                                  f"{http_page['errors']:.0f} errors")

        if args.only and args.only.lower() in "opportunity upserts":
            rates = upsert_bench(args.port, token(key, "bench-sync", ["integration"]), args.upserts, 1000,
                                 args.upsert_clients)
            feed_lines.append(
                f"opportunity upserts, {args.upserts} in batches of 1000 ({args.upsert_clients} client(s)): created "
                f"{rates['created']:,.0f} rec/s, updated {rates['updated']:,.0f} rec/s; "
                f"COPY of the same rows {rates['copy']:,.0f} rec/s")

        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        cpu = sh(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).strip()
        lines = [f"# {stamp}, {args.opportunities} opportunities, {args.staff} staff, {args.accounts} accounts, "
                 f"wrk {args.connections} connections x {args.duration}s; {os.cpu_count()} cores ({cpu})",
                 f"{'scenario':34} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>6} "
                 f"{'SQL p50':>8} {'SQL p95':>8} {'p95/SQL':>8}"]
        for name, h, s50, s95 in results:
            lines.append(f"{name:34} {h['p50']:8.2f} {h['p95']:8.2f} {h['p99']:8.2f} {h['rps']:8.1f} "
                         f"{int(h['errors']):6d} {s50:8.2f} {s95:8.2f} {h['p95'] / s95:8.2f}")
        lines.extend(feed_lines)
        report = "\n".join(lines)
        print(report)
        with open(os.path.join(OUT, "results.txt"), "a") as f:
            f.write(report + "\n\n")
    finally:
        app.terminate()
        app.wait(timeout=30)


if __name__ == "__main__":
    main()
