package io.steward.customer;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Work to do about a customer, shown on the customer page, in the low-sensitivity view and in the assignee's list.
 * Any module raises a task; the dedup key (e.g. {@code assessment-expiry:42}) keeps one open task per cause, so
 * raising it again is harmless, and closing it by that key ends it.
 */
public interface CustomerTasks {

    /** Raises the task unless one with the same dedup key is open; true when a new task was raised. */
    boolean raise(NewTask task);

    /** Closes the open task with this dedup key, if there is one. */
    void close(String dedupKey);

    /**
     * {@link #raise} for many tasks at once (a nightly scan over every customer): one statement and one batch of
     * audit events instead of one round trip per task. Returns how many were new.
     */
    int raiseAll(List<NewTask> tasks);

    /** {@link #close} for many dedup keys at once; returns how many open tasks were closed. */
    int closeAll(Collection<String> dedupKeys);

    List<Task> openFor(long customerId);

    List<Task> openAssignedTo(String username);

    /** {@code textKey} is a message key (with {@code textArgs}) from the raising module's bundle. */
    record NewTask(Long customerId, @NotBlank String assignee, @NotBlank String type, @NotBlank String textKey,
            List<String> textArgs, @NotBlank String dedupKey, LocalDate dueOn) {

        public NewTask {
            textArgs = textArgs == null ? List.of() : List.copyOf(textArgs);
        }
    }

    record Task(long id, Long customerId, String customerNumber, String assignee, String type, String textKey,
            List<String> textArgs, LocalDate dueOn, Instant createdAt) {

        public Object[] arguments() {
            return textArgs.toArray();
        }
    }
}
