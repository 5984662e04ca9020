package io.steward.sales.internal;

import io.steward.sales.CoreBankingGateway;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Core banking in the same process, for the demo and the tests (no core banking URL configured): it books each
 * idempotency key once and answers the same reference for every repeat. It can be told to be unreachable for the
 * next few deliveries, to show the outbox's retries.
 */
@Component
@ConditionalOnProperty(name = "steward.core-banking.url", matchIfMissing = true, havingValue = "in-process")
class InProcessCoreBanking implements CoreBankingGateway {

    private final Map<String, Booking> bookings = new ConcurrentHashMap<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicInteger deliveries = new AtomicInteger();

    record Booking(String reference, Order order) {
    }

    @Override
    public String deliver(Order order) {
        deliveries.incrementAndGet();
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("core banking unreachable (simulated)");
        }
        return bookings.computeIfAbsent(order.idempotencyKey(),
                key -> new Booking("CB" + String.format("%010d", bookings.size() + 1), order)).reference();
    }

    void failNext(int deliveries) {
        failuresToCome.set(deliveries);
    }

    int deliveryAttempts() {
        return deliveries.get();
    }

    List<Order> booked() {
        return bookings.values().stream().map(Booking::order).toList();
    }
}
