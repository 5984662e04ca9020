package io.steward.management.internal;

import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.ClientBookFigures;
import io.steward.customer.ClientBookFigures.BookEntry;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerTasks;
import io.steward.customer.CustomerTasks.Task;
import io.steward.customer.RiskProfiles;
import io.steward.customer.RiskProfiles.RiskProfile;
import io.steward.management.PractitionerDashboardSection;
import io.steward.management.PractitionerDashboardSection.Item;
import io.steward.organization.StaffDirectory;
import io.steward.sales.SalesFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The sections of a practitioner's own dashboard ({@code /my}) read from other modules: their open customer tasks,
 * their own customers whose assessment expires within 30 days, and their sales cases under way by state. Each
 * practitioner sees their own customers only.
 */
@Configuration(proxyBeanMethods = false)
class PractitionerSections {

    static PractitionerDashboardSection section(String key, int order, String titleKey,
            java.util.function.BiFunction<String, LocalDate, List<Item>> items) {
        return new PractitionerDashboardSection() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public List<Item> itemsFor(String practitioner, LocalDate today) {
                return items.apply(practitioner, today);
            }
        };
    }

    /** Open customer tasks assigned to the practitioner, each with its customer number and the raising module's text. */
    @Bean
    PractitionerDashboardSection tasksSection(CustomerTasks tasks, MessageSource messages) {
        return section("tasks", 10, "management.my.tasks", (practitioner, today) -> tasks.openAssignedTo(practitioner)
                .stream().map(task -> new Item("management.my.tasks.item", List.of(
                        task.customerNumber() == null ? "—" : task.customerNumber(), text(messages, task)),
                        task.customerNumber() == null ? "/referrals" : "/clients/" + task.customerNumber(), task.dueOn()))
                .toList());
    }

    /**
     * The practitioner's own customers whose assessment is valid today but not 30 days from now, soonest first. The
     * name shows in full only while the practitioner holds a valid certificate (QUAL-1), as on the customer's record;
     * the reading is audited like a list of the client book.
     */
    @Bean
    PractitionerDashboardSection expiringAssessmentsSection(ClientBookFigures book, RiskProfiles risks,
            StaffDirectory directory, AuditTrail audit) {
        return section("expiring-assessments", 20, "management.my.expiring", (practitioner, today) -> {
            Map<Long, BookEntry> customers = book.customersOf(Set.of(practitioner)).stream()
                    .collect(Collectors.toMap(BookEntry::id, Function.identity()));
            if (customers.isEmpty()) {
                return List.of();
            }
            boolean certified = directory.holdsValidCertificate(practitioner, today);
            List<Item> items = new ArrayList<>();
            risks.on(customers.keySet(), today).entrySet().stream()
                    .filter(entry -> entry.getValue().expiresWithin(today, BookCloseSections.EXPIRY_WINDOW_DAYS))
                    .sorted(Comparator.comparing((Map.Entry<Long, RiskProfile> entry) -> entry.getValue().validThrough())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(entry -> {
                        BookEntry customer = customers.get(entry.getKey());
                        items.add(new Item("management.my.expiring.item", List.of(customer.number(),
                                certified ? customer.fullName() : CustomerFacts.maskName(customer.fullName()),
                                entry.getValue().level().name(), entry.getValue().validThrough().toString()),
                                "/clients/" + customer.number(), entry.getValue().validThrough()));
                    });
            if (!items.isEmpty()) {
                audit.record(AuditEntry.of("CUSTOMER_LIST_VIEWED", "customer-book", practitioner, Map.of(
                        "view", certified ? "FULL" : "LOW_SENSITIVITY", "list", "EXPIRING_ASSESSMENTS",
                        "count", items.size())).by(practitioner));
            }
            return items;
        });
    }

    /** The practitioner's sales cases under way, counted by state, each linking to the cases in that state. */
    @Bean
    PractitionerDashboardSection openCasesSection(SalesFigures sales) {
        return section("open-cases", 30, "management.my.cases", (practitioner, today) -> sales.openCasesOf(practitioner)
                .entrySet().stream().map(entry -> new Item("management.my.cases." + entry.getKey().name(),
                        List.of(String.valueOf(entry.getValue())), "/sales?state=" + entry.getKey().name(), null))
                .toList());
    }

    private static String text(MessageSource messages, Task task) {
        return messages.getMessage(task.textKey(), task.arguments(), task.textKey(), LocaleContextHolder.getLocale());
    }
}
