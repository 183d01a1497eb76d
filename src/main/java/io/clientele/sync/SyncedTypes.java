package io.clientele.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every SyncedType the features provide, by the name the feed gives it. */
@ApplicationScoped
public class SyncedTypes {
  private final Map<ChangeType, SyncedType<?, ?>> types = new EnumMap<>(ChangeType.class);

  public SyncedTypes(@Any Instance<SyncedType<?, ?>> all) {
    all.forEach(t -> types.put(t.mapping().type(), t));
    for (ChangeType type : ChangeType.values()) {
      if (!types.containsKey(type)) {
        throw new IllegalStateException("No SyncedType handles " + type);
      }
    }
  }

  public SyncedType<?, ?> get(ChangeType type) {
    return types.get(type);
  }

  /** How each type is stored and shown, in the order of ChangeType. */
  public List<SyncMapping<?>> mappings() {
    return types.values().stream().<SyncMapping<?>>map(SyncedType::mapping).toList();
  }
}
