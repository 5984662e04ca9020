package io.steward.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the tests move by hand: real time by default, or fixed at an instant, or shifted. Tests that move it
 * put it back ({@link #reset()}) so other tests in the shared context see real time.
 */
public class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now().plus(offset.get());
    }

    /** Moves time forward (or back, with a negative duration) from wherever it is now. */
    public void advance(Duration duration) {
        if (fixed.get() != null) {
            fixed.updateAndGet(at -> at.plus(duration));
        } else {
            offset.updateAndGet(current -> current.plus(duration));
        }
    }

    public void fixAt(Instant instant) {
        fixed.set(instant);
    }

    public void reset() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }
}
