package io.clientele.review;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewTransition", description = "A move of the review's status: who and when")
public record Transition(ReviewStatus from, ReviewStatus to, UUID by, Instant at) {}
