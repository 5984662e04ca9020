package io.steward.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.customer.CustomerTasks.NewTask;
import io.steward.support.CustomerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Raising and closing many tasks at once: the same dedup rules and audit events as one at a time. */
class CustomerTasksBulkTest extends CustomerTest {

    @Autowired
    CustomerTasks tasks;

    @Test
    void raise_all_raises_each_cause_once_and_close_all_closes_them() {
        Registered customer = newCustomer("wang", today().minusYears(40));
        long id = customerId(customer.number());
        String a = unique("bulk:a:");
        String b = unique("bulk:b:");
        NewTask first = new NewTask(id, "wang", "TEST", "portfolio.task.NO_VALID_ASSESSMENT", List.of(), a, today());
        NewTask second = new NewTask(id, "wang", "TEST", "portfolio.task.NO_VALID_ASSESSMENT", List.of("x"), b, null);

        assertThat(tasks.raiseAll(List.of(first, second, first))).isEqualTo(2);
        assertThat(tasks.raiseAll(List.of(first, second))).isZero();
        assertThat(tasks.openFor(id)).extracting(CustomerTasks.Task::type).containsExactly("TEST", "TEST");
        assertThat(auditEvents("TASK_RAISED", customer.number())).isEqualTo(2);

        assertThat(tasks.closeAll(List.of(a, b, "no-such-key"))).isEqualTo(2);
        assertThat(tasks.openFor(id)).isEmpty();
        assertThat(auditEvents("TASK_CLOSED", customer.number())).isEqualTo(2);
        assertThat(tasks.raiseAll(List.of(first))).isEqualTo(1);
    }
}
