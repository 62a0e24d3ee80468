package io.applydesk.core.run;

/** A listener's registration; {@link #close()} unsubscribes (idempotent). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
