package io.clientele.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SyncBatchResult", description = "One result per record, in the batch's order")
public record BatchResult(List<RecordResult> results) {}
