package io.steward.customer.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.steward.customer.AgeBand;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerGrant;
import io.steward.customer.CustomerRiskLevel;
import io.steward.customer.CustomerTasks.Task;
import io.steward.customer.CustomerView;
import io.steward.customer.FamilySituation;
import io.steward.customer.Fund;
import io.steward.customer.Gender;
import io.steward.customer.IdentityDocumentType;
import io.steward.customer.IncomeBand;
import io.steward.customer.Interviews.InterviewRecord;
import io.steward.customer.InvestmentExperience;
import io.steward.customer.RiskProfiles;
import io.steward.customer.RiskProfiles.RiskProfile;
import io.steward.customer.internal.ClientBook.AssessmentStatus;
import io.steward.customer.internal.ScannedDocument;
import io.steward.platform.DomainRefusal;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer record as its reader may see it (DESIGN §6): the full view for the assigned practitioner, the
 * low-sensitivity view for their assistants — customer number, masked name, age band, risk level and its expiry,
 * assigned practitioner, open tasks, and nothing else. Opening either is audited by {@link CustomerAccess}.
 */
@Service
@Transactional(noRollbackFor = DomainRefusal.class)
public class CustomerViews {

    private final CustomerAccess access;
    private final CustomerRows rows;
    private final PersonalData personal;
    private final CustomerFundService funds;
    private final GuardianService guardians;
    private final InterviewService interviews;
    private final CustomerTaskService tasks;
    private final RiskProfiles risks;
    private final MessageSource messages;
    private final Clock clock;

    CustomerViews(CustomerAccess access, CustomerRows rows, PersonalData personal, CustomerFundService funds,
            GuardianService guardians, InterviewService interviews, CustomerTaskService tasks, RiskProfiles risks,
            MessageSource messages, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.personal = personal;
        this.funds = funds;
        this.guardians = guardians;
        this.interviews = interviews;
        this.tasks = tasks;
        this.risks = risks;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the record shows of a view: both views answer these; {@code view} says which of the two it is. */
    @Schema(name = "CustomerRecord", requiredProperties = "view", discriminatorProperty = "view", discriminatorMapping = {
            @DiscriminatorMapping(value = "FULL", schema = Full.class),
            @DiscriminatorMapping(value = "LOW_SENSITIVITY", schema = LowSensitivity.class)})
    public sealed interface Record permits Full, LowSensitivity {
        @JsonProperty("view")
        CustomerView view();

        String number();

        Risk risk();

        List<TaskLine> openTasks();
    }

    public record Risk(CustomerRiskLevel level, LocalDate effectiveOn, LocalDate validThrough, AssessmentStatus status) {
    }

    public record TaskLine(String type, String text, LocalDate dueOn) {
    }

    public record Full(CustomerView view, String number, String fullName, Gender gender, LocalDate birthDate, int age,
            AgeBand ageBand, IdentityDocumentType identityType, String identityNumber, String phone, String address,
            String occupation, IncomeBand incomeBand, FamilySituation familySituation,
            InvestmentExperience investmentExperience, String practitioner, Instant createdAt, Risk risk,
            List<Fund> funds, List<GuardianDetails> guardians, List<InterviewRecord> interviews,
            List<TaskLine> openTasks) implements Record {
    }

    public record LowSensitivity(CustomerView view, String number, String maskedName, AgeBand ageBand, Risk risk,
            String practitioner, List<TaskLine> openTasks) implements Record {
    }

    public Record open(String number) {
        CustomerGrant grant = access.open(number, "record");
        CustomerRow row = rows.find(grant.customerId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Risk risk = riskOf(row.id(), today);
        List<TaskLine> openTasks = tasks.openFor(row.id()).stream().map(this::line).toList();
        int age = AgeBand.ageOn(row.birthDate(), today);
        if (grant.view() == CustomerView.LOW_SENSITIVITY) {
            return new LowSensitivity(CustomerView.LOW_SENSITIVITY, row.number(), CustomerFacts.maskName(row.fullName()),
                    AgeBand.of(age), risk, row.practitioner(), openTasks);
        }
        return new Full(CustomerView.FULL, row.number(), row.fullName(), row.gender(), row.birthDate(), age,
                AgeBand.of(age), row.identityType(), personal.decrypt(PersonalData.CUSTOMER_IDENTITY, row.identityCipher()),
                personal.decrypt(PersonalData.CUSTOMER_PHONE, row.phoneCipher()), row.address(), row.occupation(),
                row.incomeBand(), row.familySituation(), row.investmentExperience(), row.practitioner(), row.createdAt(),
                risk, funds.of(row.id()), guardians.details(row.id()), interviews.of(row.id()), openTasks);
    }

    public ScannedDocument guardianScan(String number, long guardianId) {
        return guardians.scan(number, guardianId);
    }

    /** The customer's header (number, name as the view allows, risk): for the assessment pages of the customer. */
    public Risk riskOf(long customerId, LocalDate day) {
        RiskProfile profile = risks.on(Set.of(customerId), day).get(customerId);
        return profile == null ? new Risk(null, null, null, AssessmentStatus.NONE)
                : new Risk(profile.level(), profile.effectiveOn(), profile.validThrough(), ClientBook.status(profile, day));
    }

    private TaskLine line(Task task) {
        return new TaskLine(task.type(), messages.getMessage(task.textKey(), task.arguments(), task.textKey(),
                LocaleContextHolder.getLocale()), task.dueOn());
    }
}
