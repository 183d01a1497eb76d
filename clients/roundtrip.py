"""The generated Python client against a running app: CLIENTELE_BASE_URL, CLIENTELE_TOKEN (a
manager's token) and CLIENTELE_RUN (unique per run) come from web/GeneratedClientsTest; the
generated package is on PYTHONPATH."""

import os
import sys

import clientele_client
from clientele_client import AccountInput, AccountPatch, AccountsApi, ApiClient, Configuration, Problem
from clientele_client.exceptions import ApiException

BASE_URL = os.environ["CLIENTELE_BASE_URL"]
TOKEN = os.environ["CLIENTELE_TOKEN"]
RUN = os.environ["CLIENTELE_RUN"]


def check(condition, what):
    if not condition:
        raise AssertionError("failed: " + what)
    print("ok " + what)


def main():
    accounts = AccountsApi(ApiClient(Configuration(host=BASE_URL, access_token=TOKEN)))

    first = accounts.list_accounts(limit=5)
    check(isinstance(first.items, list), "list_accounts answers a page")

    names = [RUN + " py Alpha", RUN + " py Beta"]
    ids = []
    for name in names:
        created = accounts.create_account_with_http_info(
            AccountInput(name=name, tier="B", region="EMEA"), idempotency_key=name + "-key"
        )
        check(created.status_code == 201, "create_account answers 201 for " + name)
        check("Location" in created.headers, "create_account answers a Location")
        ids.append(created.data.id)

    read = accounts.get_account_with_http_info(ids[0])
    account = read.data
    etag = read.headers.get("ETag")
    check(account.name == names[0], "get_account reads the account back")
    check(etag is not None, "get_account answers an ETag")

    page1 = accounts.list_accounts(q=RUN + " py", sort="name", limit=1)
    check(len(page1.items) == 1 and page1.next_cursor, "the first page has a next_cursor")
    page2 = accounts.list_accounts(q=RUN + " py", sort="name", limit=1, cursor=page1.next_cursor)
    check(page2.items[0].id == ids[1], "next_cursor leads to the second account")

    patched = accounts.update_account(
        ids[0], AccountPatch(status="at_risk"), if_match=etag
    )
    check(
        patched.status == "at_risk" and patched.version == account.version + 1,
        "update_account with If-Match",
    )

    try:
        accounts.get_account("00000000-0000-4000-8000-00000000dead")
        check(False, "a missing account answers 404")
    except ApiException as e:
        check(isinstance(e.data, Problem), "a 404 is read into a Problem")
        problem = e.data
        check(e.status == 404 and problem.status == 404 and problem.type, "a 404 reads as a Problem")

    anonymous = AccountsApi(ApiClient(Configuration(host=BASE_URL)))
    try:
        anonymous.list_accounts()
        check(False, "no token answers 401")
    except ApiException as e:
        check(e.status == 401, "no token answers 401")
    print("python round trip passed (client " + clientele_client.__version__ + ")")


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # the test reads the exit code and this line
        print(repr(e), file=sys.stderr)
        sys.exit(1)
