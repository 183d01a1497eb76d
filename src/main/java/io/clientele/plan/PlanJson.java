package io.clientele.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads and writes a plan's transitions, a JSON array on its row. */
@ApplicationScoped
class PlanJson {
  private static final TypeReference<List<PlanTransition>> TRANSITIONS = new TypeReference<>() {};

  private final ObjectMapper mapper;

  PlanJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  List<PlanTransition> transitions(AccountPlan plan) {
    try {
      return mapper.readValue(plan.transitions, TRANSITIONS);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(List<PlanTransition> transitions) {
    try {
      return mapper.writeValueAsString(transitions);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
