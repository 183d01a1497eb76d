package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientele.common.ExternalId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of records from one source. Each record is read on its own, so one bad record answers its
 * own error and does not spoil the request.
 */
@Schema(
    name = "SyncBatch",
    example =
        """
        {"source": "salesforce", "records": [
          {"externalId": "001A000001", "name": "Northwind Holdings", "tier": "A", "status": "active", "region": "EMEA"},
          {"externalId": "001A000002", "name": "Contoso", "tier": "Z"}]}
        """)
public record BatchInput(
    @Schema(description = "The system the external ids come from", example = "salesforce")
        @NotBlank
        @Pattern(regexp = ExternalId.SOURCE_PATTERN, message = ExternalId.SOURCE_RULE)
        String source,
    @Schema(
            description =
                """
                1 to 1000 records: each the resource's own fields (as in its POST body) plus \
                `externalId`, its id in the source""",
            type = SchemaType.ARRAY)
        @NotNull
        @Size(min = 1, max = 1000)
        List<JsonNode> records) {}
