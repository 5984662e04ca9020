package io.steward.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.assessment.LegacyAssessments;
import io.steward.customer.CustomerTasks;
import io.steward.support.CustomerTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssessmentExpiryRemindersTest extends CustomerTest {

    @Autowired
    AssessmentExpiryReminders reminders;

    @Autowired
    LegacyAssessments legacy;

    @Autowired
    CustomerTasks tasks;

    @Test
    void an_assessment_ending_within_30_days_raises_one_task_for_the_practitioner_until_a_new_one_takes_effect() {
        Registered ending = newCustomer("zhang", today().minusYears(44));
        Registered notYet = newCustomer("zhang", today().minusYears(44));
        long endingId = legacy.migrate(customerId(ending.number()), 1, answers("C3"), today().minusDays(340), unique("P-"));
        legacy.migrate(customerId(notYet.number()), 1, answers("C3"), today().minusDays(330), unique("P-"));

        reminders.run();
        reminders.run();

        assertThat(tasks.openFor(customerId(ending.number()))).singleElement().satisfies(task -> {
            assertThat(task.assignee()).isEqualTo("zhang");
            assertThat(task.type()).isEqualTo("ASSESSMENT_EXPIRING");
            assertThat(task.dueOn()).isEqualTo(today().minusDays(340).plusDays(364));
        });
        assertThat(tasks.openFor(customerId(notYet.number()))).as("35 days left").isEmpty();
        assertThat(tasks.openAssignedTo("zhang")).extracting(CustomerTasks.Task::customerNumber).contains(ending.number());

        assessed("zhang", ending, "C3");

        assertThat(assessmentStatus(endingId)).isEqualTo("SUPERSEDED");
        assertThat(tasks.openFor(customerId(ending.number()))).isEmpty();
    }

    private static Map<String, String> answers(String level) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            answers.put(QUESTIONS.get(i), ANSWERS.get(level).get(i));
        }
        return answers;
    }
}
