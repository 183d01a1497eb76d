import io.clientele.client.ApiClient;
import io.clientele.client.ApiException;
import io.clientele.client.ApiResponse;
import io.clientele.client.api.AccountsApi;
import io.clientele.client.model.AccountDto;
import io.clientele.client.model.AccountInput;
import io.clientele.client.model.AccountPatch;
import io.clientele.client.model.AccountStatus;
import io.clientele.client.model.PageAccountDto;
import io.clientele.client.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The generated Java client (native HTTP) against a running app: CLIENTELE_BASE_URL,
 * CLIENTELE_TOKEN (a manager's token) and CLIENTELE_RUN (unique per run) come from
 * web/GeneratedClientsTest.
 */
public class RoundTrip {
  public static void main(String[] args) throws Exception {
    String baseUrl = System.getenv("CLIENTELE_BASE_URL");
    String token = System.getenv("CLIENTELE_TOKEN");
    String run = System.getenv("CLIENTELE_RUN");
    AccountsApi accounts = new AccountsApi(client(baseUrl, token));

    PageAccountDto first = list(accounts, null, null, 5);
    check(first.getItems() != null, "listAccounts answers a page");

    List<String> names = List.of(run + " java Alpha", run + " java Beta");
    List<UUID> ids = new ArrayList<>();
    for (String name : names) {
      ApiResponse<AccountDto> created =
          accounts.createAccountWithHttpInfo(
              new AccountInput().name(name).tier(AccountInput.TierEnum.B).region("EMEA"),
              name + "-key");
      check(created.getStatusCode() == 201, "createAccount answers 201 for " + name);
      check(created.getHeaders().containsKey("Location"), "createAccount answers a Location");
      ids.add(created.getData().getId());
    }

    // no If-None-Match: no copy is held yet
    ApiResponse<AccountDto> read = accounts.getAccountWithHttpInfo(ids.get(0), null);
    AccountDto account = read.getData();
    String etag = read.getHeaders().get("ETag").get(0);
    check(account.getName().equals(names.get(0)), "getAccount reads the account back");

    PageAccountDto page1 = list(accounts, run + " java", null, 1);
    check(
        page1.getItems().size() == 1 && page1.getNextCursor() != null,
        "the first page has a nextCursor");
    PageAccountDto page2 = list(accounts, run + " java", page1.getNextCursor(), 1);
    check(page2.getItems().get(0).getId().equals(ids.get(1)), "nextCursor leads to the second account");

    AccountDto patched =
        accounts.updateAccount(
            ids.get(0),
            new AccountPatch().status(AccountPatch.StatusEnum.AT_RISK),
            etag);
    check(
        patched.getStatus() == AccountStatus.AT_RISK
            && patched.getVersion() == account.getVersion() + 1,
        "updateAccount with If-Match");

    try {
      accounts.getAccount(UUID.fromString("00000000-0000-4000-8000-00000000dead"), null);
      check(false, "a missing account answers 404");
    } catch (ApiException e) {
      Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
      check(
          e.getCode() == 404 && problem.getStatus() == 404 && problem.getType() != null,
          "a 404 reads as a Problem");
    }

    try {
      list(new AccountsApi(client(baseUrl, null)), null, null, 5);
      check(false, "no token answers 401");
    } catch (ApiException e) {
      check(e.getCode() == 401, "no token answers 401");
    }
    System.out.println("java round trip passed");
  }

  private static ApiClient client(String baseUrl, String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(baseUrl);
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  private static PageAccountDto list(AccountsApi accounts, String q, String cursor, int limit)
      throws ApiException {
    // the generated method takes the query parameters in alphabetical order
    return accounts.listAccounts(
        cursor, null, limit, null, null, null, q, null, "name", null, null, null);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
    System.out.println("ok " + what);
  }
}
