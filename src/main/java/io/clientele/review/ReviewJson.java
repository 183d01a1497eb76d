package io.clientele.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads and writes the JSON documents a review row holds (ratings, goals, transitions, KPIs). */
@ApplicationScoped
class ReviewJson {
  private static final TypeReference<List<Rating>> RATINGS = new TypeReference<>() {};
  private static final TypeReference<List<Goal>> GOALS = new TypeReference<>() {};
  private static final TypeReference<List<Transition>> TRANSITIONS = new TypeReference<>() {};

  private final ObjectMapper mapper;

  ReviewJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  List<Rating> ratings(Review review) {
    return read(review.ratings, RATINGS);
  }

  List<Goal> goals(Review review) {
    return read(review.goals, GOALS);
  }

  List<Transition> transitions(Review review) {
    return read(review.transitions, TRANSITIONS);
  }

  /** The KPIs frozen at submission; null while a draft. */
  Kpis kpis(Review review) {
    return review.kpis == null ? null : read(review.kpis, new TypeReference<Kpis>() {});
  }

  String write(Object document) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
