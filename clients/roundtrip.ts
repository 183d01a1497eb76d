// The generated TypeScript client against a running app: CLIENTELE_BASE_URL, CLIENTELE_TOKEN (a
// manager's token) and CLIENTELE_RUN (unique per run) come from web/GeneratedClientsTest.
import {
  AccountsApi,
  Configuration,
  ProblemFromJSON,
  ResponseError,
} from "../target/clients/typescript";

const baseUrl = required("CLIENTELE_BASE_URL");
const token = required("CLIENTELE_TOKEN");
const run = required("CLIENTELE_RUN");

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`failed: ${what}`);
  console.log(`ok ${what}`);
}

async function main(): Promise<void> {
  const accounts = new AccountsApi(new Configuration({ basePath: baseUrl, accessToken: token }));

  const first = await accounts.listAccounts({ limit: 5 });
  check(Array.isArray(first.items), "listAccounts answers a page");

  const names = [`${run} ts Alpha`, `${run} ts Beta`];
  const ids: string[] = [];
  for (const name of names) {
    const created = await accounts.createAccountRaw({
      accountInput: { name, tier: "B", region: "EMEA" },
      idempotencyKey: `${name}-key`,
    });
    check(created.raw.status === 201, `createAccount answers 201 for ${name}`);
    check(created.raw.headers.get("Location") !== null, "createAccount answers a Location");
    ids.push((await created.value()).id!);
  }

  const read = await accounts.getAccountRaw({ id: ids[0] });
  const account = await read.value();
  const etag = read.raw.headers.get("ETag");
  check(account.name === names[0], "getAccount reads the account back");
  check(etag !== null, "getAccount answers an ETag");

  const page1 = await accounts.listAccounts({ q: `${run} ts`, sort: "name", limit: 1 });
  check(page1.items?.length === 1 && !!page1.nextCursor, "the first page has a nextCursor");
  const page2 = await accounts.listAccounts({ q: `${run} ts`, sort: "name", limit: 1, cursor: page1.nextCursor! });
  check(page2.items?.[0]?.id === ids[1], "nextCursor leads to the second account");

  const patched = await accounts.updateAccount({
    id: ids[0],
    ifMatch: etag!,
    accountPatch: { status: "at_risk" },
  });
  check(patched.status === "at_risk" && patched.version === account.version! + 1, "updateAccount with If-Match");

  try {
    await accounts.getAccount({ id: "00000000-0000-4000-8000-00000000dead" });
    check(false, "a missing account answers 404");
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    const problem = ProblemFromJSON(await e.response.json());
    check(e.response.status === 404 && problem.status === 404 && !!problem.type, "a 404 reads as a Problem");
  }

  const anonymous = new AccountsApi(new Configuration({ basePath: baseUrl }));
  try {
    await anonymous.listAccounts({});
    check(false, "no token answers 401");
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    check(e.response.status === 401, "no token answers 401");
  }
  console.log("typescript round trip passed");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
