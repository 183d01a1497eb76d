package io.clientele.sync;

import io.clientele.common.ExternalId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One create, update or soft delete of a record")
public record ChangeDto(
    @Schema(
            implementation = String.class,
            description =
                """
                The record's type: a value of the `types` parameter. New types are added as the \
                API grows, and reach a consumer only when it names them in `types`.""",
            example = "accounts")
        ChangeType type,
    @Schema(description = "The record's id") UUID id,
    @Schema(
            description = "deleted: a soft delete; data is then null (a tombstone)",
            enumeration = {"created", "updated", "deleted"},
            example = "updated")
        String operation,
    @Schema(description = "The record's version after this change", example = "4") long version,
    @Schema(description = "The record's external ids as they are now") List<ExternalId> externalIds,
    @Schema(description = "When the change was made") Instant at,
    @Schema(
            type = SchemaType.OBJECT,
            nullable = true,
            description =
                """
                The record as GET shows it now (an Account, Contact, Opportunity, Issue or Activity; its version \
                may be later than this change's); null once the record is deleted""")
        Object data) {}
