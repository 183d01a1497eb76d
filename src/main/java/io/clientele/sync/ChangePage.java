package io.clientele.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "A page of the change feed, oldest change first")
public record ChangePage(
    List<ChangeDto> items,
    @Schema(
            description =
                "Always present, also when items is empty: store it and ask again with after=nextCursor",
            example = "MTIzNC41Njc4")
        String nextCursor) {}
