package io.steward.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Opening a customer record and handing it to another practitioner. A practitioner with a valid certificate today
 * (QUAL-1) registers a customer, who is assigned to them; a DEPARTMENT_MANAGER reassigns a customer between two
 * practitioners of a team they lead, with a reason. Both are audited.
 */
public interface CustomerRegistration {

    CustomerFacts register(NewCustomer customer);

    CustomerFacts reassign(String number, Reassignment reassignment);

    record NewCustomer(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull Gender gender,
            @NotNull LocalDate birthDate,
            @NotNull IdentityDocumentType identityType,
            @NotBlank @Size(max = 32) String identityNumber,
            @NotBlank @Size(max = 32) String phone,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 100) String occupation,
            @NotNull IncomeBand incomeBand,
            @NotNull FamilySituation familySituation,
            @NotNull InvestmentExperience investmentExperience) {
    }

    record Reassignment(@NotBlank @Size(max = 64) String practitioner, @NotBlank @Size(max = 500) String reason) {
    }
}
