package io.steward.management.internal;

import io.steward.management.Metric;
import io.steward.management.MetricSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The {@link MetricSource} beans of every module, by metric. */
@Component
public class MetricSources {

    private final Map<Metric, MetricSource> sources = new EnumMap<>(Metric.class);

    MetricSources(List<MetricSource> sources) {
        sources.forEach(source -> this.sources.putIfAbsent(source.metric(), source));
    }

    public boolean measures(Metric metric) {
        return sources.containsKey(metric);
    }

    /** Empty when no module measures the metric yet. */
    public Optional<BigDecimal> measure(Metric metric, Set<String> staff, LocalDate from, LocalDate to) {
        MetricSource source = sources.get(metric);
        if (source == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(staff.isEmpty() ? null : source.measure(staff, from, to));
    }
}
