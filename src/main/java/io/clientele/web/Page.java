package io.clientele.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list. */
public record Page<T>(
    @Schema(description = "The records of this page, in the requested order") List<T> items,
    @Schema(
            description =
                "Opaque cursor for the next page (pass it as `cursor`); null on the last page",
            nullable = true,
            example = "eyJzIjoibmFtZSIsInYiOlsiTm9ydGh3aW5kIl0sImlkIjoiNmYxYyJ9")
        String nextCursor) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
